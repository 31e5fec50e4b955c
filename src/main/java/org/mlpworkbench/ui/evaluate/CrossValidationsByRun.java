package org.mlpworkbench.ui.evaluate;

import javafx.collections.ObservableList;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.BackgroundTasks;

/**
 * The cross-validation view-model of each run of the session, kept while the run is in the session (a result
 * is minutes of training). Owned by the Evaluate step's view-model; UI thread only.
 */
public final class CrossValidationsByRun extends ViewModelsByRun<CrossValidationViewModel> {

    /** Keeps one view-model per run of {@code runs}, forgetting a run's when it leaves the list. */
    public CrossValidationsByRun(ObservableList<RunRecord> runs, BackgroundTasks tasks) {
        super(runs, r -> new CrossValidationViewModel(r, tasks));
    }
}
