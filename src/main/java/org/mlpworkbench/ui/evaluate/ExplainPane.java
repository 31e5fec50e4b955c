package org.mlpworkbench.ui.evaluate;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mlpworkbench.bundle.PartialDependence;
import org.mlpworkbench.bundle.PermutationImportance;
import org.mlpworkbench.ui.component.BarPlot;
import org.mlpworkbench.ui.component.CurvePoint;
import org.mlpworkbench.ui.component.FormGrid;
import org.mlpworkbench.ui.component.ImageExport;
import org.mlpworkbench.ui.component.LinePlot;
import org.mlpworkbench.ui.component.Sections;

/**
 * The "Explain" tab: on the left the permutation importance of every input column (a bar per column, sorted,
 * with ± one standard deviation over the shuffles; score drop or loss rise; overall or per label), on the right
 * the partial dependence of a chosen output on a chosen column (a curve with the rows' 10th–90th percentile
 * band for a number, a bar per value otherwise). Compute, Cancel and progress drive the run's
 * {@link ExplainViewModel}; each chart saves as PNG on right-click and each part copies as tab-separated text.
 */
public final class ExplainPane extends VBox {

    private static final String OVERALL = "all outputs";
    private final ExplainViewModel viewModel;
    private final BarPlot importancePlot = new BarPlot("Permutation importance", "drop in the score when the column is shuffled");
    private final ComboBox<String> figure = new ComboBox<>();
    private final ComboBox<String> label = new ComboBox<>();
    private final LinePlot curve = new LinePlot("Partial dependence", "value", "mean output");
    private final BarPlot levels = new BarPlot("Partial dependence", "mean output");
    private final ObservableList<CurvePoint> band = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> mean = FXCollections.observableArrayList();
    private final StackPane dependenceChart = new StackPane(curve);

    public ExplainPane(ExplainViewModel viewModel, EvaluationData data, Supplier<Window> owner) {
        super(8);
        this.viewModel = viewModel;
        viewModel.use(data);
        setId("explain-pane");
        getStyleClass().add("evaluation-pane");
        Button cancel = new Button("Cancel");
        cancel.setId("explain-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("explain-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.runningProperty());
        Label status = new Label();
        status.setId("explain-status");
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        HBox top = new HBox(8, cancel, bar, status);
        top.setAlignment(Pos.CENTER_LEFT);
        if (!viewModel.hasRows()) {
            status.textProperty().unbind();
            status.setText("These rows were not kept with their features, so the model cannot be explained on them;"
                    + " evaluate on the validation split or a labelled file again.");
        }
        SplitPane parts = new SplitPane(importancePart(owner), dependencePart(owner));
        parts.setDividerPositions(0.5);
        VBox.setVgrow(parts, Priority.ALWAYS);
        getChildren().addAll(top, parts);
        viewModel.importanceProperty().addListener((obs, old, now) -> showImportance());
        viewModel.dependenceProperty().addListener((obs, old, now) -> showDependence());
        showImportance();
        showDependence();
    }

    private VBox importancePart(Supplier<Window> owner) {
        Spinner<Integer> repeats = new Spinner<>(1, 50, viewModel.repeatsProperty().get());
        repeats.setId("explain-repeats");
        repeats.setPrefWidth(70);
        repeats.setTooltip(FormGrid.tooltip("How often each column is shuffled; the bars show the mean and ± one standard deviation."));
        repeats.valueProperty().addListener((obs, old, now) -> viewModel.repeatsProperty().set(now));
        Button compute = button("explain-importance", "Compute importance",
                "Shuffle each input column in turn and measure how much worse the model gets (in the background).");
        compute.setOnAction(e -> viewModel.computeImportance());
        compute.disableProperty().bind(viewModel.runningProperty().or(Bindings.createBooleanBinding(() -> !viewModel.hasRows())));
        figure.setId("explain-figure");
        figure.setOnAction(e -> showImportance());
        label.setId("explain-label");
        label.setOnAction(e -> showImportance());
        label.setVisible(false);
        label.managedProperty().bind(label.visibleProperty());
        Button copy = copyButton("copy-importance", () -> viewModel.importanceProperty().get() == null ? ""
                : ExplainText.importance(viewModel.importanceProperty().get().result()));
        copy.disableProperty().bind(viewModel.importanceProperty().isNull());
        HBox controls = new HBox(8, new Label("Shuffles"), repeats, compute, figure, label, copy);
        controls.setAlignment(Pos.CENTER_LEFT);
        importancePlot.setId("explain-importance-chart");
        ImageExport.install(importancePlot, () -> "importance-" + viewModel.run().name(), owner);
        VBox box = Sections.titled("Permutation importance", "Each input column's values are shuffled across the rows; "
                + "the more the model's score drops, the more it relies on that column.", importancePlot);
        box.getChildren().add(2, controls);
        return box;
    }

    private VBox dependencePart(Supplier<Window> owner) {
        ComboBox<String> columns = new ComboBox<>(viewModel.columns());
        columns.setId("explain-column");
        columns.valueProperty().bindBidirectional(viewModel.columnProperty());
        ComboBox<String> outputs = new ComboBox<>(viewModel.outputs());
        outputs.setId("explain-output");
        outputs.getSelectionModel().select(viewModel.outputProperty().get());
        outputs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                viewModel.outputProperty().set(now.intValue()));
        outputs.setVisible(viewModel.outputs().size() > 1);
        outputs.managedProperty().bind(outputs.visibleProperty());
        Button compute = button("explain-dependence", "Compute",
                "Set the column to each value in turn for every row and average the model's output (in the background).");
        compute.setOnAction(e -> viewModel.computeDependence());
        compute.disableProperty().bind(viewModel.runningProperty().or(Bindings.createBooleanBinding(() -> !viewModel.hasRows())));
        Button copy = copyButton("copy-dependence", () -> viewModel.dependenceProperty().get() == null ? ""
                : ExplainText.dependence(viewModel.dependenceProperty().get().result()));
        copy.disableProperty().bind(viewModel.dependenceProperty().isNull());
        HBox controls = new HBox(8, new Label("Column"), columns, outputs, compute, copy);
        controls.setAlignment(Pos.CENTER_LEFT);
        curve.setId("explain-dependence-curve");
        curve.bind("10th–90th percentile of the rows", LinePlot.Look.BAND, band);
        curve.bind("mean over the rows", LinePlot.Look.TRAIN, mean);
        levels.setId("explain-dependence-bars");
        ImageExport.install(curve, () -> "partial-dependence-" + viewModel.columnProperty().get(), owner);
        ImageExport.install(levels, () -> "partial-dependence-" + viewModel.columnProperty().get(), owner);
        VBox box = Sections.titled("Partial dependence", "The model's output averaged over the rows with the column set "
                + "to each value, the other columns as they are.", dependenceChart);
        box.getChildren().add(2, controls);
        return box;
    }

    private void showImportance() {
        ExplainViewModel.Importance kept = viewModel.importanceProperty().get();
        if (kept == null) {
            importancePlot.setBars(List.of());
            return;
        }
        PermutationImportance r = kept.result();
        List<String> figures = List.of(r.score().equals("r2") ? "R² drop" : r.score() + " drop",
                r.loss().replace('_', ' ') + " rise");
        if (!figure.getItems().equals(figures)) {
            figure.getItems().setAll(figures);
            figure.getSelectionModel().select(0);
        }
        List<String> labels = new java.util.ArrayList<>(List.of(OVERALL));
        labels.addAll(r.outputs());
        if (!label.getItems().equals(labels)) {
            label.getItems().setAll(labels);
            label.getSelectionModel().select(0);
        }
        label.setVisible(!r.outputs().isEmpty());
        boolean loss = figure.getSelectionModel().getSelectedIndex() == 1;
        int output = Math.max(0, label.getSelectionModel().getSelectedIndex()) - 1;
        importancePlot.setTitle("Permutation importance" + (output < 0 ? "" : ": " + r.outputs().get(output))
                + " on " + r.rows() + " rows (mean ± sd of " + r.options().repeats() + ")");
        importancePlot.setBars(ExplainText.bars(r, loss, output).stream()
                .map(b -> new BarPlot.Bar(b.label(), b.mean(), b.mean() - b.sd(), b.mean() + b.sd())).toList());
        importancePlot.setValueLabel(ExplainText.axis(r, loss));
    }

    private void showDependence() {
        ExplainViewModel.Dependence kept = viewModel.dependenceProperty().get();
        band.clear();
        mean.clear();
        if (kept == null) {
            dependenceChart.getChildren().setAll(curve);
            return;
        }
        PartialDependence d = kept.result();
        String title = "Partial dependence of " + d.output() + " on " + d.column();
        if (d.numeric()) {
            curve.setTitle(title);
            curve.setXLabel(d.column());
            curve.setYLabel("mean " + d.output());
            band.setAll(LinePlot.band(d.points().stream().map(p -> new CurvePoint(p.value(), p.low())).toList(),
                    d.points().stream().map(p -> new CurvePoint(p.value(), p.high())).toList()));
            mean.setAll(d.points().stream().map(p -> new CurvePoint(p.value(), p.mean())).toList());
            dependenceChart.getChildren().setAll(curve);
        } else {
            levels.setTitle(title);
            levels.setValueLabel("mean " + d.output() + " (lines: 10th–90th percentile of the rows)");
            levels.setBars(d.points().stream().map(p -> new BarPlot.Bar(p.label(), p.mean(), p.low(), p.high())).toList());
            dependenceChart.getChildren().setAll(levels);
        }
    }

    private static Button button(String id, String text, String tooltip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(FormGrid.tooltip(tooltip));
        return b;
    }

    private Button copyButton(String id, Supplier<String> text) {
        Button copy = button(id, "Copy", "Copy the numbers as tab-separated text, ready to paste into a spreadsheet.");
        copy.setOnAction(e -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text.get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        return copy;
    }
}
