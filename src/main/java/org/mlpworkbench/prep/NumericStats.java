package org.mlpworkbench.prep;

import java.util.Arrays;

/**
 * Mean, population standard deviation (divisor n, as scikit-learn's StandardScaler), min, max and
 * median of finite values. All NaN when there are no values.
 */
record NumericStats(int count, double mean, double std, double min, double max, double median) {

    /** The statistics of {@code values} (which this method sorts in place). */
    static NumericStats of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new NumericStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        Arrays.sort(values);
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        return new NumericStats(n, mean, Math.sqrt(squares / n), values[0], values[n - 1], median);
    }
}
