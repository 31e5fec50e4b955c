package org.mlpworkbench.metrics;

/**
 * The precision–recall curve of a {@link ThresholdCurve}, a view that copies nothing. Point 0 is the
 * conventional start (recall 0, precision 1, threshold = highest score, nothing predicted positive), as in
 * scikit-learn; point {@code i ≥ 1} is the curve's point {@code size − 1 − i}, so recall never decreases
 * with {@code i} and every point after the first predicts at least one positive.
 *
 * <p>Average precision is the step-wise area {@code Σ (Rᵢ − Rᵢ₋₁) Pᵢ}, scikit-learn's definition (no
 * interpolation).
 */
public final class PrecisionRecallCurve {
    private final ThresholdCurve curve;
    private final double averagePrecision;

    private PrecisionRecallCurve(ThresholdCurve curve) {
        this.curve = curve;
        this.averagePrecision = stepArea();
    }

    public static PrecisionRecallCurve of(ThresholdCurve curve) {
        return new PrecisionRecallCurve(curve);
    }

    public int size() {
        return curve.size();
    }

    /** Recall of point {@code i}; 0 throughout when there are no positives. */
    public double recall(int i) {
        return ThresholdPoint.ratio(curve.tp(curveIndex(i)), curve.positives());
    }

    /** Precision of point {@code i}; 1 at point 0 by convention. */
    public double precision(int i) {
        if (i == 0) {
            return 1.0;
        }
        int c = curveIndex(i);
        return ThresholdPoint.ratio(curve.tp(c), curve.tp(c) + curve.fp(c));
    }

    /** The threshold of point {@code i} (descending with {@code i}). */
    public double threshold(int i) {
        return curve.threshold(curveIndex(i));
    }

    /** Average precision; {@code NaN} (undefined) when there are no positives. */
    public double averagePrecision() {
        return averagePrecision;
    }

    /** At most {@code maxPoints} point indices, ascending, that draw like the whole curve. */
    public int[] sample(int maxPoints) {
        return CurveSampler.sample(size(), this::recall, this::precision, maxPoints);
    }

    private int curveIndex(int i) {
        return curve.size() - 1 - i;
    }

    private double stepArea() {
        if (curve.positives() == 0) {
            return Double.NaN;
        }
        double sum = 0;
        long previousTp = 0;
        for (int i = 1; i < size(); i++) {
            int c = curveIndex(i);
            long tp = curve.tp(c);
            if (tp != previousTp) {
                sum += (double) (tp - previousTp) / curve.positives() * tp / (tp + curve.fp(c));
                previousTp = tp;
            }
        }
        return sum;
    }
}
