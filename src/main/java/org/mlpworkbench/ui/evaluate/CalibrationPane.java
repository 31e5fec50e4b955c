package org.mlpworkbench.ui.evaluate;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.metrics.Calibration;
import org.mlpworkbench.metrics.CalibrationBin;
import org.mlpworkbench.ui.component.CurvePoint;
import org.mlpworkbench.ui.component.ImageExport;
import org.mlpworkbench.ui.component.LinePlot;
import org.mlpworkbench.ui.component.Sections;

/**
 * How far the predicted probabilities can be taken at their word: the reliability diagram (mean
 * predicted probability against the observed share of positives in ten equal-width bins, with the
 * diagonal of perfect calibration) beside the bins' row counts, the Brier score and the expected
 * calibration error above; a label picker for multi-label models. Shows the {@link CalibrationReport}
 * computed with the evaluation on the worker thread.
 */
public final class CalibrationPane extends VBox {

    private final ObservableList<CurvePoint> curve = FXCollections.observableArrayList();
    private final ComboBox<CalibrationReport.Choice> picker = new ComboBox<>();
    private final LinePlot plot = new LinePlot("Reliability diagram", "mean predicted probability", "observed share positive");
    private final TableView<CalibrationBin> bins = new TableView<>();
    private final Label brier;
    private final Label ece;

    public CalibrationPane(Scored scored, Supplier<Window> owner) {
        super(8);
        CalibrationReport report = scored.calibration();
        EvaluationData data = scored.data();
        setId("calibration-pane");
        getStyleClass().add("evaluation-pane");
        MetricStrip strip = new MetricStrip("copy-calibration-metrics", report::metricsText);
        brier = strip.add("brier", "Brier score", "Mean of (probability − outcome)²: 0 is perfect; always saying "
                + "the share of positives scores that share × (1 − share).");
        ece = strip.add("ece", "ECE", "Expected calibration error: per bin the gap between the mean predicted "
                + "probability and the observed share of positives, weighted by the bin's rows (0 is perfect).");
        strip.add("calibration-rows", "Rows", "Rows evaluated: " + data.source() + ".")
                .setText(Integer.toString(data.rows()));
        picker.setId("calibration-label");
        strip.leadPicker(picker, report.choices(), "Which label's calibration to show.", this::show);
        plot.setId("reliability-plot");
        plot.bind("perfect calibration", LinePlot.Look.COMPARE_TRAIN, LinePlot.diagonal());
        plot.bind("model", LinePlot.Look.TRAIN, curve);
        plot.bind("bins", LinePlot.Look.DOT, curve);
        ImageExport.install(plot, () -> "reliability-" + picker.getValue().name(), owner);
        bins.setId("calibration-bins");
        bins.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        bins.getColumns().add(column("Probability", "bin-range", CalibrationReport::range));
        bins.getColumns().add(column("Rows", "bin-count", b -> Integer.toString(b.count())));
        bins.getColumns().add(column("Mean predicted", "bin-mean", b -> MetricFormat.shown(b.meanPredicted())));
        bins.getColumns().add(column("Observed", "bin-observed", b -> MetricFormat.shown(b.observedRate())));
        VBox diagram = Sections.titled(scored.data().task() == Task.MULTI_CLASS
                        ? "Reliability of the most probable class" : "Reliability diagram",
                "Points on the diagonal are calibrated; below it the model is over-confident, above it "
                        + "under-confident · right-click to save as PNG.", plot);
        VBox table = Sections.titled("Bins", "Ten equal-width bins of the predicted probability; "
                + "empty bins are not drawn.", bins);
        SplitPane split = new SplitPane(diagram, table);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label hint = new Label(data.rows() + " rows of " + data.source() + (data.task()
                == Task.MULTI_CLASS ? ". Each row counts its highest probability, and is "
                + "positive when that class is the true one." : "."));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(strip, split, hint);
        show(picker.getValue());
    }

    private void show(CalibrationReport.Choice c) {
        Calibration cal = c.calibration();
        curve.setAll(CalibrationReport.reliability(c));
        bins.getItems().setAll(cal.bins());
        brier.setText(MetricFormat.shown(cal.brier()));
        ece.setText(MetricFormat.shown(cal.ece()));
        plot.setTitle("Reliability diagram · ECE " + MetricFormat.shown(cal.ece()));
    }

    private static TableColumn<CalibrationBin, String> column(String title, String id,
                                                              Function<CalibrationBin, String> text) {
        TableColumn<CalibrationBin, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        if (!"bin-range".equals(id)) {
            column.setStyle("-fx-alignment: center-right;");
        }
        return column;
    }
}
