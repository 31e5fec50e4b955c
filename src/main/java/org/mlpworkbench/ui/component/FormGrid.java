package org.mlpworkbench.ui.component;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * A two-column form: right-aligned labels (with mnemonics, so Alt+letter focuses the field), fields
 * with a tooltip each, and under a text field its error message, shown (and the field marked) while
 * the text is invalid.
 */
public class FormGrid extends GridPane {

    private int row;

    public FormGrid() {
        getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** A bold heading across both columns. */
    public void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().addAll("section-title", "form-section");
        GridPane.setHalignment(l, HPos.LEFT);
        add(l, 0, row++, 2, 1);
    }

    /** A note (e.g. an explanation) in the field column, on its own row. */
    public void note(Node note) {
        add(note, 1, row++);
    }

    /** A text field bound to {@code field}, with its error message under it. */
    public TextField text(String label, Field<?> field, String tooltip) {
        return text(label, field, tooltip, null);
    }

    /** As {@link #text(String, Field, String)}, with {@code extra} (e.g. a button) to the right of the field. */
    public TextField text(String label, Field<?> field, String tooltip, Node extra) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(field.textProperty());
        input.setPrefColumnCount(8);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.validProperty().not());
        error.managedProperty().bind(error.visibleProperty());
        field.errorProperty().addListener((obs, old, now) -> mark(input, !now.isEmpty()));
        mark(input, !field.errorProperty().get().isEmpty());
        Tooltip tip = tooltip(tooltip);
        input.setTooltip(tip);
        if (extra == null) {
            add(label, input, tip);
        } else {
            javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, input, extra);
            javafx.scene.layout.HBox.setHgrow(input, Priority.ALWAYS);
            add(label, box, tip);
            ((Label) getChildren().get(getChildren().size() - 2)).setLabelFor(input);
        }
        add(error, 1, row++);
        return input;
    }

    /** A drop-down bound to {@code value}. */
    public <T> ComboBox<T> choice(String label, ObservableList<T> items, Property<T> value, String tooltip) {
        ComboBox<T> box = new ComboBox<>(items);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        Tooltip tip = tooltip(tooltip);
        box.setTooltip(tip);
        add(label, box, tip);
        return box;
    }

    /** A check box bound to {@code value}. */
    public CheckBox check(String label, String text, BooleanProperty value, String tooltip) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(value);
        Tooltip tip = tooltip(tooltip);
        box.setTooltip(tip);
        add(label, box, tip);
        return box;
    }

    /** Any node as a field, with a label. */
    public void add(String label, Node field, Tooltip tip) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.getStyleClass().add("form-label");
        if (tip != null) {
            l.setTooltip(tip);
        }
        addRow(row++, l, field);
    }

    /** Marks {@code input} invalid (red) or not: the look of every field whose text does not parse. */
    public static void mark(Node input, boolean invalid) {
        input.getStyleClass().remove("invalid");
        if (invalid) {
            input.getStyleClass().add("invalid");
        }
    }

    /**
     * A converter showing {@code name} of each value, for non-editable drop-downs: their value is always
     * picked from the list, so no text is converted back and {@code fromString} answers {@code null},
     * as JavaFX's own converters do for text they cannot read.
     */
    public static <T> javafx.util.StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** A tooltip that wraps and shows quickly. */
    public static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(380);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }
}
