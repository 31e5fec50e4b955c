package org.mlpworkbench.metrics;

import org.mlpworkbench.data.WorkerThread;
import java.util.List;
import org.mlpworkbench.data.Matrix;

/**
 * The exact threshold curve of a binary (or pooled multi-label) classifier: one point per distinct score
 * plus a "below all scores" point, so every classification a threshold can produce is represented.
 *
 * <p>Rule: a score is predicted positive iff {@code p > t}; a score equal to the threshold is negative.
 * Point {@code 0} has threshold {@code -∞} (everything positive); point {@code i ≥ 1} has the
 * {@code i}-th smallest distinct score as threshold; the last point predicts everything negative.
 * Built in O(N) radix sort plus a linear scan; {@link #at}, {@link #indexAt} and {@link #accuracyAt}
 * answer in O(log N) by binary search, and the index accessors allocate nothing.
 */
public final class ThresholdCurve {
    private final float[] scores;
    private final int[] tpAbove;
    private final int[] fpAbove;
    private final int positives;
    private final int negatives;

    private ThresholdCurve(float[] scores, int[] tpAbove, int[] fpAbove) {
        this.scores = scores;
        this.tpAbove = tpAbove;
        this.fpAbove = fpAbove;
        this.positives = tpAbove[0];
        this.negatives = fpAbove[0];
    }

    /** The curve of binary scores (probabilities in [0, 1]) against their targets. */
    public static ThresholdCurve build(float[] scores, boolean[] targets) {
        WorkerThread.require("building a threshold curve");
        return CurveBuilder.build(scores, targets);
    }

    /**
     * The pooled curve of an {@code n × k} probability matrix against 0/1 targets of the same shape
     * ({@code k = 1}: binary): its accuracy is {@code mean((p > t) == target)} over every row and label.
     */
    public static ThresholdCurve build(Matrix probabilities, Matrix targets) {
        WorkerThread.require("building a threshold curve");
        return CurveBuilder.build(probabilities, targets);
    }

    /** The curve of the union of disjoint sets of predictions (e.g. cross-validation folds), without re-sorting. */
    public static ThresholdCurve merge(List<ThresholdCurve> parts) {
        return CurveBuilder.merge(parts);
    }

    /** From per-score counts ({@code tp[q]}, {@code fp[q]} at {@code scores[q]}, last slot 0), turned into counts above. */
    static ThresholdCurve fromCounts(float[] scores, int[] tp, int[] fp) {
        for (int q = scores.length - 1; q >= 0; q--) {
            tp[q] = Math.addExact(tp[q], tp[q + 1]);
            fp[q] = Math.addExact(fp[q], fp[q + 1]);
        }
        return new ThresholdCurve(scores, tp, fp);
    }

    /** Number of points: distinct scores + 1. */
    public int size() {
        return tpAbove.length;
    }

    public int positives() {
        return positives;
    }

    public int negatives() {
        return negatives;
    }

    public int total() {
        return positives + negatives;
    }

    /** Threshold of point {@code i}: {@code -∞} for point 0, else the {@code i}-th smallest distinct score. */
    public double threshold(int i) {
        return i == 0 ? Double.NEGATIVE_INFINITY : scores[i - 1];
    }

    /** The thresholds of all points, ascending (a new array; the first is {@code -∞}). */
    public double[] thresholds() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = threshold(i);
        }
        return out;
    }

    public long tp(int i) {
        return tpAbove[i];
    }

    public long fp(int i) {
        return fpAbove[i];
    }

    public long tn(int i) {
        return negatives - fpAbove[i];
    }

    public long fn(int i) {
        return positives - tpAbove[i];
    }

    /** Accuracy at point {@code i}, without allocating. */
    public double accuracy(int i) {
        return (double) (tpAbove[i] + negatives - fpAbove[i]) / total();
    }

    /** Point {@code i} with its counts and metrics. */
    public ThresholdPoint point(int i) {
        return new ThresholdPoint(threshold(i), tp(i), fp(i), tn(i), fn(i));
    }

    /** Index of the point that classifies like threshold {@code t}: the number of distinct scores {@code <= t}. */
    public int indexAt(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        int lo = 0;
        int hi = scores.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (scores[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Counts and metrics of {@code p > t}; the returned point carries {@code t} itself as its threshold. */
    public ThresholdPoint at(double t) {
        int i = indexAt(t);
        return new ThresholdPoint(t, tp(i), fp(i), tn(i), fn(i));
    }

    /** Accuracy of {@code p > t}, without allocating. */
    public double accuracyAt(double t) {
        return accuracy(indexAt(t));
    }

    /** Accuracy of predicting everything negative (for multi-label: all zeros), the last point. */
    public double allNegativeAccuracy() {
        return (double) negatives / total();
    }

    /** Accuracy of predicting everything positive, point 0. */
    public double allPositiveAccuracy() {
        return (double) positives / total();
    }

    /** The best accuracy any constant prediction reaches: a model must beat this to be of use. */
    public double constantBaseline() {
        return Math.max(allNegativeAccuracy(), allPositiveAccuracy());
    }

    /**
     * The threshold that maximises {@code metric}, taken in the middle of the widest plateau of best
     * values (see {@link BestThreshold}; for costs the lowest); the point carries that threshold.
     */
    public ThresholdPoint best(ThresholdObjective metric) {
        return at(BestThreshold.find(this, metric));
    }

    /**
     * At most {@code maxPoints} point indices, ascending, that draw like the whole curve: the first and last
     * point, and in each of {@code ~maxPoints/4} equal threshold intervals its first, last, lowest- and
     * highest-accuracy point. Monotone series (recall, FPR, positive rate) are kept exactly at those points.
     */
    public int[] sample(int maxPoints) {
        return CurveSampler.sample(size(), i -> scores[Math.max(0, i - 1)], this::accuracy, maxPoints);
    }

    int distinctScores() {
        return scores.length;
    }

    float score(int q) {
        return scores[q];
    }

    int positivesAtScore(int q) {
        return tpAbove[q] - tpAbove[q + 1];
    }

    int negativesAtScore(int q) {
        return fpAbove[q] - fpAbove[q + 1];
    }

    @Override
    public String toString() {
        return "ThresholdCurve[" + size() + " points, " + positives + " positives, " + negatives + " negatives]";
    }
}
