package org.mlpworkbench.train;

/**
 * Progress after one epoch (from 1). Training loss and metric are averages over the epoch's batches
 * as they were trained (dropout on, weights moving), as Keras reports them; validation figures come
 * from a pass over the held-out set after the epoch and are NaN without one. The metric is the task's
 * main metric ({@link #metricName()}: accuracy at 0.5 per output for binary and multi-label, accuracy
 * for multi-class, RMSE for regression). {@code samplesPerSecond} counts training samples over the
 * time spent in training batches.
 */
public record EpochStats(int epoch, double trainLoss, double validationLoss, String metricName, double trainMetric,
                         double validationMetric, long elapsedMillis, double samplesPerSecond, double learningRate) {

    public boolean hasValidation() {
        return !Double.isNaN(validationLoss);
    }
}
