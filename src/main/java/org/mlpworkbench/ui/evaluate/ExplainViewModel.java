package org.mlpworkbench.ui.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.bundle.ExplainListener;
import org.mlpworkbench.bundle.ExplainRows;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.PartialDependence;
import org.mlpworkbench.bundle.PermutationImportance;
import org.mlpworkbench.prep.InputFeatures;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.JobContext;
import org.mlpworkbench.ui.task.JobHandle;

/**
 * Explaining one run's model on the rows it is evaluated on ({@link #use}: its validation split or a labelled
 * file): permutation importance of every input column and the partial dependence of a chosen output on a
 * chosen column, each computed in one background job with progress and cancel (one job at a time). The last
 * result of each is kept with the rows it was computed on, for as long as the run is in the session
 * ({@link ViewModelsByRun}). Binary and multi-label models are scored at the run's thresholds as they are when
 * the job starts.
 */
public final class ExplainViewModel {

    static final long PROGRESS_INTERVAL_MILLIS = 100;

    /** An importance result and the rows it was computed on, in words. */
    public record Importance(String source, PermutationImportance result) {
    }

    /** A partial dependence and the rows it was computed on, in words. */
    public record Dependence(String source, PartialDependence result) {
    }

    private final RunRecord run;
    private final BackgroundTasks tasks;
    private final IntegerProperty repeats = new SimpleIntegerProperty(this, "repeats",
            PermutationImportance.Options.DEFAULT_REPEATS);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> outputs = FXCollections.observableArrayList();
    private final ObjectProperty<String> column = new SimpleObjectProperty<>(this, "column");
    private final IntegerProperty output = new SimpleIntegerProperty(this, "output");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Importance> importance = new ReadOnlyObjectWrapper<>(this, "importance");
    private final ReadOnlyObjectWrapper<Dependence> dependence = new ReadOnlyObjectWrapper<>(this, "dependence");
    private EvaluationData data;
    private JobHandle job;

    public ExplainViewModel(RunRecord run, BackgroundTasks tasks) {
        this.run = run;
        this.tasks = tasks;
        List<String> names = run.recipe().inputColumns().stream().map(InputFeatures::column).toList();
        columns.setAll(names);
        outputs.setAll(run.recipe().outputNames());
        column.set(names.isEmpty() ? null : names.get(0));
        status.set("Compute to see which input columns " + run.name() + " relies on.");
    }

    /** The rows the next computation uses (an evaluation of this run); null when they were not kept. */
    public void use(EvaluationData evaluated) {
        data = evaluated;
    }

    /** True when there are rows to compute on (see {@link #use}). */
    public boolean hasRows() {
        return data != null && data.prepared() != null && data.rows() > 0;
    }

    /** Starts permutation importance on the rows in use (ignored while a job runs or without rows). */
    public void computeImportance() {
        if (running.get() || !hasRows()) {
            return;
        }
        PermutationImportance.Options options = new PermutationImportance.Options(Math.max(1, repeats.get()),
                PermutationImportance.Options.DEFAULT_SEED, PermutationImportance.Options.DEFAULT_MAX_ROWS);
        String source = data.source();
        Prepared rows = data.prepared();
        start("Permutation importance of " + run.name(), "importance", (bundle, listener) -> {
            ExplainRows explained = ExplainRows.of(bundle, rows);
            return new Importance(source, PermutationImportance.compute(explained, bundle.thresholds(), options, listener));
        }, done -> {
            importance.set(done);
            PermutationImportance r = done.result();
            status.set(String.format(Locale.ROOT, "Importance on %d rows of the %s, %d shuffles per column.",
                    r.rows(), source, r.options().repeats()));
        });
    }

    /** Starts the partial dependence of the chosen output on the chosen column (ignored while a job runs). */
    public void computeDependence() {
        String chosen = column.get();
        int out = output.get();
        if (running.get() || !hasRows() || chosen == null || out < 0 || out >= outputs.size()) {
            return;
        }
        String source = data.source();
        Prepared rows = data.prepared();
        start("Partial dependence of " + run.name() + " on " + chosen, "partial dependence", (bundle, listener) ->
                new Dependence(source, PartialDependence.compute(ExplainRows.of(bundle, rows), chosen, out,
                        PartialDependence.DEFAULT_MAX_ROWS, PermutationImportance.Options.DEFAULT_SEED, listener)),
                done -> {
                    dependence.set(done);
                    status.set(String.format(Locale.ROOT, "Partial dependence of %s on %s, averaged over %d rows of the %s.",
                            done.result().output(), chosen, done.result().rows(), source));
                });
    }

    /** The work of one job: the run's bundle and a listener in, a result out. */
    private interface Work<T> {
        T run(ModelBundle bundle, ExplainListener listener);
    }

    private <T> void start(String title, String what, Work<T> work, Consumer<T> done) {
        Supplier<ModelBundle> snapshot = run.bundleSnapshot();
        running.set(true);
        progress.set(0);
        status.set("Computing " + what + "…");
        job = tasks.jobWithUpdates(title, (JobContext context, Consumer<Double> feed) ->
                        work.run(snapshot.get(), listener(context, feed)))
                .onUpdates(PROGRESS_INTERVAL_MILLIS, events -> progress.set(events.get(events.size() - 1)))
                .onEnd(() -> running.set(false))
                .onSuccess(result -> {
                    progress.set(1);
                    done.accept(result);
                    tasks.monitor().announce(title + " finished");
                })
                .onFailure(error -> status.set("Computing " + what + " failed: " + Dialogs.describe(error)))
                .reportFailure(error -> new Problem("Cannot explain the model", title + " failed", Dialogs.describe(error)))
                .onCancelled(() -> {
                    progress.set(0);
                    status.set("Computing " + what + " was cancelled; the earlier result, if any, is shown.");
                })
                .start();
    }

    private static ExplainListener listener(JobContext context, Consumer<Double> feed) {
        return new ExplainListener() {
            @Override
            public void progress(int done, int total) {
                context.progress(done, total);
                context.message(done + " / " + total + " model evaluations");
                feed.accept((double) done / total);
            }

            @Override
            public boolean cancelled() {
                return context.cancelRequested();
            }
        };
    }

    /** Asks the running job to stop (within one model evaluation). */
    public void cancel() {
        if (running.get() && job != null) {
            job.cancel();
        }
    }

    public RunRecord run() {
        return run;
    }

    /** Shuffles per column, at least 1 (default 5). */
    public IntegerProperty repeatsProperty() {
        return repeats;
    }

    /** The input columns of the run's recipe, in feature order. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** The model's outputs, e.g. ["Survived=1"]. */
    public ObservableList<String> outputs() {
        return outputs;
    }

    /** The column partial dependence is computed for. */
    public ObjectProperty<String> columnProperty() {
        return column;
    }

    /** The index of the output partial dependence is computed for. */
    public IntegerProperty outputProperty() {
        return output;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction of the running job's model evaluations done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What happened last, in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last importance result, or null. */
    public ReadOnlyObjectProperty<Importance> importanceProperty() {
        return importance.getReadOnlyProperty();
    }

    /** The last partial dependence, or null. */
    public ReadOnlyObjectProperty<Dependence> dependenceProperty() {
        return dependence.getReadOnlyProperty();
    }
}
