package org.mlpworkbench.ui.evaluate;

import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mlpworkbench.metrics.RegressionMetrics;
import org.mlpworkbench.ui.component.FormGrid;
import org.mlpworkbench.ui.component.ImageExport;
import org.mlpworkbench.ui.component.ScatterPlot;

/**
 * A regression model's predictions against the known values (points on the dashed line y = x are
 * exact) beside its residuals against the predictions (a pattern around the zero line means a
 * systematic error), with MSE, RMSE, MAE and R² in the target's units; with several target columns a
 * picker chooses which one is shown.
 */
public final class RegressionPane extends VBox {

    private final RegressionReport report;
    private final ComboBox<String> picker = new ComboBox<>();
    private final ScatterPlot fit;
    private final ScatterPlot residuals;
    private final Label mse;
    private final Label rmse;
    private final Label mae;
    private final Label r2;

    /** Shows {@code scored}'s regression report, computed with the evaluation on the worker thread. */
    public RegressionPane(Scored scored, Supplier<Window> owner) {
        super(8);
        this.report = scored.regression();
        EvaluationData data = scored.data();
        setId("regression-pane");
        getStyleClass().add("evaluation-pane");
        MetricStrip strip = new MetricStrip("copy-regression-metrics", report::metricsText);
        mse = strip.add("mse", "MSE", "Mean squared error, in the target's units squared.");
        rmse = strip.add("rmse", "RMSE", "Root mean squared error: a typical error, in the target's units.");
        mae = strip.add("mae", "MAE", "Mean absolute error, in the target's units: less swayed by a few large errors.");
        r2 = strip.add("r2", "R²", "Share of the target's variance the model explains: 1 is perfect, "
                + "0 is no better than always predicting the mean, below 0 is worse.");
        strip.add("regression-rows", "Rows", "Rows evaluated: " + data.source() + ".")
                .setText(Integer.toString(report.rows()));
        picker.setId("regression-output");
        picker.getItems().setAll(report.outputs());
        picker.setTooltip(FormGrid.tooltip("Which target column to show."));
        picker.getSelectionModel().select(0);
        picker.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> show(now.intValue()));
        if (report.outputs().size() > 1) {
            strip.lead("Target", picker);
        }
        fit = new ScatterPlot("Predicted against actual", "actual", "predicted", ScatterPlot.Reference.DIAGONAL);
        fit.setId("predicted-vs-actual");
        residuals = new ScatterPlot("Residuals", "predicted", "residual (actual − predicted)", ScatterPlot.Reference.ZERO);
        residuals.setId("residual-plot");
        ImageExport.install(fit, () -> "predicted-vs-actual-" + picker.getValue(), owner);
        ImageExport.install(residuals, () -> "residuals-" + picker.getValue(), owner);
        HBox charts = new HBox(10, fit, residuals);
        HBox.setHgrow(fit, Priority.ALWAYS);
        HBox.setHgrow(residuals, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        int stride = (report.rows() + ScatterPlot.MAX_DRAWN - 1) / ScatterPlot.MAX_DRAWN;
        Label hint = new Label((stride > 1 ? "The charts draw one row in " + stride + "; the metrics use all "
                + report.rows() + ". " : "") + "Right-click a chart to save it as PNG or copy it.");
        hint.setId("regression-hint");
        hint.getStyleClass().add("hint");
        getChildren().addAll(strip, charts, hint);
        show(0);
    }

    private void show(int output) {
        RegressionMetrics m = report.metrics();
        mse.setText(MetricFormat.shown(m.mse(output)));
        rmse.setText(MetricFormat.shown(m.rmse(output)));
        mae.setText(MetricFormat.shown(m.mae(output)));
        r2.setText(MetricFormat.shown(m.r2(output)));
        double[] predicted = report.predicted(output);
        fit.setPoints(report.actual(output), predicted);
        residuals.setPoints(predicted, report.residuals(output));
    }
}
