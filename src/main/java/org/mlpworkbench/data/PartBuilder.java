package org.mlpworkbench.data;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Accumulates one column of one chunk, a field at a time, into a {@link ColumnPart}: as numbers (with the
 * facts type inference needs) or as dictionary codes. Fields arrive in row order.
 */
abstract sealed class PartBuilder permits PartBuilder.Numbers, PartBuilder.Codes {

    final MissingTokens missing;
    int size;
    int missingCount;

    PartBuilder(MissingTokens missing) {
        this.missing = missing;
    }

    /**
     * Adds the field {@code buf[s, e)} ({@code escaped}: holds doubled quotes) of the next row. Returns
     * {@code false} when a column read as inferred numbers meets a value that is not one; the builder is then
     * unusable and the column must be read as codes.
     */
    abstract boolean add(byte[] buf, int s, int e, boolean escaped);

    abstract ColumnPart build();

    static int grow(int length) {
        return length + (length >> 1) + 16;
    }

    /** Copies {@code buf[s, e)} to {@code out} with each doubled quote made single; returns the length. */
    static int unescape(byte[] buf, int s, int e, byte quote, byte[] out) {
        int n = 0;
        for (int i = s; i < e; i++) {
            out[n++] = buf[i];
            if (buf[i] == quote) {
                i++;
            }
        }
        return n;
    }

    /** Numbers; {@code strict}: a value that is not a number is recorded as the column's error. */
    static final class Numbers extends PartBuilder {
        private final boolean strict;
        private final byte quote;
        private final Charset charset;
        private double[] values;
        private boolean integers = true;
        private int nonFinite;
        private int firstNonFiniteRow = -1;
        private final ColumnPart.FewValues few = new ColumnPart.FewValues();
        private ColumnPart.NotANumber error;

        Numbers(int capacity, MissingTokens missing, boolean strict, byte quote, Charset charset) {
            super(missing);
            this.values = new double[Math.max(16, capacity)];
            this.strict = strict;
            this.quote = quote;
            this.charset = charset;
        }

        @Override
        boolean add(byte[] buf, int s, int e, boolean escaped) {
            if (size == values.length) {
                values = Arrays.copyOf(values, grow(size));
            }
            int row = size++;
            if (error != null) {
                return true;
            }
            if (missing.matches(buf, s, e)) {
                values[row] = Double.NaN;
                missingCount++;
                return true;
            }
            double v = escaped ? NumberParser.NOT_A_NUMBER : NumberParser.parse(buf, s, e);
            if (v == v) {
                values[row] = v;
                if (integers && v != Math.rint(v)) {
                    integers = false;
                }
                few.add(v);
                return true;
            }
            values[row] = Double.NaN;
            if (NumberParser.isNonFinite(v)) {
                if (firstNonFiniteRow < 0) {
                    firstNonFiniteRow = row;
                }
                nonFinite++;
                missingCount++;
                return true;
            }
            if (!strict) {
                return false;
            }
            String text;
            if (escaped) {
                byte[] out = new byte[e - s];
                text = new String(out, 0, unescape(buf, s, e, quote, out), charset);
            } else {
                text = new String(buf, s, e - s, charset);
            }
            error = new ColumnPart.NotANumber(row, text);
            return true;
        }

        @Override
        ColumnPart build() {
            if (error != null) {
                return error;
            }
            return new ColumnPart.Numbers(values, missingCount, integers, nonFinite, firstNonFiniteRow, few);
        }
    }

    /** Dictionary codes. */
    static final class Codes extends PartBuilder {
        private final byte quote;
        private int[] codes;
        private final ByteDictionary dictionary = new ByteDictionary();
        private byte[] scratch = new byte[64];

        Codes(int capacity, MissingTokens missing, byte quote) {
            super(missing);
            this.codes = new int[Math.max(16, capacity)];
            this.quote = quote;
        }

        @Override
        boolean add(byte[] buf, int s, int e, boolean escaped) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, grow(size));
            }
            int code;
            if (escaped) {
                if (scratch.length < e - s) {
                    scratch = new byte[e - s];
                }
                int n = unescape(buf, s, e, quote, scratch);
                code = missing.matches(scratch, 0, n) ? -1 : dictionary.intern(scratch, 0, n);
            } else {
                code = missing.matches(buf, s, e) ? -1 : dictionary.intern(buf, s, e);
            }
            if (code < 0) {
                missingCount++;
            }
            codes[size++] = code;
            return true;
        }

        @Override
        ColumnPart build() {
            return new ColumnPart.Codes(codes, dictionary, missingCount);
        }
    }
}
