package org.mlpworkbench.metrics;

/**
 * What a threshold can be chosen by ({@link ThresholdCurve#best}): a fixed metric
 * ({@link ThresholdMetric}), F-β with a chosen β ({@link FBeta}) or the lowest expected cost
 * ({@link ThresholdCosts}). Points are compared exactly on their integer counts, so two thresholds
 * with mathematically equal values always tie, whatever the rounding of the {@code double} values.
 */
public sealed interface ThresholdObjective permits ThresholdMetric, FBeta, ThresholdCosts {

    /** The objective's value at a point, as shown (for costs: the expected cost per row, lower is better). */
    double of(ThresholdPoint p);

    /**
     * Compares two points of the same curve (same numbers of positives and negatives): negative, zero or
     * positive as {@code a} is worse than, as good as or better than {@code b}.
     */
    int compare(long tpA, long fpA, long tpB, long fpB, long positives, long negatives);
}
