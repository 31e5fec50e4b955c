package org.mlpworkbench.ui.evaluate;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.mlpworkbench.metrics.FBeta;
import org.mlpworkbench.metrics.ThresholdMetric;
import org.mlpworkbench.ui.component.Field;
import org.mlpworkbench.ui.component.FormGrid;

/**
 * The threshold explorer's command row: "Best threshold by" accuracy, F1, balanced accuracy, MCC, F-β
 * (with its β field: above 1 favours recall, below 1 precision) and cost (lowest expected cost per row, once
 * costs are set), then Reset to 0.5 and Copy metrics.
 * Every best search is exact on the curve's counts ({@link org.mlpworkbench.metrics.ThresholdObjective}).
 */
final class BestThresholdButtons extends FlowPane {

    private final Field<Double> beta = new Field<>("beta", "2", Field.decimal("β", 0, 100, false));

    BestThresholdButtons(EvaluateViewModel viewModel, ThresholdExplorer explorer, CostChoice costs) {
        super(14, 6);
        Button accuracy = button("best-accuracy", "_Accuracy", "Move the threshold to where accuracy is highest "
                + "(the middle of the widest best range)", () -> explorer.best(ThresholdMetric.ACCURACY));
        Button f1 = button("best-f1", "F_1", "Move the threshold to where F1 is highest",
                () -> explorer.best(ThresholdMetric.F1));
        Button balanced = button("best-balanced-accuracy", "_Balanced accuracy", "Move the threshold to where balanced "
                + "accuracy (mean of recall and specificity) is highest", () -> explorer.best(ThresholdMetric.BALANCED_ACCURACY));
        Button mcc = button("best-mcc", "_MCC", "Move the threshold to where the Matthews correlation coefficient "
                + "(the correlation of prediction and truth, −1 to 1) is highest", () -> explorer.best(ThresholdMetric.MCC));
        Button fBeta = button("best-f-beta", "F-β", "Move the threshold to where F-β is highest: β > 1 weighs recall "
                + "β times as much as precision, β < 1 favours precision (β = 1 is F1)", () -> {
                    if (beta.validProperty().get() && beta.value() > 0) {
                        explorer.best(new FBeta(beta.value()));
                    }
                });
        Button cost = button("best-cost", "C_ost", "Move the threshold to where the expected cost per row (the costs "
                + "set below the slider) is lowest", costs::best);
        cost.disableProperty().bind(costs.curveProperty().isNull());
        TextField betaField = new TextField();
        betaField.setId("f-beta");
        betaField.setPrefColumnCount(3);
        betaField.textProperty().bindBidirectional(beta.textProperty());
        betaField.setTooltip(new Tooltip("β of F-β, above 0 (2: recall counts twice as much as precision)"));
        fBeta.disableProperty().bind(beta.validProperty().not());
        beta.validProperty().addListener((obs, old, ok) -> FormGrid.mark(betaField, !ok));
        Label betaName = new Label("β");
        betaName.setLabelFor(betaField);
        Button reset = button("reset-threshold", "_Reset to 0.5", "Put the threshold back to 0.5 (every label's, in "
                + "per-label mode)", explorer::reset);
        Button copy = button("copy-metrics", "_Copy metrics", "Copy the threshold, source and metrics as tab-separated "
                + "text (pastes into a spreadsheet)", () -> EvaluateView.copyMetrics(viewModel));
        HBox bests = new HBox(6, new Label("Best threshold by:"), accuracy, f1, balanced, mcc, fBeta, betaName, betaField, cost);
        HBox others = new HBox(6, reset, copy);
        bests.setAlignment(Pos.CENTER_LEFT);
        others.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bests, others);
        setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {accuracy, f1, balanced, mcc, fBeta, cost, reset, copy}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
