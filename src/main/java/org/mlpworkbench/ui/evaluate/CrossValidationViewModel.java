package org.mlpworkbench.ui.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.train.TrainingControl;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.CrossValidationResult;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.JobContext;
import org.mlpworkbench.ui.task.JobHandle;

/**
 * Cross-validation of one run: the number of folds (2–10, default 5), one background job that
 * re-trains the run's settings on every fold ({@link CrossValidationResult#compute}) with progress per
 * fold and epoch and a cancel, and the result, which the run keeps (so a project saves it). Binary and multi-label folds are scored at the run's
 * thresholds as they are when the job starts.
 */
public final class CrossValidationViewModel {

    public static final int MIN_FOLDS = 2;
    public static final int MAX_FOLDS = 10;
    public static final int DEFAULT_FOLDS = 5;
    static final long PROGRESS_INTERVAL_MILLIS = 100;

    /** Progress from the worker: the fraction done and the line to show. */
    private record Progress(double fraction, String text) {
    }

    private final RunRecord run;
    private final BackgroundTasks tasks;
    private final IntegerProperty folds = new SimpleIntegerProperty(this, "folds", DEFAULT_FOLDS);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<CrossValidationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanBinding canStart;
    private JobHandle job;

    public CrossValidationViewModel(RunRecord run, BackgroundTasks tasks) {
        this.run = run;
        this.tasks = tasks;
        this.canStart = running.not();
        CrossValidationResult kept = run.crossValidationProperty().get();
        result.set(kept);
        if (kept == null) {
            status.set("Re-trains " + run.name() + "'s settings on k folds to see how much its scores depend on the split.");
        } else {
            folds.set(kept.folds().size());
            status.set(kept.folds().size() + "-fold cross-validation of " + run.name() + ".");
        }
    }

    /** Starts the job (ignored while one runs or when the fold count is outside 2–10). */
    public void start() {
        int k = folds.get();
        if (running.get() || k < MIN_FOLDS || k > MAX_FOLDS) {
            return;
        }
        running.set(true);
        progress.set(0);
        result.set(null);
        status.set("Starting " + k + "-fold cross-validation…");
        List<Double> thresholds = run.thresholdsProperty().get();
        int epochs = run.settings().config().epochs();
        job = tasks.jobWithUpdates("Cross-validating " + run.name(), (JobContext context, Consumer<Progress> feed) ->
                        CrossValidationResult.compute(run.preparation(), run.settings(), k, thresholds,
                                listener(context, feed, k, epochs), stopOn(context)))
                .onUpdates(PROGRESS_INTERVAL_MILLIS, events -> {
                    Progress last = events.get(events.size() - 1);
                    progress.set(last.fraction());
                    status.set(last.text());
                })
                .onEnd(() -> running.set(false))
                .onSuccess(done -> {
                    progress.set(1);
                    run.setCrossValidation(done);
                    result.set(done);
                    status.set(k + "-fold cross-validation of " + run.name() + " finished.");
                    tasks.monitor().announce("Cross-validation of " + run.name() + " finished");
                })
                .onFailure(error -> {
                    result.set(run.crossValidationProperty().get());
                    status.set("Cross-validation failed: " + Dialogs.describe(error));
                })
                .reportFailure(error -> new Problem("Cross-validation failed", run.name() + " could not be cross-validated",
                        Dialogs.describe(error)))
                .onCancelled(() -> {
                    progress.set(0);
                    result.set(run.crossValidationProperty().get());
                    status.set("Cross-validation cancelled" + (result.get() == null ? "." : "; the earlier result is shown."));
                })
                .start();
    }

    private static TrainingControl stopOn(JobContext context) {
        return new TrainingControl() {
            @Override
            public boolean stopRequested() {
                return context.cancelRequested();
            }

            @Override
            public void awaitIfPaused() {
            }
        };
    }

    private static BundleTrainer.CrossValidationListener listener(JobContext context, Consumer<Progress> feed, int k,
                                                                  int epochs) {
        return new BundleTrainer.CrossValidationListener() {
            @Override
            public void foldStarted(int fold, int count, int trainRows, int validationRows) {
                report(fold, 0, String.format(Locale.ROOT, "Fold %d / %d: training on %d rows, %d held out",
                        fold, count, trainRows, validationRows));
            }

            @Override
            public void onEpoch(int fold, EpochStats stats) {
                report(fold, stats.epoch(), String.format(Locale.ROOT, "Fold %d / %d · epoch %d / %d",
                        fold, k, stats.epoch(), epochs));
            }

            @Override
            public void foldFinished(int fold, Map<String, Double> metrics) {
                report(fold + 1, 0, String.format(Locale.ROOT, "Fold %d / %d done", fold, k));
            }

            private void report(int fold, int epoch, String text) {
                double done = (fold - 1.0) * epochs + epoch;
                double total = (double) k * epochs;
                context.progress(done, total);
                context.message(text);
                feed.accept(new Progress(done / total, text));
            }
        };
    }

    /** Asks the running job to stop (within one batch). */
    public void cancel() {
        if (running.get() && job != null) {
            job.cancel();
        }
    }

    public RunRecord run() {
        return run;
    }

    /** The number of folds, 2–10. */
    public IntegerProperty foldsProperty() {
        return folds;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction of the epochs of all folds done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening, e.g. "Fold 2 / 5 · epoch 13 / 40". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last finished result; null before the first and while a new one runs. */
    public ReadOnlyObjectProperty<CrossValidationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanBinding canStart() {
        return canStart;
    }

}
