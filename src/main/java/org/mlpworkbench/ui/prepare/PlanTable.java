package org.mlpworkbench.ui.prepare;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;

/**
 * The column choices of the Prepare step: a Drop check box (defaults pre-checked), the encoding and
 * the missing-value handling as drop-downs offering only what fits the column, and the reason for the
 * default. Every control is in the focus order (Tab / Space / arrows).
 */
final class PlanTable extends TableView<ColumnPlan> {

    PlanTable(ObservableList<ColumnPlan> plans) {
        super(plans);
        setId("plan-table");
        setEditable(true);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Choose a target to see the input columns"));

        TableColumn<ColumnPlan, Boolean> drop = new TableColumn<>("Drop");
        drop.setCellValueFactory(cd -> cd.getValue().dropProperty());
        drop.setCellFactory(CheckBoxTableCell.forTableColumn(drop));
        drop.setEditable(true);
        drop.setPrefWidth(52);
        drop.setMaxWidth(60);
        tip(drop, "Checked columns are not used. The defaults are pre-checked; hover the reason to see why.");

        TableColumn<ColumnPlan, String> name = new TableColumn<>("Column");
        name.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().name()));
        name.setPrefWidth(130);

        TableColumn<ColumnPlan, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(
                cd.getValue().type().name().toLowerCase(java.util.Locale.ROOT)
                        + (cd.getValue().missingValues() > 0 ? " · " + cd.getValue().missingValues() + " missing" : "")));
        type.setPrefWidth(150);

        TableColumn<ColumnPlan, ColumnPlan> encoding = new TableColumn<>("Encoding");
        encoding.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        encoding.setCellFactory(c -> new ChoiceCell<>(ColumnPlan::handlingOptions, ColumnPlan::handlingProperty,
                Handling::explanation));
        encoding.setPrefWidth(150);
        tip(encoding, "How the column becomes numbers the network can read.");

        TableColumn<ColumnPlan, ColumnPlan> missing = new TableColumn<>("Missing values");
        missing.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        missing.setCellFactory(c -> new ChoiceCell<>(ColumnPlan::missingOptions, ColumnPlan::missingProperty,
                MissingChoice::explanation));
        missing.setPrefWidth(150);
        tip(missing, "What a missing value becomes. Statistics (median, mean, most frequent) come from the "
                + "training rows only. '+ flag' adds a 0/1 'was missing' feature.");

        TableColumn<ColumnPlan, String> reason = new TableColumn<>("Why (default)");
        reason.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().reason()));
        reason.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : wrapped(item));
            }
        });
        reason.setPrefWidth(320);
        tip(reason, "Why the default recipe chose this for the column.");

        getColumns().add(drop);
        getColumns().add(name);
        getColumns().add(type);
        getColumns().add(encoding);
        getColumns().add(missing);
        getColumns().add(reason);
    }

    private static Tooltip wrapped(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }

    private static void tip(TableColumn<ColumnPlan, ?> column, String text) {
        Label header = new Label(column.getText());
        header.setTooltip(wrapped(text));
        column.setGraphic(header);
        column.setText("");
    }

    /** A drop-down bound to one of the plan's choices; disabled while the column is dropped. */
    private static final class ChoiceCell<T> extends TableCell<ColumnPlan, ColumnPlan> {
        private final Function<ColumnPlan, ObservableList<T>> options;
        private final Function<ColumnPlan, ObjectProperty<T>> value;
        private final ComboBox<T> combo = new ComboBox<>();
        private ObjectProperty<T> bound;

        ChoiceCell(Function<ColumnPlan, ObservableList<T>> options, Function<ColumnPlan, ObjectProperty<T>> value,
                Function<T, String> explain) {
            this.options = options;
            this.value = value;
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.valueProperty().addListener((obs, old, now) -> {
                combo.setTooltip(now == null ? null : wrapped(explain.apply(now)));
            });
        }

        @Override
        protected void updateItem(ColumnPlan plan, boolean empty) {
            super.updateItem(plan, empty);
            if (bound != null) {
                combo.valueProperty().unbindBidirectional(bound);
                combo.disableProperty().unbind();
                bound = null;
            }
            if (empty || plan == null) {
                setGraphic(null);
                return;
            }
            combo.setItems(options.apply(plan));
            bound = value.apply(plan);
            combo.valueProperty().bindBidirectional(bound);
            combo.disableProperty().bind(plan.dropProperty().or(javafx.beans.binding.Bindings.isEmpty(combo.getItems())));
            combo.setPromptText("—");
            setGraphic(combo);
        }
    }
}
