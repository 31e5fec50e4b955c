package org.mlpworkbench.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;
import static org.mlpworkbench.ui.evaluate.PaneReading.cell;
import static org.mlpworkbench.ui.evaluate.PaneReading.text;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.metrics.ClassScores;
import org.mlpworkbench.metrics.MultiClassMetrics;
import org.mlpworkbench.metrics.PrecisionRecallCurve;
import org.mlpworkbench.metrics.RegressionMetrics;
import org.mlpworkbench.metrics.RocCurve;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.ui.component.CurvePoint;
import org.mlpworkbench.ui.component.LinePlot;
import org.mlpworkbench.ui.component.ScatterPlot;
import org.mlpworkbench.ui.session.CrossValidationResult;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.FxBackgroundTasks;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each evaluation pane in a real stage with a model trained through the core (titanic binary,
 * land-cover multi-class, house-prices regression): what the pane shows equals what the metrics
 * classes compute on the same rows.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationPanesUiTest {

    private static RunRecord titanic;
    private static RunRecord landCover;
    private static RunRecord houses;
    private Stage stage;

    @BeforeAll
    static void train() throws Exception {
        titanic = EvaluateFixtures.trainedRun(SampleData.file("titanic/train.csv"), 8);
        landCover = EvaluateFixtures.trainedRun(EvaluateFixtures.sample("land-cover.csv"), 10);
        houses = EvaluateFixtures.trainedRun(EvaluateFixtures.sample("house-prices.csv"), 40);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(new StackPane(), 1160, 680);
        scene.getStylesheets().add(EvaluationPanesUiTest.class.getResource("/org/mlpworkbench/ui/workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void show(FxRobot robot, Parent pane) {
        robot.interact(() -> stage.getScene().setRoot(pane));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConfusionGridAndClassTableShowTheMultiClassMetrics(FxRobot robot) throws Exception {
        EvaluationData data = EvaluateFixtures.validation(landCover);
        MultiClassMetrics m = MultiClassMetrics.of(data.outputs(), data.targets());
        show(robot, new ConfusionPane(Scored.of(data), () -> stage));

        long[][] counts = m.confusionMatrix();
        for (int a = 0; a < m.classes(); a++) {
            for (int p = 0; p < m.classes(); p++) {
                assertThat(text(robot, "#confusion-cell-" + a + "-" + p)).isEqualTo(Long.toString(counts[a][p]));
            }
        }
        assertThat(text(robot, "#accuracy")).isEqualTo(MetricFormat.shown(m.accuracy()));
        assertThat(text(robot, "#macro-f1")).isEqualTo(MetricFormat.shown(m.macroF1()));
        assertThat(text(robot, "#log-loss")).isEqualTo(MetricFormat.shown(m.logLoss()));
        assertThat(text(robot, "#confusion-rows")).isEqualTo(Integer.toString(data.rows()));
        assertThat(m.accuracy()).as("a trained model beats guessing among 5 classes").isGreaterThan(0.4);
        TableView<ClassScores> table = robot.lookup("#class-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(5);
        for (int i = 0; i < 5; i++) {
            ClassScores s = m.perClass().get(i);
            assertThat(cell(table, "precision", i)).isEqualTo(MetricFormat.shown(s.precision()));
            assertThat(cell(table, "recall", i)).isEqualTo(MetricFormat.shown(s.recall()));
            assertThat(cell(table, "f1", i)).isEqualTo(MetricFormat.shown(s.f1()));
            assertThat(cell(table, "support", i)).isEqualTo(Long.toString(s.support()));
        }
        assertThat(table.getColumns().get(0).getCellObservableValue(0).getValue())
                .isEqualTo(data.outputNames().get(0).substring("cover=".length()));
        assertThat(robot.lookup("#confusion-grid").query().getOnContextMenuRequested()).as("PNG save/copy menu").isNotNull();

        robot.clickOn("#copy-confusion-metrics");
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).startsWith("accuracy\t" + m.accuracy() + "\n").contains("\nrows\t" + data.rows() + "\n");
    }

    @Test
    void aLargeMatrixKeepsItsClassNamesInViewAndSavesWhole(FxRobot robot) throws Exception {
        show(robot, new ConfusionPane(Scored.of(EvaluateFixtures.twentyClasses()), () -> stage));
        javafx.scene.layout.GridPane grid = robot.lookup("#confusion-grid").queryAs(javafx.scene.layout.GridPane.class);
        javafx.scene.control.ScrollPane scroll = robot.lookup("#confusion-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        int[] whole = pixels(WaitForAsyncUtils.asyncFx(() -> grid.snapshot(null, null)).get());

        robot.interact(() -> {
            scroll.setHvalue(scroll.getHmax());
            scroll.setVvalue(scroll.getVmax());
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds view = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node viewport = scroll.lookup(".viewport");
            return viewport.localToScene(viewport.getLayoutBounds());
        }).get();
        javafx.geometry.Bounds lastCell = robot.lookup("#confusion-cell-19-19").query().localToScene(
                robot.lookup("#confusion-cell-19-19").query().getLayoutBounds());
        assertThat(view.contains(lastCell)).as("scrolled to the last cell").isTrue();
        javafx.scene.Node columnHead = header(grid, 20, 0);
        javafx.scene.Node rowHead = header(grid, 0, 20);
        javafx.geometry.Bounds top = columnHead.localToScene(columnHead.getBoundsInLocal());
        javafx.geometry.Bounds left = rowHead.localToScene(rowHead.getBoundsInLocal());
        assertThat(top.getMinY()).as("the predicted-class header stays at the top").isBetween(view.getMinY() - 1, view.getMinY() + 1);
        assertThat(top.getMinX()).isCloseTo(lastCell.getMinX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(left.getMinX()).as("the true-class header stays at the left").isBetween(view.getMinX() - 1, view.getMinX() + 1);
        assertThat(left.getMinY()).isCloseTo(lastCell.getMinY(), org.assertj.core.data.Offset.offset(1.0));

        javafx.scene.Node target = robot.lookup("#confusion-cell-19-19").query();
        robot.interact(() -> {
            javafx.geometry.Point2D at = target.localToScreen(5, 5);
            javafx.event.Event.fireEvent(target, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, at.getX(), at.getY(), false, null));
        });
        robot.clickOn("Copy image");
        javafx.scene.image.Image copied = WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getImage()).get();
        assertThat(pixels(copied)).as("the saved image has every header in its own place").isEqualTo(whole);
        assertThat(columnHead.getTranslateY()).as("pinned again after the copy").isPositive();
    }

    private static javafx.scene.Node header(javafx.scene.layout.GridPane grid, int column, int row) {
        return grid.getChildren().stream().filter(n -> Integer.valueOf(column).equals(javafx.scene.layout.GridPane.getColumnIndex(n))
                && Integer.valueOf(row).equals(javafx.scene.layout.GridPane.getRowIndex(n))).findFirst().orElseThrow();
    }

    private static int[] pixels(javafx.scene.image.Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    @Test
    void theRegressionPaneShowsTheRegressionMetricsAndEveryPoint(FxRobot robot) {
        EvaluationData data = EvaluateFixtures.validation(houses);
        RegressionMetrics m = RegressionMetrics.of(data.outputs(), data.targets());
        show(robot, new RegressionPane(Scored.of(data), () -> stage));

        assertThat(text(robot, "#mse")).isEqualTo(MetricFormat.shown(m.mse(0)));
        assertThat(text(robot, "#rmse")).isEqualTo(MetricFormat.shown(m.rmse(0)));
        assertThat(text(robot, "#mae")).isEqualTo(MetricFormat.shown(m.mae(0)));
        assertThat(text(robot, "#r2")).isEqualTo(MetricFormat.shown(m.r2(0)));
        assertThat(m.r2(0)).as("house prices are learnable").isGreaterThan(0.5);
        ScatterPlot fit = robot.lookup("#predicted-vs-actual").queryAs(ScatterPlot.class);
        assertThat(fit.pointCount()).isEqualTo(data.rows());
        assertThat(fit.drawnCount()).isEqualTo(data.rows());
        assertThat(robot.lookup("#residual-plot").queryAs(ScatterPlot.class).pointCount()).isEqualTo(data.rows());
        assertThat(robot.lookup("#regression-output").tryQuery()).as("one target: no picker shown").isEmpty();
        assertThat(fit.getOnContextMenuRequested()).as("PNG save/copy menu").isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void severalTargetsGetAPickerThatSwitchesTheNumbers(FxRobot robot) {
        int n = 50;
        float[] y = new float[2 * n];
        float[] p = new float[2 * n];
        for (int r = 0; r < n; r++) {
            y[2 * r] = r;
            p[2 * r] = r + (r % 3) - 1;
            y[2 * r + 1] = 100 - 2 * r;
            p[2 * r + 1] = 90 - 2 * r + (r % 5);
        }
        EvaluationData data = new EvaluationData("two targets", new org.mlpworkbench.prep.FittedRecipe(List.of(),
                new org.mlpworkbench.prep.TargetEncoding.Regression(List.of("width", "height"), false, List.of(0.0, 0.0),
                        List.of(1.0, 1.0)), n), new org.mlpworkbench.data.Matrix(n, 2, p), new org.mlpworkbench.data.Matrix(n, 2, y), 0, "");
        RegressionMetrics m = RegressionMetrics.of(data.outputs(), data.targets());
        show(robot, new RegressionPane(Scored.of(data), () -> stage));
        javafx.scene.control.ComboBox<String> picker = robot.lookup("#regression-output").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(picker.getItems()).containsExactly("width", "height");
        assertThat(text(robot, "#mae")).isEqualTo(MetricFormat.shown(m.mae(0)));

        robot.interact(() -> picker.getSelectionModel().select(1));
        assertThat(text(robot, "#mae")).isEqualTo(MetricFormat.shown(m.mae(1)));
        assertThat(text(robot, "#r2")).isEqualTo(MetricFormat.shown(m.r2(1)));
        assertThat(m.mae(1)).isNotEqualTo(m.mae(0));
    }

    @Test
    void manyRowsAreThinnedForDrawingButAllScored(FxRobot robot) {
        int n = 45_000;
        float[] y = new float[n];
        float[] p = new float[n];
        java.util.Random random = new java.util.Random(5);
        for (int r = 0; r < n; r++) {
            y[r] = (float) random.nextGaussian();
            p[r] = y[r] + 0.5f * (float) random.nextGaussian();
        }
        EvaluationData data = new EvaluationData("many rows", new org.mlpworkbench.prep.FittedRecipe(List.of(),
                new org.mlpworkbench.prep.TargetEncoding.Regression(List.of("y"), false, List.of(0.0), List.of(1.0)), n),
                new org.mlpworkbench.data.Matrix(n, 1, p), new org.mlpworkbench.data.Matrix(n, 1, y), 0, "");
        show(robot, new RegressionPane(Scored.of(data), () -> stage));
        ScatterPlot fit = robot.lookup("#predicted-vs-actual").queryAs(ScatterPlot.class);
        assertThat(fit.pointCount()).isEqualTo(n);
        assertThat(fit.drawnCount()).isEqualTo(15_000);
        assertThat(text(robot, "#regression-hint")).startsWith("The charts draw one row in 3; the metrics use all 45000.");
        assertThat(text(robot, "#r2")).isEqualTo(MetricFormat.shown(RegressionMetrics.of(data.outputs(), data.targets()).r2(0)));
    }

    @Test
    void theCurvesShowTheAreasAndTheDotFollowsTheRunsThreshold(FxRobot robot) {
        EvaluationData data = EvaluateFixtures.validation(titanic);
        ThresholdCurve curve = ThresholdCurve.build(data.outputs(), data.targets());
        show(robot, new CurvesPane(Scored.of(data), titanic.thresholdsProperty(), () -> stage));

        assertThat(text(robot, "#roc-auc")).isEqualTo(MetricFormat.shown(RocCurve.of(curve).auc()));
        assertThat(text(robot, "#average-precision")).isEqualTo(MetricFormat.shown(PrecisionRecallCurve.of(curve).averagePrecision()));
        assertThat(text(robot, "#curve-counts")).isEqualTo(curve.positives() + " / " + curve.negatives());
        assertThat(RocCurve.of(curve).auc()).isGreaterThan(0.75);
        assertThat(text(robot, "#operating-point")).contains("current threshold 0.5000");
        LinePlot roc = robot.lookup("#roc-plot").queryAs(LinePlot.class);
        ThresholdPoint half = curve.at(0.5);
        assertThat(roc.points("current threshold")).containsExactly(new CurvePoint(half.fpr(), half.recall()));

        robot.interact(() -> titanic.setThresholds(List.of(0.3)));
        ThresholdPoint low = curve.at(0.3);
        assertThat(text(robot, "#operating-point")).contains("current threshold 0.3000")
                .contains("true-positive rate " + MetricFormat.shown(low.recall()));
        assertThat(roc.points("current threshold")).containsExactly(new CurvePoint(low.fpr(), low.recall()));
        assertThat(robot.lookup("#pr-plot").queryAs(LinePlot.class).points("current threshold"))
                .containsExactly(new CurvePoint(low.recall(), low.precision()));
        robot.interact(() -> titanic.setThresholds(List.of(0.5)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void multiLabelCurvesOfferEveryLabelAndThePool(FxRobot robot) throws Exception {
        RunRecord tags = EvaluateFixtures.trainedRun(EvaluateFixtures.sample("scene-tags.csv"), 8);
        EvaluationData data = EvaluateFixtures.validation(tags);
        show(robot, new CurvesPane(Scored.of(data), tags.thresholdsProperty(), () -> stage));
        javafx.scene.control.ComboBox<CurveReport.Choice> picker = robot.lookup("#curve-label").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(picker.getItems()).extracting(CurveReport.Choice::name)
                .containsExactlyElementsOf(java.util.stream.Stream.concat(data.outputNames().stream(),
                        java.util.stream.Stream.of("all labels pooled")).toList());

        robot.interact(() -> picker.getSelectionModel().select(picker.getItems().size() - 1));
        ThresholdCurve pooled = ThresholdCurve.build(data.outputs(), data.targets());
        assertThat(text(robot, "#roc-auc")).isEqualTo(MetricFormat.shown(RocCurve.of(pooled).auc()));
        assertThat(text(robot, "#curve-counts")).isEqualTo(pooled.positives() + " / " + pooled.negatives());
        assertThat(robot.lookup("#roc-plot").queryAs(LinePlot.class).points("current threshold")).hasSize(1);

        List<Double> mixed = new java.util.ArrayList<>(tags.thresholdsProperty().get());
        mixed.set(0, 0.3);
        robot.interact(() -> tags.setThresholds(mixed));
        assertThat(robot.lookup("#roc-plot").queryAs(LinePlot.class).points("current threshold")).isEmpty();
        assertThat(text(robot, "#operating-point")).contains("different thresholds");
        robot.interact(() -> picker.getSelectionModel().select(0));
        assertThat(text(robot, "#operating-point")).contains("current threshold 0.3000");
    }

    @Test
    @SuppressWarnings("unchecked")
    void crossValidationRunsInTheBackgroundAndFillsTheTableAndBand(FxRobot robot) {
        CrossValidationViewModel vm = new CrossValidationViewModel(titanic, new FxBackgroundTasks());
        show(robot, new CrossValidationPane(vm, () -> stage));
        robot.interact(() -> robot.lookup("#cv-folds").queryAs(Spinner.class).getValueFactory().setValue(3));
        assertThat(vm.foldsProperty().get()).isEqualTo(3);

        assertThat(robot.lookup("#copy-cv-metrics").queryButton().isDisabled()).as("nothing to copy yet").isTrue();
        robot.clickOn("#cv-run");
        waitUntil(120, () -> vm.resultProperty().get() != null);

        CrossValidationResult r = vm.resultProperty().get();
        TableView<CrossValidationResult.MetricRow> table = robot.lookup("#cv-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(r.summary().size());
        assertThat(table.getColumns()).extracting(TableColumn::getText)
                .containsExactly("Metric", "Mean ± sd", "Fold 1", "Fold 2", "Fold 3");
        assertThat(cell(table, "cv-mean", 0)).isEqualTo(CrossValidationPane.meanAndSd(r.summary().get("accuracy")));
        assertThat(cell(table, "cv-fold-2", 0)).isEqualTo(MetricFormat.shown(r.folds().get(1).get("accuracy")));
        LinePlot plot = robot.lookup("#cv-plot").queryAs(LinePlot.class);
        assertThat(plot.points("all folds pooled")).hasSize(r.band().size() + 1);
        assertThat(plot.points("fold min–max")).hasSize(2 * (r.band().size() + 1));
        assertThat(plot.points("threshold scored at")).extracting(CurvePoint::x).containsOnly(0.5);
        assertThat(text(robot, "#cv-scored-at")).isEqualTo("Scored at the run's threshold 0.5000 (predicted positive when p > threshold).");
        assertThat(robot.lookup("#cv-run").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#copy-cv-metrics").queryButton().isDisabled()).isFalse();
    }

    @Test
    void theTabsSuitTheTask() throws Exception {
        SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
        Scored binaryRows = Scored.of(EvaluateFixtures.validation(titanic));
        Scored multiRows = Scored.of(EvaluateFixtures.validation(landCover));
        Scored regressionRows = Scored.of(EvaluateFixtures.validation(houses));
        List<String> binary = WaitForAsyncUtils.asyncFx(() -> titles(EvaluationTabs.forData(
                binaryRows, titanic, new CrossValidationViewModel(titanic, tasks),
                new ExplainViewModel(titanic, tasks), null, () -> stage))).get();
        List<String> withoutRun = WaitForAsyncUtils.asyncFx(() -> titles(EvaluationTabs.forData(
                binaryRows, null, null, null, null, () -> stage))).get();
        List<String> multi = WaitForAsyncUtils.asyncFx(() -> titles(EvaluationTabs.forData(
                multiRows, landCover, new CrossValidationViewModel(landCover, tasks),
                new ExplainViewModel(landCover, tasks), null, () -> stage))).get();
        List<String> regression = WaitForAsyncUtils.asyncFx(() -> titles(EvaluationTabs.forData(
                regressionRows, houses, new CrossValidationViewModel(houses, tasks),
                new ExplainViewModel(houses, tasks), null, () -> stage))).get();
        assertThat(binary).containsExactly("ROC / PR", "Calibration", "Cross-validation", "Explain");
        assertThat(withoutRun).containsExactly("ROC / PR", "Calibration");
        assertThat(multi).containsExactly("Confusion matrix", "Calibration", "Cross-validation", "Explain");
        assertThat(regression).containsExactly("Predicted vs actual", "Cross-validation", "Explain");
    }

    private static List<String> titles(List<Tab> tabs) {
        return tabs.stream().map(Tab::getText).toList();
    }
}
