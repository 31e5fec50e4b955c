package org.mlpworkbench.data;

/**
 * One column of one parsed chunk: numbers, dictionary codes, or the first value that broke a forced NUMERIC
 * type. The arrays may be longer than the chunk's row count; only the first {@code rows} entries count.
 */
sealed interface ColumnPart permits ColumnPart.Numbers, ColumnPart.Codes, ColumnPart.NotANumber {

    /**
     * Parsed numbers ({@code NaN} = missing).
     *
     * @param integers          whether every present value is a whole number
     * @param nonFinite         how many {@code inf}/{@code nan} values became missing
     * @param firstNonFiniteRow the chunk row of the first of those, or -1
     * @param few               the first distinct present values, to spot constant and 0/1 columns
     */
    record Numbers(double[] values, int missing, boolean integers, int nonFinite, int firstNonFiniteRow,
                   FewValues few) implements ColumnPart {
    }

    /** Dictionary codes (-1 = missing) into a chunk-local dictionary. */
    record Codes(int[] codes, ByteDictionary dictionary, int missing) implements ColumnPart {
    }

    /** A value of a column forced to NUMERIC that is not a number, at chunk row {@code row}. */
    record NotANumber(int row, String text) implements ColumnPart {
    }

    /** Up to two distinct values, and whether there were more. */
    final class FewValues {
        private double a = Double.NaN;
        private double b = Double.NaN;
        private boolean more;

        void add(double v) {
            if (more || v == a || v == b) {
                return;
            }
            if (Double.isNaN(a)) {
                a = v;
            } else if (Double.isNaN(b)) {
                b = v;
            } else {
                more = true;
            }
        }

        void addAll(FewValues other) {
            if (other.more) {
                more = true;
            }
            if (!Double.isNaN(other.a)) {
                add(other.a);
            }
            if (!Double.isNaN(other.b)) {
                add(other.b);
            }
        }

        /** Distinct present values seen: 0, 1, 2, or 3 meaning "more than two". */
        int count() {
            return more ? 3 : Double.isNaN(a) ? 0 : Double.isNaN(b) ? 1 : 2;
        }

        /** Whether the values are exactly 0 and 1. */
        boolean isZeroOne() {
            return count() == 2 && Math.min(a, b) == 0 && Math.max(a, b) == 1;
        }
    }
}
