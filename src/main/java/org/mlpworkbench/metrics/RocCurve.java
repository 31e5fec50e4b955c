package org.mlpworkbench.metrics;

/**
 * The ROC curve of a {@link ThresholdCurve}, a view that copies nothing: point {@code i} is the curve's
 * point {@code size − 1 − i}, so the ROC runs from (0, 0) (nothing positive, threshold = highest score)
 * to (1, 1) (everything positive, threshold {@code -∞}), one point per distinct score. Tied scores make a
 * diagonal segment, so the trapezoidal area equals the Mann–Whitney statistic
 * {@code P(score⁺ > score⁻) + ½ P(score⁺ = score⁻)}.
 */
public final class RocCurve {
    private final ThresholdCurve curve;
    private final double auc;

    private RocCurve(ThresholdCurve curve) {
        this.curve = curve;
        this.auc = areaUnder(curve);
    }

    public static RocCurve of(ThresholdCurve curve) {
        return new RocCurve(curve);
    }

    public int size() {
        return curve.size();
    }

    /** False-positive rate of point {@code i}; 0 throughout when there are no negatives. */
    public double fpr(int i) {
        return ThresholdPoint.ratio(curve.fp(curveIndex(i)), curve.negatives());
    }

    /** True-positive rate (recall) of point {@code i}; 0 throughout when there are no positives. */
    public double tpr(int i) {
        return ThresholdPoint.ratio(curve.tp(curveIndex(i)), curve.positives());
    }

    /** The threshold of point {@code i} (descending with {@code i}). */
    public double threshold(int i) {
        return curve.threshold(curveIndex(i));
    }

    /** Area under the curve; {@code NaN} (undefined) when the targets hold only one class. */
    public double auc() {
        return auc;
    }

    /** At most {@code maxPoints} point indices, ascending, that draw like the whole curve. */
    public int[] sample(int maxPoints) {
        return CurveSampler.sample(size(), this::fpr, this::tpr, maxPoints);
    }

    private int curveIndex(int i) {
        return curve.size() - 1 - i;
    }

    /** Σ over distinct scores of negatives there × (positives above + half the positives there), over P·N. */
    private static double areaUnder(ThresholdCurve curve) {
        long positives = curve.positives();
        long negatives = curve.negatives();
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        long twiceNumerator = 0;
        for (int q = 0; q < curve.distinctScores(); q++) {
            twiceNumerator += curve.negativesAtScore(q) * (2 * curve.tp(q + 1) + curve.positivesAtScore(q));
        }
        return twiceNumerator / (2.0 * positives * negatives);
    }
}
