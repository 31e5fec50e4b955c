package org.mlpworkbench.bundle;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.RecipeFitter;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.Trainer;
import org.mlpworkbench.train.TrainingControl;
import org.mlpworkbench.train.TrainingListener;
import org.mlpworkbench.train.TrainingResult;

/**
 * One training run as the app's Train step and {@code mlpw train} both do it, so that one seed and one
 * recipe give the same weights in both: split the rows with the training seed (stratified for
 * classification), fit the recipe on the training rows only, build the network for the fitted widths, train,
 * and score the rows the final metrics are computed on — the validation rows, or the training rows when
 * none were held out. Synchronous.
 *
 * @param scored   the rows the metrics are computed on, with the model's outputs (null only for a run
 *                 restored from a project whose rows can no longer be recomputed)
 * @param heldOut  true when {@code scored} are validation rows, false when they are the training rows
 */
public record TrainedRun(FittedRecipe recipe, TrainingResult result, ScoredRows scored, boolean heldOut) {

    /** Progress of a run, on the calling thread. */
    public interface Listener extends TrainingListener {

        /** A listener that ignores everything. */
        Listener NONE = new Listener() {
        };

        /** The rows are split and prepared and the network is built; training starts next. */
        default void prepared(MlpSpec network, int trainRows, int validationRows) {
        }
    }

    public TrainedRun {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(result, "result");
    }

    /**
     * Trains {@code network} (built from the recipe fitted on the training rows) on {@code table}.
     *
     * @param validationSplit the share of rows held out for validation, early stopping and the final metrics, in
     *                        [0, 1); 0 trains on every row, reports the metrics on the training rows and lets early
     *                        stopping (if on) watch the training loss
     * @throws org.mlpworkbench.prep.RecipeException when the recipe does not fit the table
     * @throws IllegalArgumentException              for options that do not fit the data
     */
    public static TrainedRun train(Table table, Recipe recipe, Function<FittedRecipe, MlpSpec> network, TrainConfig config,
                                   double validationSplit, Listener listener, TrainingControl control) {
        if (!(validationSplit >= 0 && validationSplit < 1)) {
            throw new IllegalArgumentException("the validation split must be at least 0 and below 1, got " + validationSplit);
        }
        RecipeFitter.PreparedSplit rows = RecipeFitter.fitForTraining(table, recipe, validationSplit, config.seed());
        FittedRecipe fitted = rows.recipe();
        Prepared train = rows.train();
        Prepared validation = rows.validation();
        MlpSpec spec = network.apply(fitted);
        listener.prepared(spec, train.features().rows(), validation == null ? 0 : validation.features().rows());
        TrainingResult result = fit(spec, config, train, validation, listener, control);
        return new TrainedRun(fitted, result, ScoredRows.score(result.model(), fitted, validation == null ? train : validation),
                validation != null);
    }

    /** Trains {@code spec} on prepared rows ({@code validation} may be null or empty: none). */
    static TrainingResult fit(MlpSpec spec, TrainConfig config, Prepared train, Prepared validation,
                              TrainingListener listener, TrainingControl control) {
        if (train.features().rows() == 0) {
            throw new IllegalArgumentException("no training row has a known target"
                    + (train.message().isEmpty() ? "" : ": " + train.message()));
        }
        boolean validated = validation != null && validation.features().rows() > 0;
        return Trainer.train(spec, train.features(), train.targets(), validated ? validation.features() : null,
                validated ? validation.targets() : null, config, listener, control);
    }

    /** The validation rows with the model's outputs, or null when none were held out. */
    public ScoredRows validation() {
        return heldOut ? scored : null;
    }

    /** The metrics on {@link #scored} at {@code thresholds}; empty when there are no rows to compute them on. */
    public Map<String, Double> metrics(List<Double> thresholds) {
        return scored == null ? Map.of() : scored.metrics(recipe, thresholds);
    }

    /**
     * The run as a model bundle with the chosen thresholds and its metrics at them (heavy for large
     * validation sets: off the UI thread).
     */
    public ModelBundle bundle(TrainConfig config, double validationSplit, TrainingRecord.TrainingData data,
                              List<Double> thresholds, Instant finished) {
        TrainingRecord record = new TrainingRecord(config, validationSplit, result.history(), result.bestEpoch(),
                result.stopReason(), metrics(thresholds), data);
        return new ModelBundle(result.model(), recipe, thresholds, record, finished);
    }
}
