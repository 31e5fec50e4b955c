package org.mlpworkbench.prep;

/**
 * Mean, population standard deviation (divisor n, as scikit-learn's StandardScaler), min, max and
 * median (the mean of the two middle values for an even count) of finite values. All NaN when there
 * are no values. The median is found by selection in linear time, not by sorting.
 */
record NumericStats(int count, double mean, double std, double min, double max, double median) {

    /** The statistics of {@code values} (which this method reorders). */
    static NumericStats of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new NumericStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double upper = select(values, n / 2);
        double median = upper;
        if (n % 2 == 0) {
            double lower = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n / 2; i++) {
                lower = Math.max(lower, values[i]);
            }
            median = (lower + upper) / 2;
        }
        return new NumericStats(n, mean, Math.sqrt(squares / n), min, max, median);
    }

    /**
     * The {@code k}-th smallest value (from 0); afterwards every value before position {@code k} is at
     * most it and every value after is at least it (Hoare's selection).
     */
    static double select(double[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            double x = a[lo];
            double y = a[(lo + hi) >>> 1];
            double z = a[hi];
            double pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
