package org.mlpworkbench.data;

import java.util.List;

/**
 * The type inference rules, applied once a column's values are all known. With {@code n} the present
 * (non-missing) values and {@code d} the distinct ones:
 * <ol>
 * <li>{@code d <= 1}: CONSTANT (this includes a column with no value at all);</li>
 * <li>{@code d == 2} and the values are 0 and 1, or a false/true, no/yes, f/t, n/y or off/on pair in any
 *     case: BOOLEAN, stored as levels with the false-like value first;</li>
 * <li>every present value a number: IDENTIFIER if they are whole numbers, none is missing, there are at
 *     least {@value #MIN_ROWS_FOR_KEYS} rows and no two are equal (a row id); otherwise NUMERIC;</li>
 * <li>otherwise, when {@code n >= }{@value #MIN_ROWS_FOR_KEYS}: IDENTIFIER if {@code d >= 0.95 n}
 *     (a name, a key), TEXT if {@code d > 0.5 n} (free text, a ticket or cabin number);</li>
 * <li>otherwise CATEGORICAL.</li>
 * </ol>
 */
final class ColumnTyping {

    /** Below this many present values a column is never called IDENTIFIER or TEXT. */
    static final int MIN_ROWS_FOR_KEYS = 20;
    /** Share of distinct values from which a text column is an IDENTIFIER. */
    static final double IDENTIFIER_SHARE = 0.95;
    /** Share of distinct values above which a text column is TEXT. */
    static final double TEXT_SHARE = 0.5;

    private ColumnTyping() {
    }

    /** The typed column for numbers ({@code NaN} = missing) with the facts gathered while parsing. */
    static Column numbers(String name, double[] values, int missing, boolean integers, ColumnPart.FewValues few) {
        int distinct = few.count();
        if (distinct <= 1) {
            return NumericColumn.wrap(name, ColumnType.CONSTANT, values);
        }
        if (few.isZeroOne()) {
            int[] codes = new int[values.length];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = Double.isNaN(values[i]) ? -1 : (int) values[i];
            }
            return CategoricalColumn.wrap(name, ColumnType.BOOLEAN, codes, List.of("0", "1"));
        }
        if (integers && missing == 0 && values.length >= MIN_ROWS_FOR_KEYS && allDistinct(values)) {
            return NumericColumn.wrap(name, ColumnType.IDENTIFIER, values);
        }
        return NumericColumn.wrap(name, ColumnType.NUMERIC, values);
    }

    /** The typed column for dictionary codes (-1 = missing) over {@code levels}, every level used. */
    static Column codes(String name, int[] codes, List<String> levels, int missing) {
        int distinct = levels.size();
        int present = codes.length - missing;
        if (distinct <= 1) {
            return CategoricalColumn.wrap(name, ColumnType.CONSTANT, codes, levels);
        }
        if (distinct == 2) {
            int falseIndex = ColumnConversion.falseIndexOfPair(levels.get(0), levels.get(1));
            if (falseIndex == 0) {
                return CategoricalColumn.wrap(name, ColumnType.BOOLEAN, codes, levels);
            }
            if (falseIndex == 1) {
                for (int i = 0; i < codes.length; i++) {
                    if (codes[i] >= 0) {
                        codes[i] = 1 - codes[i];
                    }
                }
                return CategoricalColumn.wrap(name, ColumnType.BOOLEAN, codes, List.of(levels.get(1), levels.get(0)));
            }
        }
        ColumnType type = ColumnType.CATEGORICAL;
        if (present >= MIN_ROWS_FOR_KEYS) {
            if (distinct >= IDENTIFIER_SHARE * present) {
                type = ColumnType.IDENTIFIER;
            } else if (distinct > TEXT_SHARE * present) {
                type = ColumnType.TEXT;
            }
        }
        return CategoricalColumn.wrap(name, type, codes, levels);
    }

    /** Whether no two values are equal: a linear check for ascending ids, else a hash set that stops at the first repeat. */
    static boolean allDistinct(double[] values) {
        boolean ascending = true;
        for (int i = 1; i < values.length && ascending; i++) {
            ascending = values[i] > values[i - 1];
        }
        if (ascending) {
            return true;
        }
        // the table starts small and doubles: a column with a repeat early (most) costs almost nothing
        int capacity = 1 << 8;
        long[] table = new long[capacity];
        int used = 0;
        for (double v : values) {
            long bits = Double.doubleToLongBits(v == 0 ? 0.0 : v) + 1; // never 0 (no NaN here): 0 is a free slot
            if (!insert(table, bits)) {
                return false;
            }
            if (++used * 2 > table.length) {
                long[] old = table;
                table = new long[old.length * 2];
                for (long b : old) {
                    if (b != 0) {
                        insert(table, b);
                    }
                }
            }
        }
        return true;
    }

    /** Puts {@code bits} (not 0) in {@code table}; {@code false} if it was there already. */
    private static boolean insert(long[] table, long bits) {
        int mask = table.length - 1;
        int i = (int) ((bits * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        while (table[i] != 0) {
            if (table[i] == bits) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = bits;
        return true;
    }
}
