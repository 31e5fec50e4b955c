package org.mlpworkbench.metrics;

import java.math.BigDecimal;

/**
 * What each kind of prediction costs (a gain is a negative cost), per row: a true positive, a false
 * positive, a false negative and a true negative. The expected cost per row at a threshold is
 * {@code (tp·costTp + fp·costFp + fn·costFn + tn·costTn) / rows}; as a {@link ThresholdObjective} the
 * lowest expected cost is best, compared exactly (the costs' exact double values times the integer
 * counts, summed in {@link BigDecimal}).
 */
public record ThresholdCosts(double truePositive, double falsePositive, double falseNegative, double trueNegative)
        implements ThresholdObjective {

    /** Nothing costs anything but a mistake, and every mistake costs 1: expected cost = error rate. */
    public static final ThresholdCosts ERRORS = new ThresholdCosts(0, 1, 1, 0);

    public ThresholdCosts {
        for (double c : new double[] {truePositive, falsePositive, falseNegative, trueNegative}) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("a cost must be a finite number, not " + c);
            }
        }
    }

    /** The expected cost per row of the counts (allocation-free, for drawing the cost curve). */
    public double expectedCost(long tp, long fp, long tn, long fn) {
        long total = tp + fp + tn + fn;
        return total == 0 ? 0.0 : (tp * truePositive + fp * falsePositive + fn * falseNegative + tn * trueNegative) / total;
    }

    /** The expected cost per row at point {@code i} of {@code curve}. */
    public double expectedCost(ThresholdCurve curve, int i) {
        return expectedCost(curve.tp(i), curve.fp(i), curve.tn(i), curve.fn(i));
    }

    @Override
    public double of(ThresholdPoint p) {
        return expectedCost(p.tp(), p.fp(), p.tn(), p.fn());
    }

    @Override
    public int compare(long tpA, long fpA, long tpB, long fpB, long positives, long negatives) {
        // lower cost is better, and the total is the same for both points
        return total(tpB, fpB, positives, negatives).compareTo(total(tpA, fpA, positives, negatives));
    }

    private BigDecimal total(long tp, long fp, long positives, long negatives) {
        return new BigDecimal(truePositive).multiply(BigDecimal.valueOf(tp))
                .add(new BigDecimal(falsePositive).multiply(BigDecimal.valueOf(fp)))
                .add(new BigDecimal(falseNegative).multiply(BigDecimal.valueOf(positives - tp)))
                .add(new BigDecimal(trueNegative).multiply(BigDecimal.valueOf(negatives - fp)));
    }
}
