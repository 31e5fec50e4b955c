package org.mlpworkbench.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregation of per-fold metrics: the mean and standard deviation of every metric across folds. Each
 * fold contributes the {@code metrics()} map of any result ({@link ThresholdPoint},
 * {@link MultiLabelScores}, {@link MultiClassMetrics}, {@link RegressionMetrics}); the out-of-fold
 * threshold curve is {@link OutOfFoldCurve}.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /**
     * A summary per metric name, in the order of the first fold. Every fold must report the same metric
     * names, and there must be at least two folds.
     */
    public static Map<String, MetricSummary> summarize(List<Map<String, Double>> folds) {
        if (folds.size() < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds.size());
        }
        Map<String, Double> first = folds.get(0);
        for (int f = 1; f < folds.size(); f++) {
            if (!folds.get(f).keySet().equals(first.keySet())) {
                throw new IllegalArgumentException("fold " + f + " reports metrics " + folds.get(f).keySet()
                        + " but fold 0 reports " + first.keySet());
            }
        }
        Map<String, MetricSummary> out = new LinkedHashMap<>();
        for (String name : first.keySet()) {
            double[] values = new double[folds.size()];
            for (int f = 0; f < values.length; f++) {
                values[f] = folds.get(f).get(name);
            }
            out.put(name, MetricSummary.of(name, values));
        }
        return out;
    }
}
