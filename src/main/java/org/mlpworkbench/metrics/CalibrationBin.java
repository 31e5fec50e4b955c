package org.mlpworkbench.metrics;

/**
 * One bin of a reliability diagram: the rows whose predicted probability lies in
 * {@code [lower, upper)} (the last bin includes 1).
 *
 * @param count         rows in the bin
 * @param meanPredicted mean predicted probability of those rows ({@code NaN} for an empty bin)
 * @param observedRate  share of those rows that are positive ({@code NaN} for an empty bin)
 */
public record CalibrationBin(double lower, double upper, int count, double meanPredicted, double observedRate) {

    /** True when no row fell in the bin. */
    public boolean empty() {
        return count == 0;
    }
}
