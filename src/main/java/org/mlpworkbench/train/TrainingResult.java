package org.mlpworkbench.train;

import java.util.List;
import org.mlpworkbench.model.Mlp;

/**
 * The outcome of {@link Trainer#train}. {@code model} holds: the best epoch's weights when early
 * stopping is on (also when all epochs ran); otherwise the final weights; the weights at the moment
 * of a stop request when cancelled; and the weights at the end of the last fully finite epoch (the
 * initial weights if there was none) when the loss diverged (a batch loss NaN, infinite, or more than a
 * million times the first batch's loss, or than 1 if that is larger). {@code bestEpoch} (from 1, 0 if no epoch
 * finished) is the epoch with the lowest monitored loss (validation loss, or training loss without a
 * validation set). {@code message} says in words what happened.
 */
public record TrainingResult(Mlp model, List<EpochStats> history, int bestEpoch, StopReason stopReason,
                             String message) {

    public TrainingResult {
        history = List.copyOf(history);
    }
}
