package org.mlpworkbench.ui.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.ui.component.CurvePoint;
import org.mlpworkbench.ui.component.ImageExport;
import org.mlpworkbench.ui.component.LinePlot;

/**
 * The ROC curve (with the chance diagonal) and the precision–recall curve (with the positive rate a
 * guess would reach) side by side, their areas above them; for multi-label models a picker of the
 * label, or all labels pooled. Given the run's thresholds, a dot marks where the model's current
 * threshold puts it on both curves and follows the threshold as it changes.
 */
public final class CurvesPane extends VBox {

    private final CurveReport report;
    private final ObservableValue<List<Double>> thresholds;
    private final ObservableList<CurvePoint> roc = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> pr = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> prBaseline = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> rocDot = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> prDot = FXCollections.observableArrayList();
    private final ComboBox<CurveReport.Choice> picker = new ComboBox<>();
    private final LinePlot rocPlot = new LinePlot("ROC curve", "false-positive rate", "true-positive rate (recall)");
    private final LinePlot prPlot = new LinePlot("Precision–recall curve", "recall", "precision");
    private final Label auc;
    private final Label averagePrecision;
    private final Label positives;
    private final Label operating = new Label();
    private final ChangeListener<List<Double>> follow = (obs, old, now) -> showOperatingPoint();

    /**
     * The curves, with a dot at the operating point of {@code thresholds} (one per output, e.g. the
     * run's {@code thresholdsProperty()}); null for none.
     */
    public CurvesPane(Scored scored, ObservableValue<List<Double>> thresholds, Supplier<Window> owner) {
        super(8);
        EvaluationData data = scored.data();
        this.report = CurveReport.of(scored);
        this.thresholds = thresholds;
        setId("curves-pane");
        getStyleClass().add("evaluation-pane");
        MetricStrip strip = new MetricStrip("copy-curve-metrics", report::metricsText);
        auc = strip.add("roc-auc", "ROC AUC", "Area under the ROC curve: the chance that a random positive row "
                + "scores higher than a random negative one (0.5 = guessing, 1 = perfect).");
        averagePrecision = strip.add("average-precision", "Average precision", "Precision averaged over the "
                + "recall levels (the area under the precision–recall curve, scikit-learn's definition).");
        positives = strip.add("curve-counts", "Positives / negatives", "Rows with the label and without it.");
        picker.setId("curve-label");
        strip.leadPicker(picker, report.choices(), "Which label's curves to show; \"all labels pooled\" treats every "
                + "row and label as one prediction.", this::show);
        rocPlot.setId("roc-plot");
        rocPlot.bind("chance", LinePlot.Look.COMPARE_TRAIN, LinePlot.diagonal());
        rocPlot.bind("model", LinePlot.Look.TRAIN, roc);
        prPlot.setId("pr-plot");
        prPlot.bind("guessing (positive rate)", LinePlot.Look.COMPARE_TRAIN, prBaseline);
        prPlot.bind("model", LinePlot.Look.TRAIN, pr);
        if (thresholds != null) {
            rocPlot.bind("current threshold", LinePlot.Look.DOT, rocDot);
            prPlot.bind("current threshold", LinePlot.Look.DOT, prDot);
            thresholds.addListener(new WeakChangeListener<>(follow));
        }
        ImageExport.install(rocPlot, () -> "roc-" + picker.getValue().name(), owner);
        ImageExport.install(prPlot, () -> "precision-recall-" + picker.getValue().name(), owner);
        HBox charts = new HBox(10, rocPlot, prPlot);
        HBox.setHgrow(rocPlot, Priority.ALWAYS);
        HBox.setHgrow(prPlot, Priority.ALWAYS);
        rocPlot.setPrefWidth(420);
        prPlot.setPrefWidth(420);
        VBox.setVgrow(charts, Priority.ALWAYS);
        operating.setId("operating-point");
        operating.getStyleClass().add("hint");
        operating.setWrapText(true);
        Label hint = new Label(data.rows() + " rows of " + data.source()
                + ". Right-click a chart to save it as PNG or copy it.");
        hint.getStyleClass().add("hint");
        getChildren().addAll(strip, charts, operating, hint);
        show(picker.getValue());
    }

    private void show(CurveReport.Choice c) {
        roc.setAll(CurveReport.rocPoints(c));
        pr.setAll(CurveReport.prPoints(c));
        prBaseline.setAll(new CurvePoint(0, c.positiveRate()), new CurvePoint(1, c.positiveRate()));
        auc.setText(MetricFormat.shown(c.roc().auc()));
        averagePrecision.setText(MetricFormat.shown(c.pr().averagePrecision()));
        positives.setText(c.curve().positives() + " / " + c.curve().negatives());
        rocPlot.setTitle("ROC curve · AUC " + MetricFormat.shown(c.roc().auc()));
        prPlot.setTitle("Precision–recall curve · AP " + MetricFormat.shown(c.pr().averagePrecision()));
        showOperatingPoint();
    }

    private void showOperatingPoint() {
        CurveReport.Choice c = picker.getValue();
        ThresholdPoint p = thresholds == null ? null : CurveReport.operatingPoint(c, thresholds.getValue());
        if (p == null) {
            rocDot.clear();
            prDot.clear();
            operating.setText(thresholds == null ? "" : "The labels have different thresholds, so the pooled curves "
                    + "have no single operating point; pick a label to see its own.");
            return;
        }
        rocDot.setAll(new CurvePoint(p.fpr(), p.recall()));
        prDot.setAll(new CurvePoint(p.recall(), p.precision()));
        operating.setText(String.format(Locale.ROOT, "The dot is the current threshold %s: true-positive rate %s, "
                        + "false-positive rate %s, precision %s (predicted positive when p > threshold).",
                MetricFormat.shown(p.threshold()), MetricFormat.shown(p.recall()), MetricFormat.shown(p.fpr()),
                MetricFormat.shown(p.precision())));
    }
}
