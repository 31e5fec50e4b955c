package org.mlpworkbench.data;

import java.util.Arrays;

/**
 * Sorts doubles (no NaN) in ascending order by a least-significant-digit radix sort on their bit patterns,
 * made order-preserving (negative values have every bit flipped, others only the sign bit): four passes of
 * 16 bits, linear in the number of values, several times faster than {@link Arrays#sort(double[])} on a
 * column of a million rows. Small arrays use {@code Arrays.sort}. {@code -0.0} sorts before {@code 0.0}.
 */
final class DoubleSort {

    private static final int RADIX_FROM = 1 << 12;
    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;

    private DoubleSort() {
    }

    /** Sorts {@code values} in place. */
    static void sort(double[] values) {
        int n = values.length;
        if (n < RADIX_FROM) {
            Arrays.sort(values);
            return;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToRawLongBits(values[i]);
            keys[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
        }
        long[] buffer = new long[n];
        int[] counts = new int[BUCKETS];
        for (int shift = 0; shift < 64; shift += BITS) {
            Arrays.fill(counts, 0);
            for (long k : keys) {
                counts[(int) (k >>> shift) & (BUCKETS - 1)]++;
            }
            if (counts[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue; // every value has the same digit here
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (long k : keys) {
                buffer[counts[(int) (k >>> shift) & (BUCKETS - 1)]++] = k;
            }
            long[] t = keys;
            keys = buffer;
            buffer = t;
        }
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            long bits = k < 0 ? k ^ Long.MIN_VALUE : ~k;
            values[i] = Double.longBitsToDouble(bits);
        }
    }
}
