package org.mlpworkbench.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.mlpworkbench.ui.session.Step;

/**
 * The steps of the main window: the {@link StepBar} on the left and the page of the selected step in the
 * centre. Each step is registered with what makes it available and a factory for its view; a view is built on
 * the first visit and then kept, so switching steps loses nothing.
 */
final class StepPages {

    private final StepBar bar = new StepBar();
    private final StackPane center = new StackPane();
    private final Map<Step, Supplier<Node>> factories = new EnumMap<>(Step.class);
    private final Map<Step, Node> views = new EnumMap<>(Step.class);
    private final Map<Step, BooleanExpression> availability = new EnumMap<>(Step.class);

    StepPages() {
        bar.selectedProperty().addListener((obs, old, now) -> center.getChildren().setAll(view(now)));
    }

    /** Adds {@code step} to the bar: available while {@code available}, with its status and its view's factory. */
    void register(Step step, ObservableBooleanValue available, ObservableStringValue status, String whatEnablesIt,
                  Supplier<Node> view) {
        factories.put(step, view);
        availability.put(step, BooleanExpression.booleanExpression(available));
        bar.add(step, available, status, whatEnablesIt);
    }

    /** Shows {@code step} if it is available; returns whether it is now shown. */
    boolean select(Step step) {
        if (!factories.containsKey(step) || !bar.isAvailable(step)) {
            return false;
        }
        bar.selectedProperty().set(step);
        return true;
    }

    /** {@code step}'s view, built now if this is the first visit. */
    Node view(Step step) {
        return views.computeIfAbsent(step, s -> factories.get(s).get());
    }

    /** Whether {@code step} can be shown now (its input exists). */
    BooleanExpression availability(Step step) {
        return availability.get(step);
    }

    /** The step shown. */
    ObjectProperty<Step> selectedProperty() {
        return bar.selectedProperty();
    }

    StepBar bar() {
        return bar;
    }

    StackPane center() {
        return center;
    }
}
