package org.mlpworkbench.ui.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.train.LrFinderResult;
import org.mlpworkbench.train.TrainingSwitch;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.RunSettings;
import org.mlpworkbench.ui.session.RunStatus;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.JobCallbacks;
import org.mlpworkbench.ui.task.JobHandle;
import org.mlpworkbench.ui.task.LiveFeed;

/**
 * State and commands of the Train step: the {@link TrainForm}, Start / Pause / Resume / Stop (each
 * with an {@code executable} binding), the run in progress with its progress line, the run history
 * (in the session) and the run overlaid for comparison, and the learning-rate finder. Each run is one
 * {@link TrainingJob}; its events arrive through a {@link LiveFeed}, at most ~20 batches per second.
 */
public final class TrainViewModel {

    /** Curves are redrawn at most 10 times a second: smooth to the eye, cheap for the UI thread. */
    static final long CHART_INTERVAL_MILLIS = 100;

    private final WorkbenchModel model;
    private final BackgroundTasks tasks;
    private final TrainForm form = new TrainForm();
    private final ReadOnlyObjectWrapper<RunRecord> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<RunStatus> currentStatus = new ReadOnlyObjectWrapper<>(this, "currentStatus");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ObjectProperty<RunRecord> compareWith = new SimpleObjectProperty<>(this, "compareWith");
    private final ReadOnlyObjectWrapper<LrFinderResult> lrResult = new ReadOnlyObjectWrapper<>(this, "lrResult");
    private final ReadOnlyBooleanWrapper lrBusy = new ReadOnlyBooleanWrapper(this, "lrBusy");
    private final BooleanBinding canStart;
    private final BooleanBinding canFindRate;
    private final StringBinding summary;
    private Consumer<Problem> onProblem = p -> { };
    private TrainingSwitch control;
    private JobHandle job;

    public TrainViewModel(WorkbenchModel model, BackgroundTasks tasks) {
        this.model = model;
        this.tasks = tasks;
        model.preparationProperty().addListener((obs, old, now) -> preparationChanged(now));
        preparationChanged(model.preparation());
        current.addListener((obs, old, run) -> {
            currentStatus.unbind();
            if (run == null) {
                currentStatus.set(null);
            } else {
                currentStatus.bind(run.statusProperty());
            }
        });
        canStart = form.validProperty().and(model.hasPreparation()).and(active.not()).and(lrBusy.not());
        canFindRate = canStart;
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
        lrResult.set(null);
    }

    /** Whether two runs learn the same thing (same file and targets), so that their curves compare. */
    private static boolean comparable(RunRecord a, RunRecord b) {
        return a.preparation().data().file().equals(b.preparation().data().file())
                && a.preparation().recipe().targets().equals(b.preparation().recipe().targets());
    }

    /** Starts a run with the form's settings on the current preparation. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        Preparation preparation = model.preparation();
        RunSettings settings = form.settings();
        RunRecord run = new RunRecord(model.nextRunNumber(), preparation, settings);
        model.runs().add(run);
        RunRecord previous = model.runs().size() > 1 ? model.runs().get(model.runs().size() - 2) : null;
        if (compareWith.get() != null && !comparable(compareWith.get(), run)) {
            compareWith.set(null);
        }
        if (compareWith.get() == null && previous != null && comparable(previous, run)) {
            compareWith.set(previous);
        }
        current.set(run);
        control = new TrainingSwitch();
        active.set(true);
        paused.set(false);
        progress.set(0);
        progressText.set("Preparing the training data…");
        int epochs = settings.config().epochs();
        LiveFeed<TrainingEvent> feed = new LiveFeed<>(tasks.uiThread(), CHART_INTERVAL_MILLIS,
                events -> apply(run, events, epochs));
        job = tasks.start(run.name(), new TrainingJob(preparation, settings, control, feed), new JobCallbacks<>() {
            @Override
            public void succeeded(TrainingJob.Outcome outcome) {
                feed.drain();
                run.finish(outcome.result(), outcome.recipe(), outcome.validation());
                if (run.hasModel()) {
                    model.lastModelRunProperty().set(run);
                }
                ended(run, outcome.result().message());
            }

            @Override
            public void failed(Throwable error) {
                feed.drain();
                String why = Dialogs.describe(error);
                run.fail(why);
                ended(run, run.name() + " failed: " + why);
                onProblem.accept(new Problem("Training failed", run.name() + " could not be trained", why));
            }
        });
    }

    private void apply(RunRecord run, List<TrainingEvent> events, int epochs) {
        List<EpochStats> epochStats = new ArrayList<>();
        for (TrainingEvent e : events) {
            if (e instanceof TrainingEvent.Started s) {
                run.started(s.spec(), s.trainRows(), s.validationRows());
            } else if (e instanceof TrainingEvent.Batch b) {
                run.addBatch(b.stats());
                var st = b.stats();
                progress.set(((st.epoch() - 1.0) * st.batchesPerEpoch() + st.batch()) / ((double) epochs * st.batchesPerEpoch()));
            } else if (e instanceof TrainingEvent.Epoch ep) {
                epochStats.add(ep.stats());
            }
        }
        if (!epochStats.isEmpty()) {
            run.addEpochs(epochStats);
            progressText.set(TrainingJob.progressText(epochStats.get(epochStats.size() - 1), epochs));
        }
    }

    private void ended(RunRecord run, String message) {
        active.set(false);
        paused.set(false);
        if (run.statusProperty().get() == RunStatus.COMPLETED || run.statusProperty().get() == RunStatus.EARLY_STOPPED) {
            progress.set(1);
        }
        progressText.set(run.name() + " " + run.statusProperty().get() + ". " + message);
        tasks.monitor().announce(run.name() + " " + run.statusProperty().get());
    }

    /** Pauses the running training (the worker thread blocks before its next batch). */
    public void pause() {
        if (active.get() && !paused.get()) {
            control.pause();
            paused.set(true);
            current.get().setPaused(true);
        }
    }

    public void resume() {
        if (active.get() && paused.get()) {
            control.resume();
            paused.set(false);
            current.get().setPaused(false);
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
            current.set(run);
            progress.set(run.statusProperty().get() == RunStatus.COMPLETED ? 1 : progress.get());
            progressText.set(run.name() + " " + run.statusProperty().get() + ". " + run.messageProperty().get());
        }
    }

    /** Runs the learning-rate range test with the form's settings. */
    public void findLearningRate() {
        if (!canFindRate.get()) {
            return;
        }
        lrBusy.set(true);
        tasks.start("Finding a learning rate", new LrFinderJob(model.preparation(), form.settings()),
                new JobCallbacks<LrFinderResult>() {
                    @Override
                    public void succeeded(LrFinderResult result) {
                        lrBusy.set(false);
                        lrResult.set(result);
                        tasks.monitor().announce(Double.isNaN(result.suggestedRate())
                                ? "No learning rate could be suggested: the loss did not fall during the sweep"
                                : "Suggested learning rate: " + formatRate(result.suggestedRate()));
                    }

                    @Override
                    public void failed(Throwable error) {
                        lrBusy.set(false);
                        onProblem.accept(new Problem("Learning-rate finder failed", "No learning rate could be found",
                                Dialogs.describe(error)));
                    }
                });
    }

    /** Puts the finder's suggestion into the learning-rate field. */
    public void useSuggestedRate() {
        LrFinderResult r = lrResult.get();
        if (r != null && !Double.isNaN(r.suggestedRate())) {
            form.learningRate.set(formatRate(r.suggestedRate()));
        }
    }

    /** A rate in two significant digits, e.g. "0.0031" or "2.5e-05". */
    static String formatRate(double rate) {
        String s = String.format(Locale.ROOT, "%.2g", rate);
        return s.contains("e") ? s : Double.toString(Double.parseDouble(s));
    }

    public void setOnProblem(Consumer<Problem> handler) {
        this.onProblem = handler;
    }

    public TrainForm form() {
        return form;
    }

    public WorkbenchModel model() {
        return model;
    }

    /** The run shown (the running one, or the last started). */
    public ReadOnlyObjectProperty<RunRecord> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The status of the shown run (null when none). */
    public ReadOnlyObjectProperty<RunStatus> currentStatusProperty() {
        return currentStatus.getReadOnlyProperty();
    }

    /** True while a run is training (also while paused). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** Share of the run's batches done, in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Epoch 12 / 50 · 0:14 left · 45,200 samples/s", or how the run ended. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The earlier run whose loss curves are overlaid (null: none). */
    public ObjectProperty<RunRecord> compareWithProperty() {
        return compareWith;
    }

    public ReadOnlyObjectProperty<LrFinderResult> lrResultProperty() {
        return lrResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lrBusyProperty() {
        return lrBusy.getReadOnlyProperty();
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
