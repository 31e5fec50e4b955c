package org.mlpworkbench.ui;

import org.mlpworkbench.ui.session.Step;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The workflow list on the left of the window: one button per {@link Step} with its number, title
 * and a live status line ("train.csv · 891 rows"). A step whose input does not exist yet is disabled,
 * and a tooltip on its (enabled) wrapper says what enables it.
 */
final class StepBar extends VBox {

    private final ToggleGroup group = new ToggleGroup();
    private final ObjectProperty<Step> selected = new SimpleObjectProperty<>(this, "selected");
    private final Map<Step, ToggleButton> buttons = new EnumMap<>(Step.class);

    StepBar() {
        getStyleClass().add("step-bar");
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                group.selectToggle(old);
            } else if (now != null) {
                selected.set((Step) now.getUserData());
            }
        });
        selected.addListener((obs, old, now) -> {
            if (now != null && buttons.containsKey(now)) {
                group.selectToggle(buttons.get(now));
            }
        });
    }

    /**
     * Adds {@code step}; it is enabled while {@code available} is true, shows {@code status} under its
     * title, and explains {@code whatEnablesIt} while disabled.
     */
    void add(Step step, ObservableBooleanValue available, ObservableStringValue status, String whatEnablesIt) {
        Label number = new Label(Integer.toString(step.number()));
        number.getStyleClass().add("step-number");
        Label title = new Label(step.title());
        title.getStyleClass().add("step-title");
        Label detail = new Label();
        detail.getStyleClass().add("step-status");
        detail.textProperty().bind(status);
        detail.managedProperty().bind(detail.textProperty().isNotEmpty());
        detail.visibleProperty().bind(detail.managedProperty());
        VBox text = new VBox(1, title, detail);
        text.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.HBox content = new javafx.scene.layout.HBox(10, number, text);
        content.setAlignment(Pos.CENTER_LEFT);

        ToggleButton button = new ToggleButton();
        button.setGraphic(content);
        button.setUserData(step);
        button.setToggleGroup(group);
        button.getStyleClass().add("step-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMnemonicParsing(false);
        button.setId("step-" + step.name().toLowerCase(java.util.Locale.ROOT));
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !available.get(), available));
        buttons.put(step, button);

        StackPane wrapper = new StackPane(button);
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        tip.textProperty().bind(Bindings.createStringBinding(() -> step.purpose() + "."
                + (available.get() ? "  (Ctrl+" + step.number() + ")" : "\n" + whatEnablesIt), available));
        Tooltip.install(wrapper, tip);
        getChildren().add(wrapper);
    }

    /** True if {@code step} is enabled. */
    boolean isAvailable(Step step) {
        ToggleButton b = buttons.get(step);
        return b != null && !b.isDisabled();
    }

    /** The step shown; setting it to an unavailable step is ignored by {@link MainWindow}. */
    ObjectProperty<Step> selectedProperty() {
        return selected;
    }
}
