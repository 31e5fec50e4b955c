package org.mlpworkbench.ui.evaluate;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.mlpworkbench.ui.component.Field;
import org.mlpworkbench.ui.component.FormGrid;

/**
 * The row of cost fields under the threshold slider: what a true positive, false positive, false negative
 * and true negative each cost (a gain is a negative cost), for the curve shown, with the message of a
 * cost that cannot be used.
 */
final class CostFields extends HBox {

    private static final String[][] FIELDS = {
        {"cost-tp", "TP", "What a true positive (a positive predicted positive) costs; a gain is a negative cost"},
        {"cost-fp", "FP", "What a false positive (a negative predicted positive) costs"},
        {"cost-fn", "FN", "What a false negative (a positive predicted negative) costs"},
        {"cost-tn", "TN", "What a true negative (a negative predicted negative) costs; a gain is a negative cost"}};

    CostFields(CostChoice costs, ThresholdExplorer explorer) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Costs:");
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.setTooltip(new Tooltip("What each kind of prediction costs, per row, e.g. FP 1 and FN 5 when missing a "
                + "positive is five times as bad. The chart then draws the expected cost per row (right-hand scale) "
                + "and \"Best threshold by: Cost\" finds its lowest point. Leave all four blank for no costs."
                + (explorer.isMultiLabel() ? " In per-label mode each label has its own costs." : "")));
        getChildren().add(title);
        for (int i = 0; i < FIELDS.length; i++) {
            Field<Double> field = costs.fields().get(i);
            TextField text = new TextField();
            text.setId(FIELDS[i][0]);
            text.setPrefColumnCount(4);
            text.textProperty().bindBidirectional(field.textProperty());
            text.setTooltip(new Tooltip(FIELDS[i][2]));
            field.validProperty().addListener((obs, old, ok) -> FormGrid.mark(text, !ok));
            Label name = new Label(FIELDS[i][1]);
            name.setLabelFor(text);
            name.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().addAll(name, text);
        }
        Label error = new Label();
        error.setId("cost-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(costs.errorProperty());
        error.setWrapText(true);
        getChildren().add(error);
    }
}
