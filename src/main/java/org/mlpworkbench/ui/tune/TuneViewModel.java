package org.mlpworkbench.ui.tune;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mlpworkbench.train.TrainingSwitch;
import org.mlpworkbench.tune.CrossValidationObjective;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.Step;
import org.mlpworkbench.ui.session.TuneRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.JobHandle;
import org.mlpworkbench.ui.train.TrainViewModel;

/**
 * State and commands of the Tune step: the {@link TuneForm}, Start / Pause / Resume / Cancel, the trials as they
 * finish (kept in the session as a {@link TuneRecord}, so a project saves them and a cancelled search keeps them),
 * the best score so far against the trial number, the progress line with its time left, the trial chosen in the
 * table, and "Train with these settings". The whole search is one background {@link TuneJob}.
 */
public final class TuneViewModel {

    /** Trials reach the table at most five times a second. */
    static final long UPDATE_INTERVAL_MILLIS = 200;

    private final WorkbenchModel model;
    private final BackgroundTasks tasks;
    private final TrainViewModel train;
    private final Consumer<Step> show;
    private final int threads;
    private final TuneForm form = new TuneForm();
    private final TrialHistory history = new TrialHistory();
    private final SearchedOn searchedOn = new SearchedOn();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding canStart;
    private final BooleanBinding canTrain;
    private TuneForm.Plan plan;
    private TrainingSwitch control;
    private JobHandle job;
    private long startedNanos;
    private TuneRecord published;

    /** A Tune step whose trials run on {@code threads} threads at once. */
    public TuneViewModel(WorkbenchModel model, BackgroundTasks tasks, TrainViewModel train, Consumer<Step> show, int threads) {
        this.model = model;
        this.tasks = tasks;
        this.train = train;
        this.show = show;
        this.threads = threads;
        canStart = model.hasPreparation().and(active.not()).and(Bindings.isEmpty(form.problem()));
        canTrain = Bindings.createBooleanBinding(() -> history.chosen() != null && searchedOn.matches(model.preparation())
                && !train.activeProperty().get(), history.selectedProperty(), history.trials(), model.preparationProperty(),
                train.activeProperty());
        model.dataProperty().addListener((obs, old, now) -> {
            if (!active.get() && (old == null || now == null || !old.file().equals(now.file()))) {
                model.setTune(null); // another file: its search does not apply
            }
        });
        model.preparationProperty().addListener((obs, old, now) -> {
            if (now != null && !active.get() && history.trials().isEmpty()) {
                form.defaults(now.data().table().rowCount(), Math.max(1, now.fittedOnAllRows().featureNames().size()));
            }
        });
        model.tuneProperty().addListener((obs, old, now) -> {
            if (now != published && !active.get()) {
                restore(now);
            }
        });
    }

    /** Starts a search with the form's space on the current preparation; a bad space is refused with a message. */
    public void start() {
        Preparation preparation = model.preparation();
        if (active.get() || preparation == null) {
            return;
        }
        try {
            plan = form.plan();
            searchedOn.started(preparation, plan.settings().seed());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        history.set(List.of(), CrossValidationObjective.metricFor(preparation.task()));
        control = new TrainingSwitch();
        active.set(true);
        paused.set(false);
        message.set("");
        startedNanos = System.nanoTime();
        publish(TuneRecord.RUNNING);
        refreshProgress();
        job = tasks.jobWithUpdates("Tuning " + preparation.data().name(), new TuneJob(preparation, plan, control, threads))
                .onUpdates(UPDATE_INTERVAL_MILLIS, this::arrived)
                .onSuccess(result -> ended(result.stopReason().label(), endText(result.stopReason().label())))
                .onCancelled(() -> ended("cancelled", endText("cancelled")))
                .onFailure(error -> ended("failed", "The search failed: " + Dialogs.describe(error)
                        + (history.trials().isEmpty() ? "" : "; the " + history.trials().size() + " finished trials are kept.")))
                .reportFailure(error -> new Problem("Tuning failed", "The search could not go on", Dialogs.describe(error)))
                .start();
    }

    private void arrived(List<TuneUpdate> updates) {
        if (history.add(updates.stream().map(TuneUpdate::trial).filter(java.util.Objects::nonNull).toList())) {
            publish(TuneRecord.RUNNING);
        }
        refreshProgress();
    }

    private void ended(String how, String text) {
        active.set(false);
        paused.set(false);
        publish(how);
        progress.set(1);
        progressText.set(text);
        tasks.monitor().announce("Tuning ended: " + text);
    }

    private String endText(String how) {
        return TuneProgress.ended(how, history.trials().size(), history.best(), history.metricProperty().get());
    }

    private void refreshProgress() {
        if (!active.get() || plan == null) {
            return;
        }
        TuneProgress p = TuneProgress.of(history.trials().size(), plan.settings(), (System.nanoTime() - startedNanos) / 1e9,
                paused.get(), history.best(), history.metricProperty().get());
        progress.set(p.fraction());
        progressText.set(p.text());
    }

    private void publish(String how) {
        published = new TuneRecord(form.capture(), history.metricProperty().get(), history.trials(), how);
        model.setTune(published);
    }

    private void restore(TuneRecord record) {
        history.set(record == null ? List.of() : record.trials(), record == null ? "" : record.metric());
        if (record != null) {
            form.apply(record.form());
            searchedOn.restored(model.preparation(), record.form());
        }
        progress.set(record == null ? 0 : 1);
        progressText.set(record == null ? "" : endText(record.ended().equals(TuneRecord.RUNNING) ? "cancelled" : record.ended()));
        published = record;
    }

    /** Holds the search before its next batch of training; the trials running wait too. */
    public void pause() {
        if (active.get() && !paused.get()) {
            control.pause();
            paused.set(true);
            refreshProgress();
        }
    }

    public void resume() {
        if (active.get() && paused.get()) {
            control.resume();
            paused.set(false);
            refreshProgress();
        }
    }

    /** Ends the search within one batch; every finished trial is kept (the running ones are discarded). */
    public void cancel() {
        if (active.get()) {
            control.requestStop();
            if (job != null) {
                job.cancel();
            }
        }
    }

    /** Called by a heartbeat of the view (once a second) so the elapsed time moves between trials. */
    public void tick() {
        refreshProgress();
    }

    /**
     * Fills the Train form with the chosen trial's settings (the selected one, else the best), shows the Train
     * step and starts a normal run with them, which takes the trial's out-of-fold thresholds when it has them.
     */
    public void trainWithChosen() {
        Trial trial = history.chosen();
        if (!canTrain.get() || trial == null) {
            return;
        }
        TrialSettings.apply(trial, searchedOn.seed(), train.form());
        show.accept(Step.TRAIN);
        train.startWithThresholds(trial.thresholdValues());
    }

    public int threads() { // trials at once
        return threads;
    }

    public TuneForm form() {
        return form;
    }

    /** The trials, the best-so-far curve and the selection. */
    public TrialHistory history() {
        return history;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Why the last Start was refused, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canStart() {
        return canStart;
    }

    public BooleanBinding canTrain() {
        return canTrain;
    }
}
