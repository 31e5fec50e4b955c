package org.mlpworkbench.train;

/**
 * Progress after one mini-batch: epoch (from 1), batch within the epoch (from 1) of
 * {@code batchesPerEpoch}, the batch's mean loss and the learning rate used for its update.
 */
public record BatchStats(int epoch, int batch, int batchesPerEpoch, double loss, double learningRate) {
}
