package org.mlpworkbench.ui.evaluate;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** How the pane tests read what a pane shows: a label's text by id, a table cell by column id and row. */
final class PaneReading {

    private PaneReading() {
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    static String cell(TableView<?> table, String columnId, int row) {
        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst().orElseThrow();
        return (String) column.getCellObservableValue(row).getValue();
    }
}
