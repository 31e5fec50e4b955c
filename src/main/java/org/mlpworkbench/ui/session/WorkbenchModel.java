package org.mlpworkbench.ui.session;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session: everything the user has done so far (the loaded data, the preparation, the training
 * runs), held in one place so that moving between steps loses nothing and later steps (evaluation,
 * export, projects) read their input from here. Every view-model reads it through read-only properties
 * and changes it only through the commands below, on the UI thread.
 */
public final class WorkbenchModel {

    private final ReadOnlyObjectWrapper<DataSet> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final BooleanBinding hasData = Bindings.isNotNull(data);
    private final ReadOnlyObjectWrapper<Preparation> preparation = new ReadOnlyObjectWrapper<>(this, "preparation");
    private final BooleanBinding hasPreparation = Bindings.isNotNull(preparation);
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    private final ObservableList<RunRecord> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyObjectWrapper<RunRecord> lastModelRun = new ReadOnlyObjectWrapper<>(this, "lastModelRun");
    private final ReadOnlyObjectWrapper<TuneRecord> tune = new ReadOnlyObjectWrapper<>(this, "tune");
    private int reservedRunNumbers;

    /** The Tune step's search (its trials so far), or null when none was run. */
    public ReadOnlyObjectProperty<TuneRecord> tuneProperty() {
        return tune.getReadOnlyProperty();
    }

    public TuneRecord tune() {
        return tune.get();
    }

    /** The Tune step's search changed (a trial finished, it ended, a project restored it); null clears it. */
    public void setTune(TuneRecord record) {
        tune.set(record);
    }

    /** The loaded CSV, or null before the first load. */
    public ReadOnlyObjectProperty<DataSet> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public DataSet data() {
        return data.get();
    }

    /** The Data step loaded a file, or changed a column's type. */
    public void setData(DataSet loaded) {
        data.set(loaded);
    }

    /** True once a table is loaded (enables the Prepare step). */
    public BooleanBinding hasData() {
        return hasData;
    }

    /** The recipe chosen in the Prepare step, or null while there is none that can be fitted. */
    public ReadOnlyObjectProperty<Preparation> preparationProperty() {
        return preparation.getReadOnlyProperty();
    }

    public Preparation preparation() {
        return preparation.get();
    }

    /** The Prepare step fitted a recipe (null: there is none that fits). */
    public void setPreparation(Preparation fitted) {
        preparation.set(fitted);
    }

    /** True while a fitted recipe exists (enables the Train step). */
    public BooleanBinding hasPreparation() {
        return hasPreparation;
    }

    /** Every training run of the session, oldest first (kept when the data or recipe changes); read-only. */
    public ObservableList<RunRecord> runs() {
        return runsView;
    }

    /** A run started. */
    public void addRun(RunRecord run) {
        runs.add(Objects.requireNonNull(run, "run"));
    }

    /** A run ended; one with a usable model becomes the one evaluation and export use. */
    public void runEnded(RunRecord run) {
        if (run.hasModel()) {
            lastModelRun.set(run);
        }
    }

    /**
     * The runs of an opened project replace the session's ({@code latest}, when not null, becomes the run
     * evaluation and export use), or an empty list clears them.
     */
    public void replaceRuns(List<RunRecord> restored, RunRecord latest) {
        lastModelRun.set(null);
        runs.setAll(restored);
        if (latest != null && restored.contains(latest) && latest.hasModel()) {
            lastModelRun.set(latest);
        }
    }

    /** The most recent run that ended with a usable model (what evaluation and export will use). */
    public ReadOnlyObjectProperty<RunRecord> lastModelRunProperty() {
        return lastModelRun.getReadOnlyProperty();
    }

    /**
     * The number the next run gets: one more than any run of the session and than the numbers reserved
     * by {@link #reserveRunNumbers}, so no two runs ever share a number.
     */
    public int nextRunNumber() {
        return 1 + Math.max(reservedRunNumbers, runs.stream().mapToInt(RunRecord::number).max().orElse(0));
    }

    /**
     * Keeps the numbers up to {@code highest} taken, for runs that are not in {@link #runs()} but are saved
     * with them (an opened project's set-aside runs); 0 releases them.
     */
    public void reserveRunNumbers(int highest) {
        reservedRunNumbers = highest;
    }
}
