package org.mlpworkbench.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of strings, dictionary-encoded: each row holds a code into {@link #levels()}, or -1 when
 * missing. Levels are in order of first appearance, except for BOOLEAN columns, whose level 0 is the
 * false-like value and level 1 the true-like one.
 */
public final class CategoricalColumn implements Column {

    private final String name;
    private final ColumnType type;
    private final int[] codes;
    private final List<String> levels;
    private final int missing;
    private volatile ColumnSummary summary;

    private CategoricalColumn(String name, ColumnType type, int[] codes, List<String> levels) {
        if (type == ColumnType.NUMERIC) {
            throw new IllegalArgumentException("categorical storage cannot be typed NUMERIC");
        }
        this.name = name;
        this.type = type;
        this.codes = codes;
        this.levels = List.copyOf(levels);
        int m = 0;
        for (int c : codes) {
            if (c < 0) {
                m++;
            } else if (c >= this.levels.size()) {
                throw new IllegalArgumentException("code " + c + " outside the " + this.levels.size() + " levels");
            }
        }
        this.missing = m;
    }

    /** A column that takes ownership of {@code codes} (-1 = missing) over {@code levels}. */
    public static CategoricalColumn wrap(String name, ColumnType type, int[] codes, List<String> levels) {
        return new CategoricalColumn(name, type, codes, levels);
    }

    /** A CATEGORICAL column of the given strings ({@code null} = missing), levels in order of appearance. */
    public static CategoricalColumn of(String name, String... values) {
        return of(name, ColumnType.CATEGORICAL, values);
    }

    /** A column of the given type over the given strings ({@code null} = missing), levels in order of appearance. */
    public static CategoricalColumn of(String name, ColumnType type, String... values) {
        Map<String, Integer> index = new HashMap<>();
        List<String> levels = new ArrayList<>();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                codes[i] = -1;
            } else {
                codes[i] = index.computeIfAbsent(values[i], v -> {
                    levels.add(v);
                    return levels.size() - 1;
                });
            }
        }
        return new CategoricalColumn(name, type, codes, levels);
    }

    /** The level index of {@code row}; -1 when missing. */
    public int code(int row) {
        return codes[row];
    }

    /** The distinct values; a row's code indexes this list. */
    public List<String> levels() {
        return levels;
    }

    /** The value of {@code row}; {@code null} when missing. */
    public String level(int row) {
        int c = codes[row];
        return c < 0 ? null : levels.get(c);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] < 0;
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public String text(int row) {
        return level(row);
    }

    @Override
    public ColumnSummary summary() {
        ColumnSummary s = summary;
        if (s == null) {
            int[] counts = new int[levels.size()];
            for (int c : codes) {
                if (c >= 0) {
                    counts[c]++;
                }
            }
            int distinct = 0;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    distinct++;
                    order.add(i);
                }
            }
            order.sort((a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
            List<ColumnSummary.ValueCount> top = order.stream().limit(10)
                    .map(i -> new ColumnSummary.ValueCount(levels.get(i), counts[i])).toList();
            s = new ColumnSummary(name, type, codes.length, missing, distinct,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, top);
            summary = s;
        }
        return s;
    }

    @Override
    public CategoricalColumn rows(int[] rowIndices) {
        int[] out = new int[rowIndices.length];
        for (int i = 0; i < rowIndices.length; i++) {
            out[i] = codes[rowIndices[i]];
        }
        return new CategoricalColumn(name, type, out, levels);
    }

    @Override
    public CategoricalColumn renamed(String newName) {
        return new CategoricalColumn(newName, type, codes, levels);
    }

    @Override
    public CategoricalColumn withType(ColumnType newType) {
        return new CategoricalColumn(name, newType, codes, levels);
    }

    @Override
    public String toString() {
        return "CategoricalColumn[" + name + ", " + type + ", " + codes.length + " rows, " + levels.size() + " levels]";
    }
}
