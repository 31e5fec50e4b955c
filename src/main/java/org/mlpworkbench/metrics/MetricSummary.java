package org.mlpworkbench.metrics;

/**
 * One metric across cross-validation folds.
 *
 * @param std the sample standard deviation (divisor {@code folds − 1})
 */
public record MetricSummary(String name, double mean, double std, double min, double max, int folds) {

    /** Summarises the values of one metric over at least two folds. */
    public static MetricSummary of(String name, double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException(
                    "a cross-validation summary needs at least 2 folds, got " + values.length + " for " + name);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new MetricSummary(name, mean, Math.sqrt(squares / (values.length - 1)), min, max, values.length);
    }
}
