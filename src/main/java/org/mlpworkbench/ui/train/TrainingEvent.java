package org.mlpworkbench.ui.train;

import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.train.BatchStats;
import org.mlpworkbench.train.EpochStats;

/** What the training job tells the UI while it runs (through a coalescing feed). */
sealed interface TrainingEvent {

    /** The recipe was fitted on the training rows and the network built. */
    record Started(MlpSpec spec, int trainRows, int validationRows) implements TrainingEvent {
    }

    record Batch(BatchStats stats) implements TrainingEvent {
    }

    record Epoch(EpochStats stats) implements TrainingEvent {
    }
}
