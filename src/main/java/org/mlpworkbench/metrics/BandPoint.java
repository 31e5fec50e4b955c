package org.mlpworkbench.metrics;

/**
 * How accuracy at one threshold varies across cross-validation folds.
 *
 * @param pooledAccuracy the accuracy of the out-of-fold curve (all folds pooled)
 * @param std the sample standard deviation of the folds' accuracies
 */
public record BandPoint(double threshold, double pooledAccuracy, double mean, double std, double min, double max) {
}
