package org.mlpworkbench.data;

import java.util.Arrays;

/**
 * The growing storage of one column while chunks arrive in order: either numbers with the facts type
 * inference needs, or dictionary codes over one dictionary for the whole column. Chunk parts are copied
 * in as they arrive, so a chunk's own arrays die young and the final arrays are allocated (nearly) once,
 * at the size estimated from the first chunk.
 */
abstract sealed class ColumnSink permits ColumnSink.Numbers, ColumnSink.Codes {

    int size;
    int missing;

    abstract void ensureCapacity(int n);

    /** Storage trimmed to exactly {@link #size} rows. */
    abstract void trim();

    static int grown(int capacity, int needed) {
        return Math.max(needed, capacity + (capacity >> 1) + 16);
    }

    /** Numbers ({@code NaN} = missing). */
    static final class Numbers extends ColumnSink {
        double[] values;
        boolean integers = true;
        final ColumnPart.FewValues few = new ColumnPart.FewValues();
        int nonFinite;
        int firstNonFiniteRow = -1;

        Numbers(int capacity) {
            values = new double[capacity];
        }

        void append(ColumnPart.Numbers part, int rows) {
            ensureCapacity(size + rows);
            System.arraycopy(part.values(), 0, values, size, rows);
            missing += part.missing();
            integers = integers && part.integers();
            few.addAll(part.few());
            if (part.nonFinite() > 0 && firstNonFiniteRow < 0) {
                firstNonFiniteRow = size + part.firstNonFiniteRow();
            }
            nonFinite += part.nonFinite();
            size += rows;
        }

        @Override
        void ensureCapacity(int n) {
            if (n > values.length) {
                values = Arrays.copyOf(values, grown(values.length, n));
            }
        }

        @Override
        void trim() {
            if (values.length != size) {
                values = Arrays.copyOf(values, size);
            }
        }
    }

    /** Codes (-1 = missing) into one dictionary built in order of first appearance. */
    static final class Codes extends ColumnSink {
        int[] codes;
        final ByteDictionary dictionary = new ByteDictionary();

        Codes(int capacity) {
            codes = new int[capacity];
        }

        void append(ColumnPart.Codes part, int rows) {
            ensureCapacity(size + rows);
            ByteDictionary local = part.dictionary();
            int[] map = new int[local.size()];
            for (int code = 0; code < map.length; code++) {
                map[code] = dictionary.intern(local.pool(), local.offset(code), local.offset(code + 1));
            }
            int[] src = part.codes();
            for (int i = 0; i < rows; i++) {
                int code = src[i];
                codes[size + i] = code < 0 ? -1 : map[code];
            }
            missing += part.missing();
            size += rows;
        }

        @Override
        void ensureCapacity(int n) {
            if (n > codes.length) {
                codes = Arrays.copyOf(codes, grown(codes.length, n));
            }
        }

        @Override
        void trim() {
            if (codes.length != size) {
                codes = Arrays.copyOf(codes, size);
            }
        }
    }
}
