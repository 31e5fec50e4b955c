package org.mlpworkbench.metrics;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Reduces a curve for drawing (the M4 method): the x range is cut into equal intervals, and in each
 * the first, last, lowest-y and highest-y points are kept, plus the curve's first and last point.
 * Drawn as a polyline at one interval per pixel column this is indistinguishable from the full curve,
 * and every local extreme of y at that resolution survives.
 */
final class CurveSampler {
    private CurveSampler() {
    }

    /**
     * Indices (ascending, distinct) of at most {@code maxPoints} of the {@code size} points, whose
     * {@code x} must not decrease with the index.
     */
    static int[] sample(int size, IntToDoubleFunction x, IntToDoubleFunction y, int maxPoints) {
        if (maxPoints < 6) {
            throw new IllegalArgumentException("maxPoints is " + maxPoints + "; at least 6 are needed to keep a curve's shape");
        }
        if (size <= maxPoints) {
            int[] all = new int[size];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int buckets = (maxPoints - 2) / 4;
        double x0 = x.applyAsDouble(0);
        double span = x.applyAsDouble(size - 1) - x0;
        int[] kept = new int[4 * buckets + 2];
        int count = 0;
        kept[count++] = 0;
        int start = 1;
        while (start < size - 1) {
            int bucket = bucketOf(x.applyAsDouble(start), x0, span, buckets, start, size);
            int first = start;
            int low = start;
            int high = start;
            int end = start + 1;
            while (end < size - 1 && bucketOf(x.applyAsDouble(end), x0, span, buckets, end, size) == bucket) {
                if (y.applyAsDouble(end) < y.applyAsDouble(low)) {
                    low = end;
                }
                if (y.applyAsDouble(end) > y.applyAsDouble(high)) {
                    high = end;
                }
                end++;
            }
            count = keep(kept, count, first, low, high, end - 1);
            start = end;
        }
        kept[count++] = size - 1;
        return Arrays.copyOf(kept, count);
    }

    /** The interval of a point: by x when the curve spans some x range, else by index. */
    private static int bucketOf(double xi, double x0, double span, int buckets, int index, int size) {
        double position = span > 0 ? (xi - x0) / span : (double) index / size;
        return Math.min(buckets - 1, (int) (position * buckets));
    }

    /** Appends the four indices in ascending order, without repeats. */
    private static int keep(int[] kept, int count, int a, int b, int c, int d) {
        int lo = Math.min(b, c);
        int hi = Math.max(b, c);
        for (int index : new int[] {a, lo, hi, d}) {
            if (index != kept[count - 1]) {
                kept[count++] = index;
            }
        }
        return count;
    }
}
