package org.mlpworkbench.ui.evaluate;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.BackgroundTasks;

/**
 * The cross-validation view-model of each run of the session, created on first use and kept while the run is
 * in the session, so a result (minutes of training) and a running job survive the Evaluate step's tabs being
 * rebuilt when the user evaluates another run or a file and comes back. Owned by the Evaluate step's
 * view-model; UI thread only.
 */
public final class CrossValidationsByRun {

    private final Map<RunRecord, CrossValidationViewModel> byRun = new IdentityHashMap<>();
    private final BackgroundTasks tasks;

    /** Keeps one view-model per run of {@code runs}, forgetting a run's when it leaves the list. */
    public CrossValidationsByRun(ObservableList<RunRecord> runs, BackgroundTasks tasks) {
        this.tasks = tasks;
        runs.addListener((ListChangeListener<RunRecord>) c -> byRun.keySet().retainAll(runs));
    }

    /** {@code run}'s cross-validation view-model. */
    public CrossValidationViewModel of(RunRecord run) {
        return byRun.computeIfAbsent(run, r -> new CrossValidationViewModel(r, tasks));
    }
}
