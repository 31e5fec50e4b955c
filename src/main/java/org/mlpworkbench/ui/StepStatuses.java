package org.mlpworkbench.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import org.mlpworkbench.ui.export.ExportViewModel;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.train.TrainViewModel;
import org.mlpworkbench.ui.tune.TuneViewModel;

/** The one-line status each step shows in the step bar, e.g. "titanic.csv", "binary · Survived", "2 runs". */
final class StepStatuses {

    private StepStatuses() {
    }

    /** The data file's name, or "no file". */
    static ObservableStringValue data(WorkbenchModel model) {
        return Bindings.createStringBinding(() -> model.data() == null ? "no file" : model.data().name(),
                model.dataProperty());
    }

    /** "binary · Survived": the task and targets of the preparation. */
    static ObservableStringValue prepare(WorkbenchModel model) {
        return Bindings.createStringBinding(() -> {
            Preparation p = model.preparation();
            return p == null ? "" : p.task().label() + " · " + String.join(", ", p.recipe().targets());
        }, model.preparationProperty());
    }

    /** "training…", "paused", or the number of runs. */
    static ObservableStringValue train(WorkbenchModel model, TrainViewModel train) {
        return Bindings.createStringBinding(() -> {
            int runs = model.runs().size();
            if (train.activeProperty().get()) {
                return train.pausedProperty().get() ? "paused" : "training…";
            }
            return runs == 0 ? "" : runs == 1 ? "1 run" : runs + " runs";
        }, model.runs(), train.activeProperty(), train.pausedProperty());
    }

    /** "searching…", "paused", or the number of trials of the last search. */
    static ObservableStringValue tune(TuneViewModel tune) {
        return Bindings.createStringBinding(() -> {
            if (tune.activeProperty().get()) {
                return tune.pausedProperty().get() ? "paused" : "searching…";
            }
            int trials = tune.history().trials().size();
            return trials == 0 ? "" : trials == 1 ? "1 trial" : trials + " trials";
        }, tune.activeProperty(), tune.pausedProperty(), tune.history().trials());
    }

    /** The name of the run chosen for export. */
    static ObservableStringValue export(ExportViewModel export) {
        return Bindings.createStringBinding(() -> export.selectedRunProperty().get() == null ? ""
                : export.selectedRunProperty().get().name(), export.selectedRunProperty());
    }
}
