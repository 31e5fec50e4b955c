package org.mlpworkbench.ui.prepare;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.mlpworkbench.data.Matrix;

/**
 * The first rows of the feature matrix exactly as the network will see them, one column per feature
 * name, followed by the target outputs (headers marked with →).
 */
final class FeatureTable extends TableView<Integer> {

    FeatureTable() {
        setId("feature-table");
        setPlaceholder(new Label("No features: every input column is dropped, or the choices have a problem"));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setFixedCellSize(24);
    }

    void show(FeaturePreview preview) {
        getColumns().clear();
        if (preview == null) {
            setItems(FXCollections.emptyObservableList());
            return;
        }
        addColumns(preview.featureNames(), preview.features(), "");
        if (preview.targets() != null) {
            addColumns(preview.outputNames(), preview.targets(), "→ ");
        }
        Integer[] rows = new Integer[preview.features().rows()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        setItems(FXCollections.observableArrayList(rows));
    }

    private void addColumns(List<String> names, Matrix values, String prefix) {
        for (int j = 0; j < names.size(); j++) {
            int col = j;
            TableColumn<Integer, String> column = new TableColumn<>(prefix + names.get(j));
            column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(format(values.get(cd.getValue(), col))));
            column.setSortable(false);
            column.setStyle("-fx-alignment: center-right;");
            column.setPrefWidth(Math.max(70, Math.min(200, 8.2 * (prefix.length() + names.get(j).length()) + 20)));
            if (!prefix.isEmpty()) {
                column.getStyleClass().add("target-column");
            }
            getColumns().add(column);
        }
    }

    private static String format(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Integer.toString((int) v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
