package org.mlpworkbench.ui.evaluate;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.mlpworkbench.ui.session.RunRecord;

/**
 * One view-model per run of the session, created on first use and kept while the run is in the session, so
 * a result and a running job survive the Evaluate step's tabs being rebuilt when the user evaluates another
 * run or a file and comes back. UI thread only.
 *
 * @param <T> the view-model
 */
public final class ViewModelsByRun<T> {

    private final Map<RunRecord, T> byRun = new IdentityHashMap<>();
    private final Function<RunRecord, T> create;

    /** Keeps one view-model per run of {@code runs}, made by {@code create}, forgetting a run's when it leaves the list. */
    public ViewModelsByRun(ObservableList<RunRecord> runs, Function<RunRecord, T> create) {
        this.create = create;
        runs.addListener((ListChangeListener<RunRecord>) c -> byRun.keySet().retainAll(runs));
    }

    /** {@code run}'s view-model. */
    public T of(RunRecord run) {
        return byRun.computeIfAbsent(run, create);
    }
}
