package org.mlpworkbench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Re-types a column: changes its storage when the type needs another one (text to numbers, numbers to
 * levels, two values to a BOOLEAN pair) or only its tag. The rules, shared by the reader's type overrides
 * and by {@link Table#withType} / {@link LoadedTable#withType}:
 * <ul>
 * <li>NUMERIC: every present value must be a number ({@link NumberParser}); {@code inf}/{@code nan} become
 *     missing with a warning.</li>
 * <li>BOOLEAN: at most two distinct values. A recognised pair (false/true, no/yes, f/t, n/y, off/on, 0/1,
 *     any case) puts the false-like value first; any other pair is ordered numerically when both are
 *     numbers, alphabetically otherwise.</li>
 * <li>CONSTANT: at most one distinct value.</li>
 * <li>CATEGORICAL, TEXT: levels are the values as text (numbers in {@link NumericColumn#format} form).</li>
 * <li>IDENTIFIER: always possible; the storage is kept.</li>
 * </ul>
 */
final class ColumnConversion {

    /** The first row that cannot take the type, and why, in words. */
    record Failure(int row, String reason) {
    }

    /** Either a converted column (with an optional warning) or a failure. */
    record Result(Column column, String warning, Failure failure) {
    }

    private static final String[][] BOOLEAN_PAIRS = {
            {"false", "true"}, {"no", "yes"}, {"f", "t"}, {"n", "y"}, {"off", "on"}, {"0", "1"}};

    private ColumnConversion() {
    }

    static Result convert(Column column, ColumnType type) {
        if (column.type() == type) {
            return new Result(column, null, null);
        }
        return switch (type) {
            case NUMERIC -> toNumeric(column);
            case BOOLEAN -> toBoolean(column);
            case CONSTANT -> toConstant(column);
            case CATEGORICAL, TEXT -> new Result(toLevels(column).withType(type), null, null);
            case IDENTIFIER -> new Result(column.withType(type), null, null);
        };
    }

    /** The index of the false-like value when {@code a}/{@code b} form a recognised boolean pair, else -1. */
    static int falseIndexOfPair(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        for (String[] pair : BOOLEAN_PAIRS) {
            if (x.equals(pair[0]) && y.equals(pair[1])) {
                return 0;
            }
            if (x.equals(pair[1]) && y.equals(pair[0])) {
                return 1;
            }
        }
        return -1;
    }

    private static Result toNumeric(Column column) {
        if (column instanceof NumericColumn n) {
            return new Result(n.withType(ColumnType.NUMERIC), null, null);
        }
        CategoricalColumn c = (CategoricalColumn) column;
        double[] levelValues = new double[c.levels().size()];
        for (int i = 0; i < levelValues.length; i++) {
            levelValues[i] = NumberParser.parse(c.levels().get(i));
        }
        double[] out = new double[c.size()];
        int nonFinite = 0;
        for (int row = 0; row < out.length; row++) {
            int code = c.code(row);
            double v = code < 0 ? Double.NaN : levelValues[code];
            if (NumberParser.isNotANumber(v)) {
                return new Result(null, null, new Failure(row,
                        "'" + c.levels().get(code) + "' is not a number, so the column cannot be NUMERIC"));
            }
            if (NumberParser.isNonFinite(v)) {
                nonFinite++;
                v = Double.NaN;
            }
            out[row] = v;
        }
        String warning = nonFinite == 0 ? null : "column '" + column.name() + "': " + nonFinite
                + " infinite or NaN values treated as missing";
        return new Result(NumericColumn.wrap(column.name(), ColumnType.NUMERIC, out), warning, null);
    }

    private static Result toConstant(Column column) {
        String first = null;
        for (int row = 0; row < column.size(); row++) {
            String v = column.text(row);
            if (v == null) {
                continue;
            }
            if (first == null) {
                first = v;
            } else if (!first.equals(v)) {
                return new Result(null, null, new Failure(row, "'" + v + "' differs from the earlier value '" + first
                        + "', so the column cannot be CONSTANT"));
            }
        }
        return new Result(column.withType(ColumnType.CONSTANT), null, null);
    }

    private static Result toBoolean(Column column) {
        CategoricalColumn c = toLevels(column);
        int[] firstRow = new int[c.levels().size()];
        Arrays.fill(firstRow, -1);
        List<Integer> present = new ArrayList<>();
        for (int row = 0; row < c.size(); row++) {
            int code = c.code(row);
            if (code >= 0 && firstRow[code] < 0) {
                firstRow[code] = row;
                present.add(code);
                if (present.size() == 3) {
                    return new Result(null, null, new Failure(row, "'" + c.levels().get(code)
                            + "' is a third distinct value after '" + c.levels().get(present.get(0)) + "' and '"
                            + c.levels().get(present.get(1)) + "', so the column cannot be BOOLEAN"));
                }
            }
        }
        List<String> values = present.stream().map(c.levels()::get).toList();
        List<String> levels = orderBooleanLevels(values);
        int[] remap = new int[c.levels().size()];
        for (int i = 0; i < remap.length; i++) {
            remap[i] = levels.indexOf(c.levels().get(i));
        }
        int[] codes = new int[c.size()];
        for (int row = 0; row < codes.length; row++) {
            int code = c.code(row);
            codes[row] = code < 0 ? -1 : remap[code];
        }
        return new Result(CategoricalColumn.wrap(c.name(), ColumnType.BOOLEAN, codes, levels), null, null);
    }

    /** Orders one or two distinct values so the false-like one is first (see the class comment). */
    static List<String> orderBooleanLevels(List<String> values) {
        if (values.size() < 2) {
            return List.copyOf(values);
        }
        String a = values.get(0);
        String b = values.get(1);
        int falseIndex = falseIndexOfPair(a, b);
        if (falseIndex >= 0) {
            return falseIndex == 0 ? List.of(a, b) : List.of(b, a);
        }
        double x = NumberParser.parse(a);
        double y = NumberParser.parse(b);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            return x <= y ? List.of(a, b) : List.of(b, a);
        }
        return List.copyOf(new TreeSet<>(values));
    }

    /** Categorical storage with the same tag: numbers become their formatted text. */
    static CategoricalColumn toLevels(Column column) {
        if (column instanceof CategoricalColumn c) {
            return c;
        }
        String[] values = new String[column.size()];
        for (int row = 0; row < values.length; row++) {
            values[row] = column.text(row);
        }
        ColumnType tag = column.type() == ColumnType.NUMERIC ? ColumnType.CATEGORICAL : column.type();
        return CategoricalColumn.of(column.name(), tag, values);
    }
}
