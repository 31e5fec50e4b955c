package org.mlpworkbench.metrics;

import org.mlpworkbench.data.WorkerThread;

/**
 * The expected cost per row of a {@link ThresholdCurve} under {@link ThresholdCosts}, exact at every
 * point (every distinct score), with its lowest and highest value and the cost-optimal threshold
 * ({@link ThresholdCurve#best}). Built once off the UI thread in O(n); {@link #at} then answers in
 * O(log n) without allocating, and {@link #sample} reduces it for drawing like the curve's other lines.
 */
public final class CostCurve {
    private final ThresholdCurve curve;
    private final ThresholdCosts costs;
    private final double[] values;
    private final double min;
    private final double max;
    private final ThresholdPoint best;

    private CostCurve(ThresholdCurve curve, ThresholdCosts costs) {
        this.curve = curve;
        this.costs = costs;
        values = new double[curve.size()];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            values[i] = costs.expectedCost(curve, i);
            lo = Math.min(lo, values[i]);
            hi = Math.max(hi, values[i]);
        }
        min = lo;
        max = hi;
        best = curve.best(costs);
    }

    /** The cost curve of {@code curve} under {@code costs} (worker thread). */
    public static CostCurve of(ThresholdCurve curve, ThresholdCosts costs) {
        WorkerThread.require("building a cost curve");
        return new CostCurve(curve, costs);
    }

    public ThresholdCurve curve() {
        return curve;
    }

    public ThresholdCosts costs() {
        return costs;
    }

    /** Number of points, as in the curve. */
    public int size() {
        return values.length;
    }

    /** The expected cost per row at point {@code i}. */
    public double value(int i) {
        return values[i];
    }

    /** The expected cost per row of {@code p > t} (O(log n), allocation-free). */
    public double at(double t) {
        return values[curve.indexAt(t)];
    }

    /** The lowest expected cost any threshold reaches. */
    public double min() {
        return min;
    }

    /** The highest expected cost any threshold gives. */
    public double max() {
        return max;
    }

    /** The cost-optimal point (the middle of the widest range of lowest cost), carrying its threshold. */
    public ThresholdPoint best() {
        return best;
    }

    /** At most {@code maxPoints} point indices that draw like the whole cost curve (its extremes per interval kept). */
    public int[] sample(int maxPoints) {
        return CurveSampler.sample(size(), i -> curve.threshold(Math.max(1, i)), i -> values[i], maxPoints);
    }
}
