package org.mlpworkbench.ui.evaluate;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mlpworkbench.metrics.CostCurve;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.ui.component.FormGrid;
import org.mlpworkbench.ui.component.ImageExport;
import org.mlpworkbench.ui.component.ThresholdChart;

/**
 * The "Threshold" tab: the metric-versus-threshold chart with its draggable marker, the slider and the
 * numeric field (all three move the explorer's one threshold), and on the right the metrics and confusion
 * matrix at that threshold, the best-threshold buttons and, for multi-label models, the mode and label
 * picker ({@link LabelThresholds}) with the multi-label scores.
 */
final class ThresholdPane extends BorderPane {

    private final ThresholdExplorer explorer;
    private final CostChoice costs;
    private final EvaluateViewModel viewModel;
    private final ThresholdChart chart = new ThresholdChart("");
    private final ConfusionGrid confusion = new ConfusionGrid();
    private final CompareChoice compare;
    private final ThresholdNumbers numbers;
    private final Label matrixTitle = new Label();
    /** Held here so the view-model's toggles, which outlive this pane, reference it only weakly. */
    private final javafx.beans.value.ChangeListener<Boolean> redrawOnToggle = (obs, old, now) -> chart.refresh();

    ThresholdPane(EvaluateViewModel viewModel, ThresholdExplorer explorer, CellRowsLister rows, Supplier<Window> owner) {
        this.explorer = explorer;
        this.costs = viewModel.costsProperty().get();
        this.compare = viewModel.compareProperty().get();
        this.numbers = new ThresholdNumbers(explorer, costs, compare, viewModel.runProperty().get().name());
        confusion.setOnCell(CellRowsLister.canList(explorer.scored().data())
                ? (actual, predicted) -> CellRowsWindow.open(rows, explorer, actual, predicted, owner) : null);
        this.viewModel = viewModel;
        setId("threshold-pane");
        chart.setId("threshold-chart");
        chart.thresholdProperty().bindBidirectional(explorer.thresholdProperty());
        chart.setMarkerValue(t -> explorer.curveProperty().get().accuracyAt(t));
        chart.setLines(this::lines);
        Tooltip.install(chart, new Tooltip("Drag or click to move the threshold. The dashed line is what predicting "
                + "everything negative would score. Right-click to save or copy the chart as an image."));
        ImageExport.install(chart, () -> "threshold-" + explorer.positiveName(), owner);
        HBox toggles = new HBox(12, new Label("Show:"),
                toggle("show-precision", "Precision", viewModel.curveLines().precisionProperty(),
                        "Precision: of the rows predicted positive, the share that are positive"),
                toggle("show-recall", "Recall", viewModel.curveLines().recallProperty(),
                        "Recall: of the positive rows, the share predicted positive"),
                toggle("show-f1", "F1", viewModel.curveLines().f1Property(), "F1: the harmonic mean of precision and recall"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        toggles.getChildren().addAll(gap, new CompareBox(compare));
        toggles.setAlignment(Pos.CENTER_LEFT);
        HBox middle = new HBox(10, chart);
        HBox.setHgrow(chart, Priority.ALWAYS);
        if (explorer.isMultiLabel()) {
            LabelThresholds labels = new LabelThresholds(viewModel, explorer);
            labels.setMinWidth(Region.USE_PREF_SIZE);
            middle.getChildren().add(0, labels);
        }
        VBox plot = new VBox(6, toggles, middle, sliderRow(), new CostFields(costs, explorer),
                new BestThresholdButtons(viewModel, explorer, costs));
        VBox.setVgrow(middle, Priority.ALWAYS);

        matrixTitle.getStyleClass().add("section-title");
        VBox side = new VBox(8, section("At this threshold"), numbers, matrixTitle, confusion);
        side.setPadding(new javafx.geometry.Insets(0, 4, 0, 10));
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(270);
        scroll.setPrefWidth(330);
        HBox all = new HBox(10, plot, scroll);
        HBox.setHgrow(plot, Priority.ALWAYS);
        setCenter(all);

        explorer.curveProperty().addListener((obs, old, now) -> curveChanged());
        explorer.pointProperty().addListener((obs, old, now) -> update());
        costs.costsProperty().addListener((obs, old, now) -> update());
        costs.curveProperty().addListener((obs, old, now) -> costCurveChanged());
        compare.pointProperty().addListener((obs, old, now) -> update());
        compare.curveProperty().addListener((obs, old, now) -> chart.refresh());
        for (BooleanProperty shown : new BooleanProperty[] {viewModel.curveLines().precisionProperty(),
                viewModel.curveLines().recallProperty(), viewModel.curveLines().f1Property()}) {
            shown.addListener(new javafx.beans.value.WeakChangeListener<>(redrawOnToggle));
        }
        curveChanged();
    }

    private HBox sliderRow() {
        Slider slider = new Slider(0, 1, explorer.thresholdProperty().get());
        slider.setId("threshold-slider");
        slider.setBlockIncrement(0.01);
        slider.setMajorTickUnit(0.1);
        slider.setShowTickMarks(true);
        slider.setMinorTickCount(1);
        slider.valueProperty().bindBidirectional(explorer.thresholdProperty());
        slider.setTooltip(new Tooltip("The decision threshold: a row is predicted positive if its probability is above it. "
                + "Arrow keys move it by 0.01."));
        TextField field = new TextField();
        field.setId("threshold-field");
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(explorer.input().textProperty());
        field.setTooltip(new Tooltip("Type an exact threshold between 0 and 1 and press Enter"));
        field.setOnAction(e -> explorer.commitInput());
        field.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                explorer.commitInput();
            }
        });
        Label error = new Label();
        error.setId("threshold-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(explorer.input().errorProperty());
        explorer.input().validProperty().addListener((obs, old, ok) -> FormGrid.mark(field, !ok));
        Label name = new Label("Thr_eshold");
        name.setMnemonicParsing(true);
        name.setLabelFor(slider);
        HBox row = new HBox(8, name, slider, field, error);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(slider, Priority.ALWAYS);
        return row;
    }

    private java.util.List<ThresholdChart.Line> lines(int n) {
        java.util.List<ThresholdChart.Line> lines = new java.util.ArrayList<>(ThresholdSeries.of(explorer.curveProperty().get(), n,
                viewModel.curveLines().precisionProperty().get(), viewModel.curveLines().recallProperty().get(),
                viewModel.curveLines().f1Property().get()));
        CostCurve cost = costs.curveProperty().get();
        if (cost != null && cost.curve() == explorer.curveProperty().get()) {
            lines.add(ThresholdSeries.cost(cost, n));
        }
        ThresholdCurve other = compare.curveProperty().get();
        if (other != null && compare.otherProperty().get() != null) {
            lines.addAll(ThresholdSeries.compared(viewModel.runProperty().get().name(), compare.otherProperty().get().name(),
                    other, n, viewModel.curveLines()));
        }
        return lines;
    }

    private void costCurveChanged() {
        CostCurve cost = costs.curveProperty().get();
        double[] scale = cost == null ? new double[] {Double.NaN, Double.NaN} : ThresholdSeries.costScale(cost);
        chart.setRightScale(scale[0], scale[1]);
    }

    private void curveChanged() {
        ThresholdCurve curve = explorer.curveProperty().get();
        boolean pooled = explorer.isMultiLabel() && explorer.modeProperty().get() == ThresholdExplorer.Mode.GLOBAL;
        chart.setTitle(pooled ? "All labels pooled" : "Metrics of " + explorer.positiveName() + " by threshold");
        String never = pooled ? "predict no labels" : explorer.isMultiLabel() ? "never predict " + explorer.positiveName()
                : "always predict not " + explorer.positiveName();
        chart.setBaseline(curve.allNegativeAccuracy(), never + ": accuracy " + MetricsText.number(curve.allNegativeAccuracy()));
        chart.refresh();
        update();
    }

    private void update() {
        ThresholdPoint p = explorer.pointProperty().get();
        boolean pooled = explorer.isMultiLabel() && explorer.modeProperty().get() == ThresholdExplorer.Mode.GLOBAL;
        numbers.update();
        matrixTitle.setText("Confusion matrix (" + p.total() + (pooled ? " predictions)" : " rows)"));
        confusion.show(p, explorer.positiveName());
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static CheckBox toggle(String id, String text, BooleanProperty value, String tip) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        box.setTooltip(new Tooltip(tip + " (drawn on the chart when ticked)"));
        return box;
    }
}
