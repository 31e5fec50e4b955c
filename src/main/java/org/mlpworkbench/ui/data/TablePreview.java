package org.mlpworkbench.ui.data;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.Table;

/**
 * A virtualised view of a whole {@link Table}: the items are row numbers (no per-row objects), and a
 * cell asks its column for the text of its row only while it is on screen, so a million-row table
 * costs no more than a small one. Missing values are shown as a dimmed "missing".
 */
public final class TablePreview extends TableView<Integer> {

    /** An empty preview. */
    public TablePreview() {
        getStyleClass().add("table-preview");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label("No rows"));
        getSelectionModel().setCellSelectionEnabled(true);
        setFixedCellSize(24);
    }

    /** Shows {@code table}, or nothing when it is null. */
    public void show(Table table) {
        getColumns().clear();
        if (table == null) {
            setItems(FXCollections.emptyObservableList());
            return;
        }
        TableColumn<Integer, String> rowNumber = new TableColumn<>("#");
        rowNumber.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(Integer.toString(cd.getValue() + 1)));
        rowNumber.setSortable(false);
        rowNumber.setPrefWidth(Math.max(44, 9 * Integer.toString(table.rowCount()).length() + 14));
        rowNumber.getStyleClass().add("row-number-column");
        getColumns().add(rowNumber);
        for (Column column : table.columns()) {
            getColumns().add(columnFor(column));
        }
        setItems(new RowIndexList(table.rowCount()));
    }

    private static TableColumn<Integer, String> columnFor(Column column) {
        TableColumn<Integer, String> tc = new TableColumn<>();
        Label name = new Label(column.name());
        Label type = new Label(column.type().name().toLowerCase(java.util.Locale.ROOT));
        type.getStyleClass().add("type-badge");
        VBox header = new VBox(0, name, type);
        header.setAlignment(javafx.geometry.Pos.CENTER);
        Tooltip.install(header, new Tooltip(column.name() + " (" + type.getText() + ", "
                + column.missingCount() + " missing)"));
        tc.setGraphic(header);
        tc.setSortable(false);
        tc.setPrefWidth(widthFor(column));
        tc.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(column.text(cd.getValue())));
        tc.setCellFactory(c -> new ValueCell());
        return tc;
    }

    /**
     * A width that fits the header and the first rows' values (never exactly the default 80 px, which
     * would make the table auto-size the column from its graphic header).
     */
    private static double widthFor(Column column) {
        int chars = Math.max(column.name().length(), column.type().name().length());
        for (int row = 0; row < Math.min(50, column.size()); row++) {
            String text = column.text(row);
            chars = Math.max(chars, text == null ? 7 : text.length());
        }
        double width = Math.min(320, Math.max(64, 7.5 * chars + 22));
        return width == 80 ? 81 : width;
    }

    /** Shows a value, or a dimmed "missing". */
    private static final class ValueCell extends TableCell<Integer, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("missing-cell");
            if (empty) {
                setText(null);
            } else if (item == null) {
                setText("missing");
                getStyleClass().add("missing-cell");
            } else {
                setText(item);
            }
        }
    }
}
