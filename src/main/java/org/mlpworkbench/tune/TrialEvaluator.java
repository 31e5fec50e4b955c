package org.mlpworkbench.tune;

import java.util.List;
import org.mlpworkbench.train.TrainingControl;

/**
 * Scores one configuration trained for a number of epochs: the seam between the search and training.
 * {@link CrossValidationObjective} trains for real; a test can give scores of its own. Implementations
 * are called from the runner's threads, one trial per call, and must keep no state between calls.
 */
public interface TrialEvaluator {

    /** The name of the score (e.g. {@code accuracy}); larger is better. */
    String metric();

    /**
     * The score on each fold (or on one validation split).
     *
     * @throws java.util.concurrent.CancellationException when {@code control} stopped the training
     * @throws IllegalArgumentException when training refuses these settings (the trial is kept as failed)
     */
    List<Double> evaluate(TrialParameters parameters, int epochs, long seed, TrainingControl control);
}
