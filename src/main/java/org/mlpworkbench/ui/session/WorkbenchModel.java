package org.mlpworkbench.ui.session;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session: everything the user has done so far (the loaded data, the preparation, the training
 * runs), held in one place so that moving between steps loses nothing and later steps (evaluation,
 * export, projects) read their input from here. Properties are changed on the UI thread only.
 */
public final class WorkbenchModel {

    private final ObjectProperty<DataSet> data = new SimpleObjectProperty<>(this, "data");
    private final BooleanBinding hasData = Bindings.isNotNull(data);
    private final ObjectProperty<Preparation> preparation = new SimpleObjectProperty<>(this, "preparation");
    private final BooleanBinding hasPreparation = Bindings.isNotNull(preparation);
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunRecord> lastModelRun = new SimpleObjectProperty<>(this, "lastModelRun");
    private int reservedRunNumbers;

    /** The loaded CSV, or null before the first load. */
    public ObjectProperty<DataSet> dataProperty() {
        return data;
    }

    public DataSet data() {
        return data.get();
    }

    /** True once a table is loaded (enables the Prepare step). */
    public BooleanBinding hasData() {
        return hasData;
    }

    /** The recipe chosen in the Prepare step, or null while there is none that can be fitted. */
    public ObjectProperty<Preparation> preparationProperty() {
        return preparation;
    }

    public Preparation preparation() {
        return preparation.get();
    }

    /** True while a fitted recipe exists (enables the Train step). */
    public BooleanBinding hasPreparation() {
        return hasPreparation;
    }

    /** Every training run of the session, oldest first (kept when the data or recipe changes). */
    public ObservableList<RunRecord> runs() {
        return runs;
    }

    /** The most recent run that ended with a usable model (what evaluation and export will use). */
    public ObjectProperty<RunRecord> lastModelRunProperty() {
        return lastModelRun;
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
