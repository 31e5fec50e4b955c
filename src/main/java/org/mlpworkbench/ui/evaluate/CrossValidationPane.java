package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mlpworkbench.metrics.BandPoint;
import org.mlpworkbench.metrics.MetricSummary;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.ui.component.CurvePoint;
import org.mlpworkbench.ui.component.FormGrid;
import org.mlpworkbench.ui.component.ImageExport;
import org.mlpworkbench.ui.component.LinePlot;
import org.mlpworkbench.ui.component.Sections;
import org.mlpworkbench.ui.session.CrossValidationResult;

/**
 * Cross-validation of a run: the fold count, Run / Cancel with a progress bar, then a table of every
 * metric per fold with its mean ± standard deviation and, for binary models, the out-of-fold accuracy
 * against the threshold with the folds' minimum–maximum band shaded around it.
 */
public final class CrossValidationPane extends VBox {

    private final CrossValidationViewModel viewModel;
    private final TableView<CrossValidationResult.MetricRow> table = new TableView<>();
    private final LinePlot plot = new LinePlot("Out-of-fold accuracy by threshold", "threshold", "accuracy");
    private final ObservableList<CurvePoint> band = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> pooled = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> baseline = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> threshold = FXCollections.observableArrayList();
    private final Label scoredAt = new Label();
    private final SplitPane results;

    public CrossValidationPane(CrossValidationViewModel viewModel, Supplier<Window> owner) {
        super(8);
        this.viewModel = viewModel;
        setId("cv-pane");
        getStyleClass().add("evaluation-pane");
        MetricStrip strip = new MetricStrip("copy-cv-metrics", () -> {
            CrossValidationResult r = viewModel.resultProperty().get();
            return r == null ? "" : metricsText(r);
        });
        strip.copyButton().disableProperty().bind(viewModel.resultProperty().isNull());
        Spinner<Integer> folds = new Spinner<>(CrossValidationViewModel.MIN_FOLDS, CrossValidationViewModel.MAX_FOLDS,
                viewModel.foldsProperty().get());
        folds.setId("cv-folds");
        folds.setPrefWidth(70);
        folds.setTooltip(FormGrid.tooltip("Number of folds k (2–10): every row is held out once, by one of k models "
                + "each trained on the other k − 1 parts."));
        folds.valueProperty().addListener((obs, old, now) -> viewModel.foldsProperty().set(now));
        folds.disableProperty().bind(viewModel.runningProperty());
        Label foldsLabel = new Label("Folds");
        foldsLabel.setLabelFor(folds);
        Button run = new Button("Run cross-validation");
        run.setId("cv-run");
        run.setDefaultButton(false);
        run.setTooltip(FormGrid.tooltip("Train " + viewModel.run().name() + "'s settings once per fold, in the background."));
        run.disableProperty().bind(viewModel.canStart().not());
        run.setOnAction(e -> viewModel.start());
        Button cancel = new Button("Cancel");
        cancel.setId("cv-cancel");
        cancel.setTooltip(FormGrid.tooltip("Stop the cross-validation (no result is kept)."));
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("cv-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.runningProperty());
        HBox controls = new HBox(8, foldsLabel, folds, run, cancel, bar);
        controls.setAlignment(Pos.CENTER_LEFT);
        strip.lead(controls);
        Label status = new Label();
        status.setId("cv-status");
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());

        table.setId("cv-table");
        table.setPlaceholder(new Label("Run cross-validation to see each fold's scores."));
        scoredAt.setId("cv-scored-at");
        scoredAt.getStyleClass().add("hint");
        VBox tableBox = Sections.titled("Scores per fold", "Each fold's model is scored on the rows it did not train on.",
                table);
        tableBox.getChildren().add(2, scoredAt);
        plot.setId("cv-plot");
        plot.bind("fold min–max", LinePlot.Look.BAND, band);
        plot.bind("always the majority answer", LinePlot.Look.COMPARE_TRAIN, baseline);
        plot.bind("all folds pooled", LinePlot.Look.TRAIN, pooled);
        plot.bind("threshold scored at", LinePlot.Look.MARKER, threshold);
        ImageExport.install(plot, () -> "cross-validation-" + viewModel.run().name(), owner);
        results = new SplitPane(tableBox);
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(strip, status, results);
        viewModel.resultProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.resultProperty().get());
    }

    private void show(CrossValidationResult r) {
        table.getColumns().clear();
        table.getItems().clear();
        band.clear();
        pooled.clear();
        baseline.clear();
        threshold.clear();
        scoredAt.setText("");
        if (r == null) {
            return;
        }
        if (!r.thresholds().isEmpty()) {
            scoredAt.setText("Scored at the run's threshold" + (r.thresholds().size() == 1 ? " " : "s ")
                    + String.join(", ", r.thresholds().stream().map(MetricFormat::shown).toList())
                    + " (predicted positive when p > threshold).");
        }
        TableColumn<CrossValidationResult.MetricRow, String> name = new TableColumn<>("Metric");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name().replace('_', ' ')));
        name.setPrefWidth(140);
        table.getColumns().add(name);
        TableColumn<CrossValidationResult.MetricRow, String> mean = new TableColumn<>("Mean ± sd");
        mean.setId("cv-mean");
        mean.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(meanAndSd(c.getValue().summary())));
        mean.setStyle("-fx-alignment: center-right; -fx-font-weight: bold;");
        mean.setPrefWidth(130);
        table.getColumns().add(mean);
        for (int f = 0; f < r.folds().size(); f++) {
            int fold = f;
            TableColumn<CrossValidationResult.MetricRow, String> column = new TableColumn<>("Fold " + (f + 1));
            column.setId("cv-fold-" + (f + 1));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(MetricFormat.shown(c.getValue().perFold().get(fold))));
            column.setStyle("-fx-alignment: center-right;");
            column.setPrefWidth(66);
            table.getColumns().add(column);
        }
        table.getItems().setAll(r.rows());
        boolean curve = r.outOfFold() != null;
        if (curve) {
            plot.setTitle(r.task() == Task.MULTI_LABEL ? "Out-of-fold accuracy by threshold, all labels pooled"
                    : "Out-of-fold accuracy by threshold");
            List<BandPoint> points = r.band();
            band.setAll(LinePlot.band(CrossValidationResult.bandCurve(points, BandPoint::min),
                    CrossValidationResult.bandCurve(points, BandPoint::max)));
            pooled.setAll(CrossValidationResult.bandCurve(points, BandPoint::pooledAccuracy));
            double majority = r.outOfFold().pooled().constantBaseline();
            baseline.setAll(new CurvePoint(0, majority), new CurvePoint(1, majority));
            double low = points.stream().mapToDouble(BandPoint::min).min().orElse(0);
            double high = points.stream().mapToDouble(BandPoint::max).max().orElse(1);
            if (r.thresholds().stream().distinct().count() == 1) {
                threshold.setAll(new CurvePoint(r.thresholds().get(0), low), new CurvePoint(r.thresholds().get(0), high));
            }
        }
        if (curve && !results.getItems().contains(plot)) {
            results.getItems().add(plot);
            results.setDividerPositions(0.5);
        } else if (!curve) {
            results.getItems().remove(plot);
        }
    }

    /** "0.8123 ± 0.0211". */
    static String meanAndSd(MetricSummary s) {
        return MetricFormat.shown(s.mean()) + " ± " + MetricFormat.shown(s.std());
    }

    /** {@code result}'s table as tab-separated text: metric, each fold, mean, sd, min, max. */
    static String metricsText(CrossValidationResult result) {
        List<String> header = new ArrayList<>(List.of("metric"));
        for (int f = 1; f <= result.folds().size(); f++) {
            header.add("fold " + f);
        }
        header.addAll(List.of("mean", "sd", "min", "max"));
        StringBuilder text = new StringBuilder(MetricFormat.row(header));
        for (CrossValidationResult.MetricRow r : result.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.name()));
            r.perFold().forEach(v -> cells.add(MetricFormat.copied(v)));
            MetricSummary s = r.summary();
            for (double v : new double[] {s.mean(), s.std(), s.min(), s.max()}) {
                cells.add(MetricFormat.copied(v));
            }
            text.append(MetricFormat.row(cells));
        }
        return text.toString();
    }
}
