package org.mlpworkbench.train;

/**
 * Receives progress on the training thread. Implementations must return quickly (hand the records to
 * another thread if drawing takes time); the records are immutable and may be kept.
 */
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    default void onBatch(BatchStats stats) {
    }

    default void onEpoch(EpochStats stats) {
    }
}
