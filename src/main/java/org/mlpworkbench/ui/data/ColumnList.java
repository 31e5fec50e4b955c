package org.mlpworkbench.ui.data;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.StringConverter;
import org.mlpworkbench.data.ColumnSummary;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.ui.component.Sparkline;

/**
 * The column list of the Data step: name, inferred type (editable: select the cell and press F2 or
 * Enter, or click it), missing and distinct counts and a distribution sparkline per column.
 */
final class ColumnList extends TableView<ColumnRow> {

    /** Type names as shown to the user. */
    static final StringConverter<ColumnType> TYPE_NAMES = new StringConverter<>() {
        @Override
        public String toString(ColumnType type) {
            return type == null ? "" : typeName(type);
        }

        @Override
        public ColumnType fromString(String text) {
            return ColumnType.valueOf(text.toUpperCase(Locale.ROOT));
        }
    };

    /** The name of {@code type} as shown to the user, e.g. "categorical". */
    static String typeName(ColumnType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    ColumnList(ObservableList<ColumnRow> rows, BiConsumer<ColumnRow, ColumnType> retype) {
        super(rows);
        setId("column-list");
        setEditable(true);
        setPlaceholder(new Label("No columns"));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<ColumnRow, String> name = new TableColumn<>("Column");
        name.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().name()));
        name.setPrefWidth(130);

        TableColumn<ColumnRow, ColumnType> type = new TableColumn<>("Type");
        type.setCellValueFactory(cd -> cd.getValue().typeProperty());
        type.setCellFactory(ComboBoxTableCell.forTableColumn(TYPE_NAMES,
                FXCollections.observableArrayList(ColumnType.values())));
        type.setOnEditCommit(e -> {
            if (e.getNewValue() != null && e.getNewValue() != e.getOldValue()) {
                retype.accept(e.getRowValue(), e.getNewValue());
            }
        });
        type.setPrefWidth(105);
        headerTip(type, "What the column holds, as inferred from its values. Click (or F2) to change it, "
                + "e.g. make a numeric class code categorical.");

        TableColumn<ColumnRow, String> missing = new TableColumn<>("Missing");
        missing.setCellValueFactory(cd -> Bindings.createStringBinding(() -> missingText(
                cd.getValue().summaryProperty().get()), cd.getValue().summaryProperty()));
        missing.setStyle("-fx-alignment: center-right;");
        missing.setPrefWidth(85);
        headerTip(missing, "Rows with no value in this column (and their share of all rows).");

        TableColumn<ColumnRow, String> distinct = new TableColumn<>("Distinct");
        distinct.setCellValueFactory(cd -> Bindings.createStringBinding(() -> Integer.toString(
                cd.getValue().summaryProperty().get().distinct()), cd.getValue().summaryProperty()));
        distinct.setStyle("-fx-alignment: center-right;");
        distinct.setPrefWidth(72);
        headerTip(distinct, "How many different values the column holds.");

        TableColumn<ColumnRow, Histogram> distribution = new TableColumn<>("Distribution");
        distribution.setCellValueFactory(cd -> cd.getValue().histogramProperty());
        distribution.setCellFactory(c -> new SparklineCell());
        distribution.setPrefWidth(96);
        distribution.setMinWidth(90);
        distribution.setSortable(false);
        headerTip(distribution, "Numbers: 20 equal-width bins from min to max. Categories: the most frequent "
                + "values. Hover a sparkline for details.");

        getColumns().add(name);
        getColumns().add(type);
        getColumns().add(missing);
        getColumns().add(distinct);
        getColumns().add(distribution);
    }

    private static String missingText(ColumnSummary s) {
        if (s.missing() == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%d (%.0f%%)", s.missing(), 100.0 * s.missing() / Math.max(1, s.rows()));
    }

    private static void headerTip(TableColumn<ColumnRow, ?> column, String text) {
        Label header = new Label(column.getText());
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        header.setTooltip(tip);
        column.setGraphic(header);
        column.setText("");
    }

    private static final class SparklineCell extends TableCell<ColumnRow, Histogram> {
        private final Sparkline sparkline = new Sparkline(80, 16);

        @Override
        protected void updateItem(Histogram item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                sparkline.show(item.counts(), item.caption());
                setGraphic(sparkline);
            }
        }
    }
}
