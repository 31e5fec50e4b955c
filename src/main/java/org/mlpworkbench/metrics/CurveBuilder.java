package org.mlpworkbench.metrics;

import java.util.List;
import org.mlpworkbench.data.Matrix;

/**
 * Builds the arrays of a {@link ThresholdCurve}: each (score, label) pair is packed into one
 * non-negative int, {@code floatBits(score) << 1 | label} (a probability's bits are at most
 * {@code 0x3F800000}, and the bits of non-negative floats order like the floats), radix-sorted, and
 * scanned once to count positives and negatives per distinct score; suffix sums give the counts
 * above each threshold.
 */
final class CurveBuilder {
    private CurveBuilder() {
    }

    static ThresholdCurve build(float[] scores, boolean[] targets) {
        Inputs.sameLength(scores.length, targets.length);
        int[] keys = new int[scores.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(scores[i], i, 0) | (targets[i] ? 1 : 0);
        }
        return fromKeys(keys);
    }

    static ThresholdCurve build(Matrix probabilities, Matrix targets) {
        Inputs.sameShape(probabilities, targets);
        float[] p = probabilities.data();
        float[] y = targets.data();
        int cols = probabilities.cols();
        int[] keys = new int[p.length];
        for (int i = 0; i < keys.length; i++) {
            Inputs.binary(y[i], i, cols);
            keys[i] = key(p[i], i, cols) | (y[i] == 1f ? 1 : 0);
        }
        return fromKeys(keys);
    }

    /** The curve of one column (label) of a multi-label problem. */
    static ThresholdCurve column(Matrix probabilities, Matrix targets, int col) {
        Inputs.sameShape(probabilities, targets);
        int rows = probabilities.rows();
        int cols = probabilities.cols();
        float[] p = probabilities.data();
        float[] y = targets.data();
        int[] keys = new int[rows];
        for (int r = 0; r < rows; r++) {
            int i = r * cols + col;
            Inputs.binary(y[i], i, cols);
            keys[r] = key(p[i], i, cols) | (y[i] == 1f ? 1 : 0);
        }
        return fromKeys(keys);
    }

    private static int key(float score, int index, int cols) {
        Inputs.probability(score, index, cols);
        return Float.floatToRawIntBits(score + 0.0f) << 1; // + 0.0f turns -0.0 into 0.0
    }

    private static ThresholdCurve fromKeys(int[] keys) {
        RadixSort.sort(keys);
        int distinct = 0;
        int previous = -1;
        for (int key : keys) {
            int bits = key >>> 1;
            if (bits != previous) {
                distinct++;
                previous = bits;
            }
        }
        float[] thresholds = new float[distinct];
        int[] tp = new int[distinct + 1];
        int[] fp = new int[distinct + 1];
        int j = -1;
        previous = -1;
        for (int key : keys) {
            int bits = key >>> 1;
            if (bits != previous) {
                thresholds[++j] = Float.intBitsToFloat(bits);
                previous = bits;
            }
            if ((key & 1) == 1) {
                tp[j]++;
            } else {
                fp[j]++;
            }
        }
        return ThresholdCurve.fromCounts(thresholds, tp, fp);
    }

    /** The curve of the union of disjoint sets of predictions: a merge of their per-score counts. */
    static ThresholdCurve merge(List<ThresholdCurve> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no curves to merge");
        }
        ThresholdCurve merged = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            merged = mergeTwo(merged, parts.get(i));
        }
        return merged;
    }

    private static ThresholdCurve mergeTwo(ThresholdCurve a, ThresholdCurve b) {
        if (a.total() > Integer.MAX_VALUE - b.total()) {
            throw new ArithmeticException("the merged curve would count more than " + Integer.MAX_VALUE + " predictions");
        }
        int na = a.distinctScores();
        int nb = b.distinctScores();
        float[] thresholds = new float[na + nb];
        int[] tp = new int[na + nb + 1];
        int[] fp = new int[na + nb + 1];
        int i = 0;
        int k = 0;
        int m = 0;
        while (i < na || k < nb) {
            float sa = i < na ? a.score(i) : Float.POSITIVE_INFINITY;
            float sb = k < nb ? b.score(k) : Float.POSITIVE_INFINITY;
            float s = Math.min(sa, sb);
            thresholds[m] = s;
            if (sa == s) {
                tp[m] += a.positivesAtScore(i);
                fp[m] += a.negativesAtScore(i++);
            }
            if (sb == s) {
                tp[m] += b.positivesAtScore(k);
                fp[m] += b.negativesAtScore(k++);
            }
            m++;
        }
        return ThresholdCurve.fromCounts(
                java.util.Arrays.copyOf(thresholds, m), java.util.Arrays.copyOf(tp, m + 1), java.util.Arrays.copyOf(fp, m + 1));
    }
}
