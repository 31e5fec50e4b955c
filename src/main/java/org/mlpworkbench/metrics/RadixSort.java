package org.mlpworkbench.metrics;

/**
 * Least-significant-digit radix sort of non-negative {@code int} keys in three passes of 11 bits;
 * a pass whose digit is the same for every key is skipped. Linear time, one scratch array.
 */
final class RadixSort {
    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;
    private static final int MASK = BUCKETS - 1;
    private static final int PASSES = 3;

    private RadixSort() {
    }

    /** Sorts {@code keys} (all {@code >= 0}) ascending, in place. */
    static void sort(int[] keys) {
        int n = keys.length;
        int[][] counts = new int[PASSES][BUCKETS];
        for (int key : keys) {
            counts[0][key & MASK]++;
            counts[1][(key >>> BITS) & MASK]++;
            counts[2][key >>> (2 * BITS)]++;
        }
        int[] from = keys;
        int[] to = new int[n];
        for (int pass = 0; pass < PASSES; pass++) {
            int shift = pass * BITS;
            int[] count = counts[pass];
            if (n == 0 || count[(from[0] >>> shift) & MASK] == n) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int key = from[i];
                to[count[(key >>> shift) & MASK]++] = key;
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != keys) {
            System.arraycopy(from, 0, keys, 0, n);
        }
    }
}
