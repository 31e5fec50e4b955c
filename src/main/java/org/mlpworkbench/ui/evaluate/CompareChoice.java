package org.mlpworkbench.ui.evaluate;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.LatestJob;
import org.mlpworkbench.ui.session.RunRecord;

/**
 * A second run on the threshold screen ("Compare with"): one of the session's other runs with a model for the
 * same task and outputs, scored in a background job on the same source as the explorer's run (its own
 * validation split, or the same labelled file). Its curve follows the explorer's (the binary curve, the pooled
 * one, or the selected label's), and its point at the explorer's threshold is looked up like the explorer's,
 * by one binary search per move.
 */
public final class CompareChoice {

    private final ThresholdExplorer explorer;
    private final Function<RunRecord, EvaluationJob> scoring;
    private final BackgroundTasks tasks;
    private final FilteredList<RunRecord> candidates;
    private final ObjectProperty<RunRecord> other = new SimpleObjectProperty<>(this, "other");
    private final ReadOnlyObjectWrapper<Scored> scored = new ReadOnlyObjectWrapper<>(this, "scored");
    private final ReadOnlyObjectWrapper<ThresholdCurve> curve = new ReadOnlyObjectWrapper<>(this, "curve");
    private final ReadOnlyObjectWrapper<ThresholdPoint> point = new ReadOnlyObjectWrapper<>(this, "point");
    private final LatestJob job = new LatestJob();

    /**
     * @param shown   the run the explorer shows
     * @param runs    the session's runs with a model
     * @param scoring how a run is scored on the explorer's source
     */
    public CompareChoice(ThresholdExplorer explorer, RunRecord shown, ObservableList<RunRecord> runs,
            Function<RunRecord, EvaluationJob> scoring, BackgroundTasks tasks) {
        this.explorer = explorer;
        this.scoring = scoring;
        this.tasks = tasks;
        EvaluationData data = explorer.scored().data();
        candidates = new FilteredList<>(runs, r -> r != shown && r.hasModel() && r.recipe() != null
                && r.recipe().task() == data.task() && r.recipe().outputNames().equals(data.outputNames()));
        other.addListener((obs, old, now) -> score(now));
        explorer.curveProperty().addListener((obs, old, now) -> follow());
        explorer.thresholdProperty().addListener((obs, old, now) -> move());
    }

    private void score(RunRecord run) {
        scored.set(null);
        follow();
        if (run == null) {
            job.cancel();
            return;
        }
        tasks.job("Evaluating " + run.name() + " to compare", scoring.apply(run)).latestIn(job)
                .onSuccess(result -> {
                    if (other.get() == run) {
                        scored.set(result.scored());
                        follow();
                    }
                })
                .onFailure(error -> {
                    tasks.monitor().announce(run.name() + " could not be evaluated to compare: " + error.getMessage());
                    if (other.get() == run) {
                        other.set(null);
                    }
                })
                .start();
    }

    /** Puts the second run's curve on the one the explorer shows. */
    private void follow() {
        Scored s = scored.get();
        if (s == null) {
            curve.set(null);
        } else if (s.multiLabel() == null) {
            curve.set(s.binary());
        } else {
            curve.set(explorer.modeProperty().get() == ThresholdExplorer.Mode.PER_LABEL
                    ? s.multiLabel().label(explorer.labelProperty().get()) : s.multiLabel().pooled());
        }
        move();
    }

    private void move() {
        ThresholdCurve c = curve.get();
        point.set(c == null ? null : c.at(explorer.thresholdProperty().get()));
    }

    /** Cancels {@code choice}'s background job, if there is a choice: the screen it served is being replaced. */
    static void close(CompareChoice choice) {
        if (choice != null) {
            choice.job.cancel();
        }
    }

    /** The runs that can be compared: the session's other runs with a model for the same task and outputs. */
    public ObservableList<RunRecord> candidates() {
        return candidates;
    }

    /** The run compared with; null for none. */
    public ObjectProperty<RunRecord> otherProperty() {
        return other;
    }

    /** The second run's evaluation; null without one and while it is scored. */
    public ReadOnlyObjectProperty<Scored> scoredProperty() {
        return scored.getReadOnlyProperty();
    }

    /** The second run's curve matching the explorer's (null without one). */
    public ReadOnlyObjectProperty<ThresholdCurve> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    /** The second run's counts and metrics at the explorer's threshold (null without one). */
    public ReadOnlyObjectProperty<ThresholdPoint> pointProperty() {
        return point.getReadOnlyProperty();
    }
}
