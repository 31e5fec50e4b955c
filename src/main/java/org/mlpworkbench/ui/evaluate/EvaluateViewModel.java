package org.mlpworkbench.ui.evaluate;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.metrics.ThresholdMetric;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.RunChoice;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.LatestJob;

/**
 * State and commands of the Evaluate step. The user picks a run with a model (the latest by default) and a
 * source — its validation split, or a labelled CSV file read in the background; each evaluation is scored
 * in one job that builds the curves, then a {@link ThresholdExplorer} (binary, multi-label) moves the run's
 * thresholds, with its {@link CostChoice} and {@link CompareChoice}. A failed or cancelled file evaluation
 * leaves what was shown. {@link #statusProperty()} is the step's status, e.g. "acc 0.826 @ 0.50".
 */
public final class EvaluateViewModel {

    private final BackgroundTasks tasks;
    private final RunChoice choice;
    private final ObjectProperty<RunRecord> run;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Scored> scored = new ReadOnlyObjectWrapper<>(this, "scored");
    private final ReadOnlyObjectWrapper<ThresholdExplorer> explorer = new ReadOnlyObjectWrapper<>(this, "explorer");
    private final ReadOnlyObjectWrapper<CostChoice> costs = new ReadOnlyObjectWrapper<>(this, "costs");
    private final ReadOnlyObjectWrapper<CompareChoice> compare = new ReadOnlyObjectWrapper<>(this, "compare");
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper(this, "sourceText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final CurveLines curveLines = new CurveLines();
    private Table fileTable;
    private RunRecord shownRun;
    private final LatestJob evaluation = new LatestJob();

    public EvaluateViewModel(WorkbenchModel model, BackgroundTasks tasks) {
        this.tasks = tasks;
        this.choice = new RunChoice(model, false);
        this.run = choice.chosenProperty();
        run.addListener((obs, old, now) -> evaluate());
        costs.addListener((obs, old, now) -> CostChoice.close(old));
        compare.addListener((obs, old, now) -> CompareChoice.close(old));
        evaluate();
    }

    /** Evaluates the chosen run on the chosen source again (after a change of run). */
    private void evaluate() {
        RunRecord r = run.get();
        if (r == null || !r.hasModel()) {
            cancel();
            show(null);
            sourceText.set("Train a model in the Train step to evaluate it here.");
            return;
        }
        if (file.get() != null) {
            start(EvaluationJob.on(r, file.get(), fileTable), file.get());
        } else {
            useValidation();
        }
    }

    /** Evaluates the chosen run on the rows it held out for validation (the default source). */
    public void useValidation() {
        RunRecord r = run.get();
        file.set(null);
        fileTable = null;
        if (r == null || !r.hasModel()) {
            return;
        }
        if (r.validation() == null || r.validation().features().rows() == 0) {
            cancel();
            show(null);
            sourceText.set(r.name() + " held out no rows for validation (validation share 0), so there is nothing to "
                    + "evaluate it on yet: choose \"Evaluate on a labelled file…\".");
            return;
        }
        start(EvaluationJob.validation(r), null);
    }

    /** Reads {@code labelled} in the background and evaluates the chosen run on it. */
    public void useFile(Path labelled) {
        RunRecord r = run.get();
        if (r != null && r.hasModel()) {
            start(EvaluationJob.file(r.bundleSnapshot(), labelled, null), labelled);
        }
    }

    private void start(EvaluationJob work, Path from) {
        RunRecord r = run.get();
        busy.set(true);
        String name = from == null ? "its validation split" : String.valueOf(from.getFileName());
        tasks.job(from == null ? "Evaluating " + r.name() : "Evaluating " + r.name() + " on " + from.getFileName(), work)
                .latestIn(evaluation)
                .onEnd(() -> busy.set(false))
                .onSuccess(result -> {
                    file.set(from);
                    fileTable = result.table();
                    show(result.scored());
                })
                .onFailure(error -> {
                    tasks.monitor().announce("Could not evaluate on " + name);
                    showRunOrNothing(r);
                })
                .reportFailure(error -> new Problem("Cannot evaluate", r.name() + " cannot be evaluated on " + name,
                        from == null ? String.valueOf(error.getMessage()) : EvaluationJob.describe(from, error)))
                .onCancelled(() -> {
                    tasks.monitor().announce("Evaluation cancelled");
                    showRunOrNothing(r);
                })
                .start();
    }

    /** After a failed or cancelled evaluation: what is shown stays if it is {@code r}'s, else r's validation split. */
    private void showRunOrNothing(RunRecord r) {
        if (shownRun != r && run.get() == r && file.get() != null) {
            useValidation();
        }
    }

    /** Stops a running evaluation; what is shown stays. */
    public void cancel() {
        evaluation.cancel();
    }

    private void show(Scored result) {
        RunRecord r = run.get();
        shownRun = result == null ? null : r;
        ThresholdExplorer shown = result == null || !result.hasThresholds() ? null
                : new ThresholdExplorer(result, r.thresholdsProperty().get(), r::setThresholds);
        costs.set(shown == null ? null : new CostChoice(shown, r.costs().get(), r.costs()::set, tasks));
        compare.set(shown == null ? null
                : new CompareChoice(shown, r, choice.runs(), EvaluationJob.onSource(file.get(), fileTable), tasks));
        explorer.set(shown);
        scored.set(result);
        if (result == null) {
            summary.set("");
            status.set("");
            return;
        }
        sourceText.set(MetricsText.source(result.data(), file.get() != null));
        summary.set(MetricsText.summary(result.summary()));
        if (shown != null) {
            shown.pointProperty().addListener((obs, old, now) -> status.set(MetricsText.status(shown)));
            shown.scoresProperty().addListener((obs, old, now) -> status.set(MetricsText.status(shown)));
        }
        status.set(shown != null ? MetricsText.status(shown) : MetricsText.status(result));
    }

    /** The best-threshold command of the menus and buttons: acts on the explorer when there is one. */
    public void best(ThresholdMetric metric) {
        withExplorer(e -> e.best(metric));
    }

    /** "Best per label" for multi-label models (the same as {@link #best} otherwise). */
    public void bestPerLabel(ThresholdMetric metric) {
        withExplorer(e -> e.bestPerLabel(metric));
    }

    /** Back to 0.5. */
    public void resetThreshold() {
        withExplorer(ThresholdExplorer::reset);
    }

    private void withExplorer(java.util.function.Consumer<ThresholdExplorer> command) {
        java.util.Optional.ofNullable(explorer.get()).ifPresent(command);
    }

    /** The "Copy metrics" text of what is shown (empty when nothing is evaluated). */
    public String metricsReport() {
        ThresholdExplorer e = explorer.get();
        return scored.get() == null ? "" : e != null ? MetricsText.report(run.get().name(), e)
                : MetricsText.report(run.get().name(), scored.get());
    }

    /** Runs of the session that have a model, oldest first. */
    public ObservableList<RunRecord> runs() {
        return choice.runs();
    }

    /** The run evaluated; set it to evaluate another. */
    public ObjectProperty<RunRecord> runProperty() {
        return run;
    }

    /** The labelled file evaluated on, or null for the validation split. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The current evaluation (null while there is none). */
    public ReadOnlyObjectProperty<Scored> scoredProperty() {
        return scored.getReadOnlyProperty();
    }

    /** The costs of the explorer's thresholds (with the explorer, else null). */
    public ReadOnlyObjectProperty<CostChoice> costsProperty() {
        return costs.getReadOnlyProperty();
    }

    /** The second run on the threshold screen (with the explorer, else null). */
    public ReadOnlyObjectProperty<CompareChoice> compareProperty() {
        return compare.getReadOnlyProperty();
    }

    /** The threshold explorer of a binary or multi-label evaluation, else null. */
    public ReadOnlyObjectProperty<ThresholdExplorer> explorerProperty() {
        return explorer.getReadOnlyProperty();
    }

    /** What is evaluated on, in words, or why nothing can be. */
    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    /** The threshold-free metrics in one line, e.g. "ROC AUC 0.861 · average precision 0.823". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The step's status, e.g. "acc 0.826 @ 0.50". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a file is read or a model scored. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Progress of the running file read, in [0, 1] or negative when unknown (valid while {@link #busyProperty()}). */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return tasks.monitor().progressProperty();
    }

    /** Which lines the threshold chart draws besides accuracy. */
    public CurveLines curveLines() {
        return curveLines;
    }
}
