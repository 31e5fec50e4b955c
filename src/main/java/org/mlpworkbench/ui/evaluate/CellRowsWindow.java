package org.mlpworkbench.ui.evaluate;

import java.io.File;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mlpworkbench.bundle.CellRows;
import org.mlpworkbench.ui.component.FormGrid;

/**
 * A window listing the rows behind a confusion-matrix cell: the model's probability and every column of
 * the original file, sortable by any column (numbers as numbers), with Copy (the selected rows, or all,
 * as tab-separated text; also Ctrl+C) and Save as CSV.
 */
public final class CellRowsWindow {

    /** Orders numbers by value and puts them before text; text in natural order. */
    static final Comparator<String> CELLS = (a, b) -> {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a.compareTo(b);
    };

    private CellRowsWindow() {
    }

    /**
     * Lists, in a new window, the rows of the threshold explorer's confusion cell ({@code actual},
     * {@code predicted}; true = positive) at its current threshold: the binary output, or the label shown
     * with per-label thresholds. With one global threshold a multi-label cell counts (row, label) pairs,
     * not rows, so the user is told to pick a label.
     */
    static void open(CellRowsLister lister, ThresholdExplorer explorer, boolean actual, boolean predicted,
                     Supplier<Window> owner) {
        EvaluationData data = explorer.scored().data();
        if (explorer.isMultiLabel() && explorer.modeProperty().get() == ThresholdExplorer.Mode.GLOBAL) {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                    "With one global threshold each cell counts every (row, label) prediction. Choose per-label "
                            + "thresholds and a label to list the rows of that label's cells.");
            alert.setHeaderText("Pick a label to list its rows");
            org.mlpworkbench.ui.component.Dialogs.show(owner.get(), alert);
            return;
        }
        int output = explorer.isMultiLabel() ? explorer.labelProperty().get() : 0;
        double t = explorer.pointProperty().get().threshold();
        String positive = data.outputNames().get(output);
        String title = (actual ? positive : "not " + positive) + ", predicted " + (predicted ? positive : "not " + positive)
                + " at threshold " + ThresholdExplorer.format(t) + " · " + data.source();
        lister.list(data, new CellRowsLister.BinaryCell(output, t, actual, predicted), title,
                (name, rows) -> show(name, rows, lister, owner));
    }

    /** Opens a window titled {@code title} with {@code rows}; Save as CSV goes through {@code lister}. */
    public static Stage show(String title, CellRows rows, CellRowsLister lister, Supplier<Window> owner) {
        TableView<List<String>> table = new TableView<>();
        table.setId("cell-rows-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        int last = rows.columns().size() - 1;
        for (int c = 0; c <= last; c++) {
            int at = c == 0 ? last : c - 1; // the model's probability first, then the file's columns in order
            TableColumn<List<String>, String> column = new TableColumn<>(rows.columns().get(at));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(at)));
            column.setComparator(CELLS);
            table.getColumns().add(column);
        }
        table.getItems().setAll(rows.cells());
        Label count = new Label(rows.size() + (rows.size() == 1 ? " row" : " rows")
                + " · click a column header to sort · select rows and press Ctrl+C to copy them");
        count.setId("cell-rows-count");
        count.getStyleClass().add("hint");
        Button copy = new Button("Copy");
        copy.setId("cell-rows-copy");
        copy.setTooltip(FormGrid.tooltip("Copy the selected rows (all rows when none is selected) as tab-separated text."));
        copy.setOnAction(e -> copy(table, rows));
        Stage stage = new Stage();
        Button save = new Button("Save as CSV…");
        save.setId("cell-rows-save");
        save.setTooltip(FormGrid.tooltip("Save every listed row as CSV (cells a spreadsheet would run as a formula are "
                + "prefixed with ')."));
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the rows as CSV");
            chooser.setInitialFileName("rows.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                lister.save(rows, file.toPath());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, count, spacer, copy, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(8, bar, table);
        root.setPadding(new Insets(10));
        VBox.setVgrow(table, Priority.ALWAYS);
        Scene scene = new Scene(root, 1000, 560);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN), () -> copy(table, rows));
        Window parent = owner.get();
        if (parent != null) {
            stage.initOwner(parent);
            if (parent.getScene() != null) {
                scene.getStylesheets().setAll(parent.getScene().getStylesheets());
                root.getStyleClass().setAll(parent.getScene().getRoot().getStyleClass());
            }
        }
        stage.setTitle(title);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static void copy(TableView<List<String>> table, CellRows rows) {
        List<List<String>> chosen = table.getSelectionModel().getSelectedItems();
        ClipboardContent content = new ClipboardContent();
        content.putString(rows.tabSeparated(chosen.isEmpty() ? table.getItems() : List.copyOf(chosen)));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static Double number(String s) {
        if (s.isEmpty() || !(Character.isDigit(s.charAt(s.length() - 1)) || s.endsWith("."))) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
