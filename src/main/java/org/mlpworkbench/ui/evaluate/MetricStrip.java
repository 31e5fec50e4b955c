package org.mlpworkbench.ui.evaluate;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mlpworkbench.ui.component.FormGrid;

/**
 * The row of headline numbers at the top of an evaluation pane — each a small caption over a large
 * value with a tooltip saying what it means — and, at its right end, the "Copy metrics" button.
 */
final class MetricStrip extends HBox {

    private final HBox values = new HBox(18);
    private final Button copy = new Button("Copy metrics");

    /** A strip whose button copies {@code text} (computed when clicked) to the clipboard. */
    MetricStrip(String copyId, Supplier<String> text) {
        super(12);
        getStyleClass().add("metric-strip");
        setAlignment(Pos.CENTER_LEFT);
        values.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        copy.setId(copyId);
        copy.setTooltip(FormGrid.tooltip("Copy these numbers as tab-separated text, ready to paste into a spreadsheet."));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        getChildren().addAll(values, spacer, copy);
    }

    /** Adds a value called {@code caption} with the given id and tooltip; returns its label. */
    Label add(String id, String caption, String tooltip) {
        Label name = new Label(caption);
        name.getStyleClass().add("metric-caption");
        Label value = new Label("—");
        value.setId(id);
        value.getStyleClass().add("metric-value");
        VBox box = new VBox(0, name, value);
        name.setTooltip(FormGrid.tooltip(tooltip));
        value.setTooltip(FormGrid.tooltip(tooltip));
        values.getChildren().add(box);
        return value;
    }

    /** The "Copy metrics" button (e.g. to disable it while there is nothing to copy). */
    Button copyButton() {
        return copy;
    }

    /**
     * Fills {@code picker} with {@code choices}, selects the first, calls {@code show} on every choice and,
     * when there is more than one, puts it under "Label" before the values.
     */
    <T> void leadPicker(javafx.scene.control.ComboBox<T> picker, java.util.List<T> choices, String tooltip,
                        java.util.function.Consumer<T> show) {
        picker.getItems().setAll(choices);
        picker.setTooltip(FormGrid.tooltip(tooltip));
        picker.getSelectionModel().select(0);
        picker.valueProperty().addListener((obs, old, now) -> show.accept(now));
        if (choices.size() > 1) {
            lead("Label", picker);
        }
    }

    /** Puts a control (e.g. a picker) before the values. */
    void lead(javafx.scene.Node control) {
        values.getChildren().add(0, control);
    }

    /** Puts a control under a caption (like the values') before the values. */
    void lead(String caption, javafx.scene.control.Control control) {
        Label name = new Label(caption);
        name.getStyleClass().add("metric-caption");
        name.setLabelFor(control);
        lead(new VBox(2, name, control));
    }
}
