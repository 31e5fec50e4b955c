package org.mlpworkbench.metrics;

import java.util.Arrays;

/**
 * Counts the rows of a multi-label prediction whose every label is right ({@code (p > t_j) == target}
 * for all {@code j}) without visiting every row on each query, so that moving a threshold stays cheap:
 * <ul>
 * <li><b>One threshold for all labels:</b> row {@code i} is exact iff {@code t} lies in
 * {@code [max p over its negative labels, min p over its positive labels)}. With the interval ends
 * sorted once, the count at any {@code t} is two binary searches.</li>
 * <li><b>One label's threshold moving, the others fixed</b> (the per-label slider): the rows whose
 * other labels are all right are found once, and their scores for the moving label sorted by target;
 * then each query is again two binary searches. A query that changes more than one label rebuilds this
 * in one pass over the rows.</li>
 * </ul>
 * Thread-safe: queries are serialised.
 */
final class ExactMatch {

    private final float[] p;
    private final float[] y;
    private final int rows;
    private final int labels;
    /** Sorted lower ends of the rows whose interval is not empty (−∞ for a row without negative labels). */
    private final float[] lowers;
    /** Sorted finite upper ends of those rows (a row without positive labels has no upper end). */
    private final float[] uppers;

    /** For {@link #perLabel}: the thresholds the cache was built for, the moving label, and its two sorted score lists. */
    private double[] cachedThresholds;
    private int cachedLabel = -1;
    private float[] positives;
    private float[] negatives;

    ExactMatch(float[] probabilities, float[] targets, int rows, int labels) {
        this.p = probabilities;
        this.y = targets;
        this.rows = rows;
        this.labels = labels;
        float[] low = new float[rows];
        float[] high = new float[rows];
        int kept = 0;
        int finite = 0;
        for (int r = 0; r < rows; r++) {
            float lower = Float.NEGATIVE_INFINITY;
            float upper = Float.POSITIVE_INFINITY;
            for (int j = 0; j < labels; j++) {
                float v = p[r * labels + j];
                if (y[r * labels + j] == 1f) {
                    upper = Math.min(upper, v);
                } else {
                    lower = Math.max(lower, v);
                }
            }
            if (lower < upper) {
                low[kept++] = lower;
                if (upper != Float.POSITIVE_INFINITY) {
                    high[finite++] = upper;
                }
            }
        }
        lowers = Arrays.copyOf(low, kept);
        uppers = Arrays.copyOf(high, finite);
        Arrays.sort(lowers);
        Arrays.sort(uppers);
    }

    /** Rows exact when every label has threshold {@code t}. */
    int atGlobal(double t) {
        return countAtMost(lowers, t) - countAtMost(uppers, t);
    }

    /** Rows exact with threshold {@code thresholds[j]} for label {@code j}. */
    synchronized int at(double[] thresholds) {
        if (thresholds.length == 0) {
            return rows;
        }
        boolean global = true;
        for (double t : thresholds) {
            global &= Double.compare(t, thresholds[0]) == 0;
        }
        if (global) {
            return atGlobal(thresholds[0]);
        }
        int moved = movedLabel(thresholds);
        if (moved < 0) {
            moved = firstDifferent(thresholds);
            rebuild(thresholds, moved);
        }
        cachedThresholds[moved] = thresholds[moved];
        double t = thresholds[moved];
        return (positives.length - countAtMost(positives, t)) + countAtMost(negatives, t);
    }

    /** The cached label when {@code thresholds} differs from the cache at most in it; −1 otherwise. */
    private int movedLabel(double[] thresholds) {
        if (cachedThresholds == null) {
            return -1;
        }
        for (int j = 0; j < labels; j++) {
            if (j != cachedLabel && Double.compare(thresholds[j], cachedThresholds[j]) != 0) {
                return -1;
            }
        }
        return cachedLabel;
    }

    /** The label to keep moving: the one that changed since the last query, else the first. */
    private int firstDifferent(double[] thresholds) {
        if (cachedThresholds != null) {
            for (int j = 0; j < labels; j++) {
                if (Double.compare(thresholds[j], cachedThresholds[j]) != 0) {
                    return j;
                }
            }
        }
        return 0;
    }

    private void rebuild(double[] thresholds, int label) {
        float[] pos = new float[rows];
        float[] neg = new float[rows];
        int np = 0;
        int nn = 0;
        for (int r = 0; r < rows; r++) {
            boolean othersRight = true;
            for (int j = 0; j < labels && othersRight; j++) {
                if (j != label) {
                    othersRight = (p[r * labels + j] > thresholds[j]) == (y[r * labels + j] == 1f);
                }
            }
            if (othersRight) {
                float v = p[r * labels + label];
                if (y[r * labels + label] == 1f) {
                    pos[np++] = v;
                } else {
                    neg[nn++] = v;
                }
            }
        }
        positives = Arrays.copyOf(pos, np);
        negatives = Arrays.copyOf(neg, nn);
        Arrays.sort(positives);
        Arrays.sort(negatives);
        cachedThresholds = thresholds.clone();
        cachedLabel = label;
    }

    /** How many of the sorted {@code values} are {@code <= t}. */
    private static int countAtMost(float[] values, double t) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
