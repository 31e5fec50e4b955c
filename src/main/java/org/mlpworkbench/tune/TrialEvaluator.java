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

    /**
     * The score on each fold and, for binary and multi-label tasks, the thresholds chosen on the trial's
     * out-of-fold predictions (null when none were chosen). The search calls this one; by default it
     * chooses none. Same exceptions as {@link #evaluate}.
     */
    default Outcome evaluateWithThresholds(TrialParameters parameters, int epochs, long seed, TrainingControl control) {
        return new Outcome(evaluate(parameters, epochs, seed, control), null);
    }

    /**
     * What one evaluation found.
     *
     * @param thresholds the thresholds chosen on the out-of-fold predictions, or null
     */
    record Outcome(List<Double> foldScores, ChosenThresholds thresholds) {
        public Outcome {
            foldScores = List.copyOf(foldScores);
        }
    }
}
