package org.mlpworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The summary of a numeric column. Mean and standard deviation (n - 1 in the denominator) take two passes in
 * row order. Distinct values and their counts come from a hash table of the values' bit patterns while the
 * column has at most {@link #HASHED_DISTINCT} distinct values (a table that stays in the processor's caches:
 * one pass, no copy of the column); past that, from runs of a sorted copy ({@link DoubleSort}), which a column
 * already in ascending order (an id) skips. Both give the same counts; {@code -0.0} counts as {@code 0.0}.
 */
final class NumericSummary {

    private static final int TOP = 10;
    static final int HASHED_DISTINCT = 1 << 15;

    /** The ten most frequent so far: the head is the one to drop first (fewest rows, then the largest value). */
    private final PriorityQueue<double[]> top = new PriorityQueue<>(TOP + 1, (a, b) -> a[1] != b[1]
            ? Double.compare(a[1], b[1]) : Double.compare(b[0], a[0]));
    private int distinct;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    private NumericSummary() {
    }

    static ColumnSummary of(String name, ColumnType type, double[] values, int missing) {
        int n = values.length - missing;
        if (n == 0) {
            return new ColumnSummary(name, type, values.length, missing, 0,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of());
        }
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
            }
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double std = n > 1 ? Math.sqrt(squares / (n - 1)) : 0.0;
        NumericSummary counts = new NumericSummary();
        if (!counts.hashed(values)) {
            counts = new NumericSummary();
            counts.sorted(values, n);
        }
        List<ColumnSummary.ValueCount> best = new ArrayList<>();
        while (!counts.top.isEmpty()) {
            double[] e = counts.top.poll();
            best.add(0, new ColumnSummary.ValueCount(NumericColumn.format(e[0]), (int) e[1]));
        }
        return new ColumnSummary(name, type, values.length, missing, counts.distinct, counts.min, counts.max,
                mean, std, best);
    }

    private void offer(double value, int count) {
        distinct++;
        min = Math.min(min, value);
        max = Math.max(max, value);
        if (top.size() < TOP) {
            top.add(new double[] {value, count});
            return;
        }
        double[] head = top.peek();
        if (count > head[1] || count == head[1] && value < head[0]) {
            top.poll();
            top.add(new double[] {value, count});
        }
    }

    /** Counts in an open-addressing table; {@code false} (and nothing offered) past {@link #HASHED_DISTINCT}. */
    private boolean hashed(double[] values) {
        int capacity = 1 << 8;
        long[] keys = new long[capacity];
        int[] counts = new int[capacity];
        int used = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            long bits = Double.doubleToRawLongBits(v == 0 ? 0.0 : v) + 1; // never 0: 0 marks a free slot
            int mask = capacity - 1;
            int i = slot(bits, mask);
            while (keys[i] != 0 && keys[i] != bits) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                if (++used > HASHED_DISTINCT) {
                    return false;
                }
                keys[i] = bits;
                if (used * 2 > capacity) {
                    counts[i] = 1;
                    capacity <<= 1;
                    long[] oldKeys = keys;
                    int[] oldCounts = counts;
                    keys = new long[capacity];
                    counts = new int[capacity];
                    for (int j = 0; j < oldKeys.length; j++) {
                        if (oldKeys[j] != 0) {
                            int k = slot(oldKeys[j], capacity - 1);
                            while (keys[k] != 0) {
                                k = (k + 1) & (capacity - 1);
                            }
                            keys[k] = oldKeys[j];
                            counts[k] = oldCounts[j];
                        }
                    }
                    continue;
                }
            }
            counts[i]++;
        }
        for (int i = 0; i < capacity; i++) {
            if (keys[i] != 0) {
                offer(Double.longBitsToDouble(keys[i] - 1), counts[i]);
            }
        }
        return true;
    }

    private static int slot(long bits, int mask) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    /** Counts runs of a sorted copy of the {@code n} present values. */
    private void sorted(double[] values, int n) {
        double[] sorted = new double[n];
        int k = 0;
        boolean ascending = true;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                double c = v == 0 ? 0.0 : v;
                ascending = ascending && (k == 0 || c >= sorted[k - 1]);
                sorted[k++] = c;
            }
        }
        if (!ascending) {
            DoubleSort.sort(sorted);
        }
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && sorted[end] == sorted[start]) {
                end++;
            }
            offer(sorted[start], end - start);
            start = end;
        }
    }
}
