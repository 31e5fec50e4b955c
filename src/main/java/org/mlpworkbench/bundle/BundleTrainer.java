package org.mlpworkbench.bundle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.metrics.CrossValidation;
import org.mlpworkbench.metrics.MetricSummary;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.model.LossFunction;
import org.mlpworkbench.model.OutputActivation;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.RecipeFitter;
import org.mlpworkbench.prep.Split;
import org.mlpworkbench.prep.Splits;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.TrainingControl;
import org.mlpworkbench.train.TrainingListener;
import org.mlpworkbench.train.TrainingResult;

/**
 * From a table and the user's choices to a {@link ModelBundle}: one {@link TrainedRun} (split, fit the recipe on
 * the training rows only, train, score the validation rows) bundled at the default thresholds. Also k-fold
 * cross-validation with the same steps per fold. Synchronous.
 */
public final class BundleTrainer {

    /**
     * The network the user chose; its input and output widths follow from the fitted recipe, its output
     * activation and loss from the task unless {@code output} and {@code loss} override them (both null:
     * the task's own).
     */
    public record NetworkChoice(List<Integer> hidden, Activation activation, OutputActivation output, LossFunction loss,
                                boolean bias, double dropout, double l2) {
        public NetworkChoice {
            hidden = List.copyOf(hidden);
            Objects.requireNonNull(activation, "activation");
            if ((output == null) != (loss == null)) {
                throw new IllegalArgumentException("an output override needs both its activation and its loss");
            }
        }

        /** The task's own output activation and loss. */
        public NetworkChoice(List<Integer> hidden, Activation activation, boolean bias, double dropout, double l2) {
            this(hidden, activation, null, null, bias, dropout, l2);
        }

        /**
         * One hidden layer of 128 ReLU units with bias, no dropout, no L2: a plain fixed network (the app's
         * and the command line's defaults follow the data size instead, see {@code train.TrainPreset}).
         */
        public static NetworkChoice defaults() {
            return new NetworkChoice(List.of(128), Activation.RELU, true, 0.0, 0.0);
        }

        /** The spec for a recipe's task and widths. */
        public MlpSpec spec(FittedRecipe recipe) {
            MlpSpec spec = MlpSpec.forTask(TaskKind.of(recipe.task()), recipe.featureNames().size(), hidden,
                    recipe.outputNames().size()).withActivation(activation).withBias(bias).withDropout(dropout).withL2(l2);
            return output == null ? spec : spec.withOutput(output, loss);
        }
    }

    /** Progress of a cross-validation run, on the calling thread. */
    public interface CrossValidationListener {
        default void foldStarted(int fold, int folds, int trainRows, int validationRows) {
        }

        default void onEpoch(int fold, EpochStats stats) {
        }

        default void foldFinished(int fold, Map<String, Double> metrics) {
        }

        /**
         * The fold's held-out rows as scored: the model's outputs (regression in target units) and the
         * targets as {@code recipe} encodes them; called just before {@link #foldFinished}.
         */
        default void foldScored(int fold, FittedRecipe recipe, Matrix outputs, Matrix targets) {
        }
    }

    /** The metrics of every fold and their mean, standard deviation, minimum and maximum. */
    public record CrossValidationReport(Task task, List<Map<String, Double>> folds, Map<String, MetricSummary> summary) {
        public CrossValidationReport {
            folds = List.copyOf(folds);
            summary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(summary));
        }
    }

    private BundleTrainer() {
    }

    /**
     * Trains a model on {@code table}.
     *
     * @param validationSplit the fraction of rows held out for validation, early stopping and the final
     *                        metrics; 0 trains on every row, reports the metrics on the training rows and
     *                        lets early stopping (if on) watch the training loss
     * @throws org.mlpworkbench.prep.RecipeException  when the recipe does not fit the table
     * @throws IllegalArgumentException                for options that do not fit the data
     */
    public static ModelBundle train(Table table, Recipe recipe, NetworkChoice network, TrainConfig config,
                                    double validationSplit, TrainingRecord.TrainingData data,
                                    TrainedRun.Listener listener, TrainingControl control) {
        TrainedRun run = TrainedRun.train(table, recipe, network::spec, config, validationSplit, listener, control);
        return run.bundle(config, validationSplit, data, ModelBundle.defaultThresholds(run.recipe()), Instant.now());
    }

    /**
     * K-fold cross-validation: every fold does what {@link #train} does with its training rows and
     * {@code validationSplit}, and is scored on its held-out rows (see the general form).
     */
    public static CrossValidationReport crossValidate(Table table, Recipe recipe, NetworkChoice network, TrainConfig config,
                                                      double validationSplit, int folds, CrossValidationListener listener) {
        return crossValidate(table, recipe, network::spec, config, validationSplit, folds, null, listener,
                TrainingControl.NONE);
    }

    /**
     * K-fold cross-validation with any network: {@code network} builds each fold's network from the recipe
     * fitted on that fold's training rows. With early stopping on, {@code validationSplit} of each fold's
     * training rows are held out to watch (as {@link #train} holds them out of the whole table), never the
     * fold's scored rows, which would then have chosen the epoch they are scored at; the recipe is fitted on
     * the rest. Without early stopping, or with a split of 0 (early stopping then watches the training
     * loss), every training row of the fold trains. Folds are scored at {@code thresholds} (one per output;
     * null for the default 0.5). {@code control} can stop it: training stops within a batch, and the run ends
     * with a {@link CancellationException} instead of a report.
     */
    public static CrossValidationReport crossValidate(Table table, Recipe recipe, Function<FittedRecipe, MlpSpec> network,
                                                      TrainConfig config, double validationSplit, int folds,
                                                      List<Double> thresholds, CrossValidationListener listener,
                                                      TrainingControl control) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        checkSplit(validationSplit);
        List<Split> splits = Splits.folds(table, recipe, folds, config.seed());
        List<Map<String, Double>> results = new ArrayList<>();
        Task task = null;
        for (int f = 0; f < splits.size(); f++) {
            Split split = splits.get(f);
            listener.foldStarted(f + 1, splits.size(), split.train().length, split.validation().length);
            Split inner = config.patience() > 0 && validationSplit > 0
                    ? Splits.within(table, recipe, split.train(), validationSplit, config.seed())
                    : new Split(split.train(), new int[0]);
            RecipeFitter.PreparedSplit prepared = RecipeFitter.fitAndApply(table, recipe, inner);
            FittedRecipe fitted = prepared.recipe();
            Prepared heldOut = fitted.apply(table, split.validation());
            task = fitted.task();
            int fold = f + 1;
            TrainingListener epochs = new TrainingListener() {
                @Override
                public void onEpoch(EpochStats stats) {
                    listener.onEpoch(fold, stats);
                }
            };
            TrainingResult result = TrainedRun.fit(network.apply(fitted), config, prepared.train(), prepared.validation(),
                    epochs, control);
            if (control.stopRequested()) {
                throw new CancellationException("cross-validation stopped during fold " + fold + " of " + splits.size());
            }
            Matrix outputs = fitted.inverseTargets(result.model().predict(heldOut.features()));
            Matrix targets = heldOut.targets();
            if (thresholds != null && thresholds.size() != outputs.cols()) {
                throw new IllegalArgumentException("fold " + fold + " of " + splits.size() + " learns " + outputs.cols()
                        + " outputs (" + String.join(", ", fitted.outputNames()) + ") from its training rows, but "
                        + thresholds.size() + " thresholds were given: a label missing from a fold's training rows "
                        + "cannot be scored (a label this rare needs fewer folds or more rows)");
            }
            listener.foldScored(fold, fitted, outputs, targets);
            Map<String, Double> metrics = Evaluation.metrics(fitted, outputs, targets,
                    thresholds == null ? ModelBundle.defaultThresholds(fitted) : thresholds);
            listener.foldFinished(fold, metrics);
            results.add(metrics);
        }
        return new CrossValidationReport(task, results, CrossValidation.summarize(results));
    }

    private static void checkSplit(double validationSplit) {
        if (!(validationSplit >= 0 && validationSplit < 1)) {
            throw new IllegalArgumentException("the validation split must be at least 0 and below 1, got " + validationSplit);
        }
    }
}
