package org.mlpworkbench.ui.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A choice among the session's runs that have a model, as the Evaluate and Export steps offer it: the list
 * follows the session, the latest run with a model is chosen whenever one ends, and a chosen run that
 * leaves the list gives way to the latest (or, failing that, the first listed). UI thread only.
 */
public final class RunChoice {

    private final WorkbenchModel model;
    private final boolean newestFirst;
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunRecord> chosen = new SimpleObjectProperty<>(this, "chosen");

    /** The runs of {@code model} with a model, oldest first or newest first. */
    public RunChoice(WorkbenchModel model, boolean newestFirst) {
        this.model = model;
        this.newestFirst = newestFirst;
        model.runs().addListener((ListChangeListener<RunRecord>) c -> refresh(false));
        model.lastModelRunProperty().addListener((obs, old, now) -> refresh(true));
        refresh(true);
    }

    private void refresh(boolean chooseLatest) {
        List<RunRecord> withModel = new ArrayList<>(model.runs().stream().filter(RunRecord::hasModel).toList());
        if (newestFirst) {
            Collections.reverse(withModel);
        }
        if (!withModel.equals(runs)) {
            runs.setAll(withModel);
        }
        RunRecord latest = model.lastModelRunProperty().get();
        if ((chooseLatest || !runs.contains(chosen.get())) && latest != null && runs.contains(latest)) {
            chosen.set(latest);
        } else if (!runs.contains(chosen.get())) {
            chosen.set(runs.isEmpty() ? null : runs.get(0));
        }
    }

    /** The runs that have a model, in the chosen order. */
    public ObservableList<RunRecord> runs() {
        return runs;
    }

    /** The chosen run (null while no run has a model); set it to choose another. */
    public ObjectProperty<RunRecord> chosenProperty() {
        return chosen;
    }
}
