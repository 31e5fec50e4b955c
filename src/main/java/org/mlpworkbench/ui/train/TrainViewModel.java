package org.mlpworkbench.ui.train;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.train.TrainingSwitch;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.RunSettings;
import org.mlpworkbench.ui.session.RunStatus;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.JobHandle;

/**
 * State and commands of the Train step: the {@link TrainForm}, Start / Pause / Resume / Stop (each
 * with an {@code executable} binding), the run in progress with its progress line, the run history
 * (in the session) and the run overlaid for comparison, and the learning-rate finder. Each run is one
 * {@link TrainingJob}; its events arrive as the job's updates, at most 10 batches of them per second.
 */
public final class TrainViewModel {

    /** Curves are redrawn at most 10 times a second: smooth to the eye, cheap for the UI thread. */
    static final long CHART_INTERVAL_MILLIS = 100;

    private final WorkbenchModel model;
    private final BackgroundTasks tasks;
    private final TrainForm form = new TrainForm();
    private final ShownRun shown = new ShownRun();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final BooleanBinding paused = Bindings.equal(RunStatus.PAUSED, shown.statusProperty());
    private final ObjectProperty<RunRecord> compareWith = new SimpleObjectProperty<>(this, "compareWith");
    private final LrFinderModel lrFinder;
    private final BooleanBinding canStart;
    private final StringBinding summary;
    private TrainingSwitch control;
    private JobHandle job;

    public TrainViewModel(WorkbenchModel model, BackgroundTasks tasks) {
        this.model = model;
        this.tasks = tasks;
        this.lrFinder = new LrFinderModel(tasks, form);
        model.preparationProperty().addListener((obs, old, now) -> preparationChanged(now));
        preparationChanged(model.preparation());
        canStart = form.validProperty().and(model.hasPreparation()).and(active.not()).and(lrFinder.busyProperty().not());
        summary = Bindings.createStringBinding(() -> {
            Preparation p = model.preparation();
            if (p == null || form.output.get() == null) {
                return "";
            }
            var fitted = p.fittedOnAllRows();
            int features = fitted.featureNames().size();
            int outputs = fitted.outputNames().size();
            return String.format(Locale.ROOT, "%d rows × %d %s → %d %s · loss: %s", fitted.fittedRows(), features,
                    features == 1 ? "feature" : "features", outputs, outputs == 1 ? "output" : "outputs",
                    form.output.get().lossName());
        }, model.preparationProperty(), form.output);
    }

    private void preparationChanged(Preparation now) {
        form.taskProperty().set(now == null ? null : TaskKind.of(now.task()));
        form.dataRowsProperty().set(now == null ? 0 : now.data().table().rowCount());
        lrFinder.clear();
    }

    /** Whether two runs learn the same thing (same file and targets), so that their curves compare. */
    private static boolean comparable(RunRecord a, RunRecord b) {
        return a.preparation().data().file().equals(b.preparation().data().file())
                && a.preparation().recipe().targets().equals(b.preparation().recipe().targets());
    }

    /** Starts a run with the form's settings on the current preparation. */
    public void start() {
        startWithThresholds(List.of());
    }

    /**
     * Starts a run with the form's settings that, once trained, takes {@code thresholds} (one per output, as
     * a tune trial chose them on its out-of-fold predictions) instead of 0.5; ignored when they do not fit
     * the trained outputs.
     */
    public void startWithThresholds(List<Double> thresholds) {
        if (!canStart.get()) {
            return;
        }
        Preparation preparation = model.preparation();
        RunSettings settings = form.settings();
        RunRecord run = new RunRecord(model.nextRunNumber(), preparation, settings);
        model.addRun(run);
        RunRecord previous = model.runs().size() > 1 ? model.runs().get(model.runs().size() - 2) : null;
        if (compareWith.get() != null && !comparable(compareWith.get(), run)) {
            compareWith.set(null);
        }
        if (compareWith.get() == null && previous != null && comparable(previous, run)) {
            compareWith.set(previous);
        }
        shown.starting(run);
        control = new TrainingSwitch();
        active.set(true);
        int epochs = settings.config().epochs();
        job = tasks.jobWithUpdates(run.name(), new TrainingJob(preparation, settings, control))
                .onUpdates(CHART_INTERVAL_MILLIS, events -> shown.apply(run, events, epochs, settings.config().patience() > 0))
                .onSuccess(trained -> {
                    run.finish(trained, Instant.now());
                    if (thresholds.size() == run.thresholdsProperty().get().size()) {
                        run.setThresholds(thresholds);
                    }
                    model.runEnded(run);
                    ended(run, trained.result().message());
                })
                .onFailure(error -> {
                    run.endWithoutModel(RunStatus.FAILED, Dialogs.describe(error), Instant.now());
                    ended(run, run.name() + " failed: " + Dialogs.describe(error));
                })
                .reportFailure(error -> new Problem("Training failed", run.name() + " could not be trained",
                        Dialogs.describe(error)))
                .start();
    }

    private void ended(RunRecord run, String message) {
        active.set(false);
        shown.ended(run, message);
        tasks.monitor().announce(run.name() + " " + run.statusProperty().get());
    }

    /** Pauses the running training (the worker thread blocks before its next batch); the run's status says so. */
    public void pause() {
        if (active.get() && !paused.get()) {
            control.pause();
            shown.runProperty().get().setPaused(true);
        }
    }

    public void resume() {
        if (active.get() && paused.get()) {
            control.resume();
            shown.runProperty().get().setPaused(false);
        }
    }

    /** Stops the running training within one batch; the run keeps the weights reached so far. */
    public void stop() {
        if (active.get()) {
            control.requestStop();
            if (job != null) {
                job.cancel();
            }
        }
    }

    /** Shows an earlier run's curves (ignored while a run is training). */
    public void showRun(RunRecord run) {
        if (!active.get() && run != null) {
            shown.show(run);
        }
    }

    /** Runs the learning-rate range test with the form's settings. */
    public void findLearningRate() {
        if (canStart.get()) {
            lrFinder.find(model.preparation(), form.settings());
        }
    }

    public TrainForm form() {
        return form;
    }

    public WorkbenchModel model() {
        return model;
    }

    /** The run shown (the running one, or the last started). */
    public ReadOnlyObjectProperty<RunRecord> currentProperty() {
        return shown.runProperty();
    }

    /** The status of the shown run (null when none). */
    public ReadOnlyObjectProperty<RunStatus> currentStatusProperty() {
        return shown.statusProperty();
    }

    /** True while a run is training (also while paused). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** True while the shown run is paused (its status, the one place this is kept). */
    public BooleanBinding pausedProperty() {
        return paused;
    }

    /** Share of the run's batches done, in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return shown.progressProperty();
    }

    /** "Epoch 12 / 50 · 0:14 left · 45,200 samples/s", or how the run ended. */
    public ReadOnlyStringProperty progressTextProperty() {
        return shown.textProperty();
    }

    /** The earlier run whose loss curves are overlaid (null: none). */
    public ObjectProperty<RunRecord> compareWithProperty() {
        return compareWith;
    }

    /** The learning-rate finder's result and suggestion. */
    public LrFinderModel lrFinder() {
        return lrFinder;
    }

    /** Start is executable: valid form, prepared data, nothing running. */
    public BooleanBinding canStart() {
        return canStart;
    }

    /** "891 rows × 10 features → 1 output · loss: binary cross-entropy" for the current preparation and loss. */
    public StringBinding summary() {
        return summary;
    }
}
