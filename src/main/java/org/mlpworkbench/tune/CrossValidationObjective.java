package org.mlpworkbench.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.ScoredRows;
import org.mlpworkbench.bundle.TrainedRun;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.RecipeFitter;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.train.TrainingControl;

/**
 * The task's main metric, estimated as the app's cross-validation does it
 * ({@link BundleTrainer#crossValidate}: every fold fits the recipe on its own training rows): accuracy for
 * binary (at 0.5) and multi-class, label accuracy (1 − Hamming loss, at 0.5) for multi-label, R² for
 * regression. Files of more than {@value #SINGLE_SPLIT_ROWS} rows are scored on one stratified split
 * holding out {@value #HOLDOUT} of the rows instead: a fifth of 20,000 rows already estimates an
 * accuracy to about ±0.8 points (one standard error), and k folds would cost k times as much per trial.
 *
 * <p>Every trial uses the search's seed, so all trials see the same folds and the same initial random
 * stream: their differences come from their settings, not from luck in the split. The table and recipe
 * are only read, so trials may run on several threads at once.
 */
public final class CrossValidationObjective implements TrialEvaluator {

    /** Above this many rows, one validation split replaces k-fold cross-validation. */
    public static final int SINGLE_SPLIT_ROWS = 20_000;
    /** The share held out by the single split. */
    public static final double HOLDOUT = 0.2;

    private final Table table;
    private final Recipe recipe;
    private final int folds;
    private final Task task;
    private final List<String> outputNames;

    /**
     * @throws IllegalArgumentException when {@code folds} is below 2
     * @throws org.mlpworkbench.prep.RecipeException when the recipe does not fit the table
     */
    public CrossValidationObjective(Table table, Recipe recipe, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        this.table = table;
        this.recipe = recipe;
        this.folds = folds;
        FittedRecipe fitted = RecipeFitter.fit(table, recipe);
        this.task = fitted.task();
        this.outputNames = List.copyOf(fitted.outputNames());
    }

    /** The task's metric name, as {@code Evaluation} spells it. */
    public static String metricFor(Task task) {
        return switch (task) {
            case BINARY, MULTI_CLASS -> "accuracy";
            case MULTI_LABEL -> "label_accuracy";
            case REGRESSION -> "r2";
        };
    }

    public Task task() {
        return task;
    }

    /** True when the table is scored on one validation split rather than by k folds. */
    public boolean singleSplit() {
        return table.rowCount() > SINGLE_SPLIT_ROWS;
    }

    /** How the score is estimated, for reports: "5-fold cross-validation" or "one split holding out 20 %". */
    public String description() {
        return singleSplit() ? "one split holding out " + Math.round(HOLDOUT * 100) + " % of the rows"
                : folds + "-fold cross-validation";
    }

    @Override
    public String metric() {
        return metricFor(task);
    }

    @Override
    public List<Double> evaluate(TrialParameters parameters, int epochs, long seed, TrainingControl control) {
        return evaluateWithThresholds(parameters, epochs, seed, control).foldScores();
    }

    /**
     * The fold scores at 0.5 and, for binary and multi-label tasks, each output's threshold chosen on the
     * held-out predictions of every fold pooled (of the validation split above {@value #SINGLE_SPLIT_ROWS}
     * rows): see {@link ChosenThresholds}.
     */
    @Override
    public Outcome evaluateWithThresholds(TrialParameters parameters, int epochs, long seed, TrainingControl control) {
        BundleTrainer.NetworkChoice network = parameters.network();
        String metric = metric();
        if (singleSplit()) {
            TrainedRun run = TrainedRun.train(table, recipe, network::spec, parameters.config(epochs, seed), HOLDOUT,
                    TrainedRun.Listener.NONE, control);
            if (control.stopRequested()) {
                throw new CancellationException("the trial was stopped");
            }
            FittedRecipe fitted = run.recipe();
            ScoredRows held = run.validation();
            ChosenThresholds thresholds = held == null || !fitted.outputNames().equals(outputNames) ? null
                    : ChosenThresholds.choose(fitted.task(), List.of(held.outputs()), List.of(held.rows().targets()));
            return new Outcome(List.of(score(run.metrics(ModelBundle.defaultThresholds(fitted)), metric)), thresholds);
        }
        boolean thresholded = ChosenThresholds.appliesTo(task);
        List<Matrix> outputs = new ArrayList<>();
        List<Matrix> targets = new ArrayList<>();
        boolean[] mismatched = {false};
        BundleTrainer.CrossValidationReport report = BundleTrainer.crossValidate(table, recipe, network::spec,
                parameters.config(epochs, seed), 0, folds, null, new BundleTrainer.CrossValidationListener() {
                    @Override
                    public void foldScored(int fold, FittedRecipe fitted, Matrix foldOutputs, Matrix foldTargets) {
                        if (!thresholded) {
                            return;
                        }
                        if (fitted.outputNames().equals(outputNames)) {
                            outputs.add(foldOutputs);
                            targets.add(foldTargets);
                        } else {
                            mismatched[0] = true; // a label missing from this fold: its columns are other labels
                        }
                    }
                }, control);
        List<Double> scores = new ArrayList<>();
        for (Map<String, Double> fold : report.folds()) {
            scores.add(score(fold, metric));
        }
        return new Outcome(scores, mismatched[0] ? null : ChosenThresholds.choose(task, outputs, targets));
    }

    /** The names of the outputs as the recipe fitted on every row gives them (one threshold each). */
    public List<String> outputNames() {
        return outputNames;
    }

    private static double score(Map<String, Double> metrics, String metric) {
        Double value = metrics.get(metric);
        if (value == null) {
            throw new IllegalStateException("the metrics have no " + metric + ": " + metrics.keySet());
        }
        return value;
    }
}
