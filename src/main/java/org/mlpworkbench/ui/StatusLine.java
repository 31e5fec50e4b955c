package org.mlpworkbench.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.JobMonitor;

/**
 * The status bar: the running job's message and progress with a Cancel button (Esc), and on the
 * right what is loaded.
 */
final class StatusLine {

    private StatusLine() {
    }

    static StatusBar create(JobMonitor monitor, WorkbenchModel model) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(monitor.messageProperty());
        bar.progressProperty().bind(monitor.progressProperty());

        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.setTooltip(new Tooltip("Stop the running job (Esc)"));
        cancel.visibleProperty().bind(monitor.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> monitor.cancelCurrent());
        cancel.setFocusTraversable(false);

        Label loaded = new Label();
        loaded.setId("status-data");
        loaded.textProperty().bind(Bindings.createStringBinding(() -> {
            var data = model.data();
            return data == null ? "No data loaded"
                    : data.name() + " · " + data.table().rowCount() + " rows × " + data.table().columnCount() + " columns";
        }, model.dataProperty()));

        bar.getRightItems().addAll(cancel, loaded);
        return bar;
    }
}
