package org.mlpworkbench.ui.evaluate;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.mlpworkbench.ui.component.FormGrid;
import org.mlpworkbench.ui.session.RunRecord;

/**
 * "Compare with: [run]" above the threshold chart: one of the session's other runs of the same task and
 * outputs, overlaid dashed with its numbers beside the shown run's; "None" takes it away.
 */
final class CompareBox extends HBox {

    CompareBox(CompareChoice compare) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<RunRecord> runs = new ComboBox<>(compare.candidates());
        runs.setId("compare-run");
        runs.setPromptText("no other run");
        runs.setConverter(FormGrid.named(r -> r.name() + " · " + r.describe()));
        runs.setMaxWidth(300);
        runs.valueProperty().bindBidirectional(compare.otherProperty());
        runs.setTooltip(new Tooltip("Overlay another run of the same task and outputs (dashed), scored on the same "
                + "source, with its numbers at the same threshold beside this run's"));
        runs.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(compare.candidates()));
        Button none = new Button("None");
        none.setId("compare-none");
        none.setOnAction(e -> compare.otherProperty().set(null));
        none.disableProperty().bind(compare.otherProperty().isNull());
        Label name = new Label("Compare with:");
        name.setLabelFor(runs);
        getChildren().addAll(name, runs, none);
    }
}
