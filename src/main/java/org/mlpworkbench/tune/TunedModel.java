package org.mlpworkbench.tune;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.TrainedRun;
import org.mlpworkbench.bundle.TrainingRecord;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.TrainingControl;

/**
 * The model a search recommends: a trial's settings trained for the trial's epochs with the search's seed on
 * every row of the table (no rows held out, no early stopping: as the trial trained on each fold), bundled
 * with the thresholds chosen on the trial's out-of-fold predictions (the default 0.5 when none were chosen).
 * The same as {@code mlpw train} with the trial's train command, plus those thresholds. Synchronous.
 */
public final class TunedModel {

    private TunedModel() {
    }

    /**
     * Trains {@code trial}'s settings on all of {@code table}.
     *
     * @throws IllegalArgumentException when the trial failed, or when training refuses the settings
     * @throws CancellationException    when {@code control} stopped the training
     */
    public static ModelBundle train(Table table, Recipe recipe, Trial trial, long seed, TrainingRecord.TrainingData data,
                                    TrainedRun.Listener listener, TrainingControl control) {
        Objects.requireNonNull(trial, "trial");
        if (!trial.scored()) {
            throw new IllegalArgumentException("trial " + trial.number() + " failed, so it has no model to train");
        }
        TrialParameters parameters = trial.parameters();
        TrainConfig config = parameters.config(trial.epochs(), seed);
        TrainedRun run = TrainedRun.train(table, recipe, parameters.network()::spec, config, 0, listener, control);
        if (control.stopRequested()) {
            throw new CancellationException("training the tuned model was stopped");
        }
        List<Double> defaults = ModelBundle.defaultThresholds(run.recipe());
        List<Double> chosen = trial.thresholdValues();
        List<Double> thresholds = chosen.size() == defaults.size() ? chosen : defaults;
        return run.bundle(config, 0, data, thresholds, Instant.now());
    }
}
