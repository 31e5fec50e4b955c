package org.mlpworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.MultiLabelMetrics;
import org.mlpworkbench.metrics.ThresholdCosts;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.metrics.ThresholdMetric;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.ui.component.ThresholdChart;
import org.mlpworkbench.ui.evaluate.MetricsText;
import org.mlpworkbench.ui.session.RunRecord;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drives the real window: trains a model, opens the Evaluate step, moves the threshold with the keyboard,
 * by dragging the chart's marker, by typing and with the best-threshold buttons, and checks every number
 * shown against the threshold curve built directly from the run's validation outputs.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluateStepUiTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = UiTestSupport.start(stage);
    }

    private RunRecord trainAndEvaluate(FxRobot robot, Path file, int epochs) {
        robot.interact(() -> window.open(file));
        waitUntil(30, () -> window.model().preparation() != null
                && window.model().preparation().data().file().equals(file));
        robot.interact(() -> {
            window.trainViewModel().form().epochs.set(Integer.toString(epochs));
            window.trainViewModel().start();
        });
        waitUntil(60, () -> !window.trainViewModel().activeProperty().get()
                && window.evaluateViewModel().explorerProperty().get() != null);
        robot.clickOn("#step-evaluate");
        waitUntil(10, () -> robot.lookup("#threshold-slider").tryQuery().isPresent());
        return window.model().lastModelRunProperty().get();
    }

    private static ThresholdCurve[] curves(RunRecord run) {
        Matrix p = run.bundleSnapshot().get().predictFeatures(run.validation().features());
        Matrix y = run.validation().targets();
        ThresholdCurve[] out = new ThresholdCurve[p.cols()];
        for (int j = 0; j < out.length; j++) {
            float[] column = new float[p.rows()];
            boolean[] target = new boolean[p.rows()];
            for (int r = 0; r < p.rows(); r++) {
                column[r] = p.data()[r * p.cols() + j];
                target[r] = y.data()[r * p.cols() + j] == 1f;
            }
            out[j] = ThresholdCurve.build(column, target);
        }
        return out;
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private double slider(FxRobot robot) {
        return robot.lookup("#threshold-slider").queryAs(Slider.class).getValue();
    }

    /** The labels and confusion cells equal the curve's point at the slider's value. */
    private void assertShows(FxRobot robot, ThresholdCurve curve) {
        ThresholdPoint p = curve.at(slider(robot));
        assertThat(text(robot, "#metric-accuracy")).isEqualTo(MetricsText.number(p.accuracy()));
        assertThat(text(robot, "#metric-precision")).isEqualTo(MetricsText.number(p.precision()));
        assertThat(text(robot, "#metric-recall")).isEqualTo(MetricsText.number(p.recall()));
        assertThat(text(robot, "#metric-f1")).isEqualTo(MetricsText.number(p.f1()));
        assertThat(text(robot, "#metric-balanced-accuracy")).isEqualTo(MetricsText.number(p.balancedAccuracy()));
        assertThat(List.of(text(robot, "#cm-tp"), text(robot, "#cm-fp"), text(robot, "#cm-fn"), text(robot, "#cm-tn")))
                .containsExactly(Long.toString(p.tp()), Long.toString(p.fp()), Long.toString(p.fn()), Long.toString(p.tn()));
    }

    @Test
    void titanicThresholdMovesByKeyboardDragTypingAndBestButtons(FxRobot robot) throws Exception {
        RunRecord run = trainAndEvaluate(robot, SampleData.file("titanic/train.csv"), 4);
        ThresholdCurve curve = curves(run)[0];
        assertThat(slider(robot)).isEqualTo(0.5);
        assertShows(robot, curve);
        assertThat(robot.lookup("#cm-tp-share").queryAs(Label.class).getText())
                .isEqualTo(MetricsText.percent(curve.at(0.5).tp(), curve.positives()));

        robot.clickOn("#threshold-field").press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(robot.lookup("#threshold-slider").queryAs(Slider.class).isFocused()).isTrue();
        robot.type(KeyCode.RIGHT, 7);
        assertThat(slider(robot)).isCloseTo(0.57, org.assertj.core.data.Offset.offset(1e-9));
        assertShows(robot, curve);
        assertThat(run.thresholdsProperty().get()).containsExactly(slider(robot));

        ThresholdChart chart = robot.lookup("#threshold-chart").queryAs(ThresholdChart.class);
        Bounds b = chart.localToScreen(chart.getLayoutBounds());
        double plotWidth = b.getWidth() - 44 - 14;
        double y = b.getMinY() + b.getHeight() / 2;
        robot.drag(new Point2D(b.getMinX() + 44 + 0.57 * plotWidth, y), MouseButton.PRIMARY)
                .moveTo(new Point2D(b.getMinX() + 44 + 0.45 * plotWidth, y))
                .moveTo(new Point2D(b.getMinX() + 44 + 0.3 * plotWidth, y)).drop();
        assertThat(slider(robot)).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.01));
        assertShows(robot, curve);
        assertThat(run.thresholdsProperty().get()).containsExactly(slider(robot));
        assertThat(window.evaluateViewModel().statusProperty().get())
                .isEqualTo("acc " + MetricsText.number(curve.at(slider(robot)).accuracy())
                        + " @ " + String.format(java.util.Locale.ROOT, "%.2f", slider(robot)));

        assertThat(robot.lookup("#threshold-slider").queryAs(Slider.class).isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#threshold-field").queryAs(javafx.scene.control.TextField.class).isFocused()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("0.42");
        assertThat(slider(robot)).isNotEqualTo(0.42);
        robot.type(KeyCode.ENTER);
        assertThat(slider(robot)).isEqualTo(0.42);
        assertShows(robot, curve);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("1.7").type(KeyCode.ENTER);
        assertThat(text(robot, "#threshold-error")).contains("between 0.0 and 1.0");
        assertThat(slider(robot)).isEqualTo(0.42);

        for (String[] button : new String[][] {{"#best-accuracy", "ACCURACY"}, {"#best-f1", "F1"},
            {"#best-balanced-accuracy", "BALANCED_ACCURACY"}, {"#best-mcc", "MCC"}}) {
            robot.clickOn(button[0]);
            double best = curve.best(ThresholdMetric.valueOf(button[1])).threshold();
            assertThat(slider(robot)).as(button[0]).isEqualTo(best);
            assertThat(run.thresholdsProperty().get()).containsExactly(best);
            assertShows(robot, curve);
        }
        robot.doubleClickOn("#f-beta").push(KeyCode.CONTROL, KeyCode.A).write("0.5");
        robot.clickOn("#best-f-beta");
        assertThat(slider(robot)).as("F-β, β = 0.5").isEqualTo(
                curve.best(new org.mlpworkbench.metrics.FBeta(0.5)).threshold());
        // the rows behind a cell: the survivors the model thought would die, at the threshold in force
        robot.clickOn("#cm-cell-fn");
        waitUntil(30, () -> robot.lookup("#cell-rows-table").tryQuery().isPresent());
        javafx.scene.control.TableView<?> listed = robot.lookup("#cell-rows-table").queryAs(javafx.scene.control.TableView.class);
        assertThat((long) listed.getItems().size()).isEqualTo(curve.at(slider(robot)).fn());
        assertThat(listed.getColumns().stream().skip(1).map(javafx.scene.control.TableColumn::getText).toList())
                .as("after the probability, the file's columns by name").isEqualTo(run.preparation().data().table()
                        .columns().stream().map(org.mlpworkbench.data.Column::name).toList());
        robot.interact(() -> ((javafx.stage.Stage) listed.getScene().getWindow()).close());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(slider(robot)).as("Ctrl+Shift+F").isEqualTo(curve.best(ThresholdMetric.F1).threshold());
        robot.clickOn("#copy-metrics");
        String copied = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("run\tRun 1\n", "source\tvalidation split of Run 1\n",
                "TP\t" + curve.at(slider(robot)).tp() + "\n");
        robot.clickOn("#reset-threshold");
        assertThat(slider(robot)).isEqualTo(0.5);
        assertThat(run.bundleSnapshot().get().thresholds()).containsExactly(0.5);

        robot.interact(() -> window.evaluateViewModel().useFile(SampleData.file("titanic/test.csv")));
        waitUntil(30, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#error-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("Run 1 cannot be evaluated on test.csv");
        robot.clickOn("OK");
        assertThat(text(robot, "#eval-source-text")).startsWith("Evaluated on the validation split of Run 1");

        assertThat(chart.lines()).extracting(ThresholdChart.Line::name).containsExactly("accuracy", "precision", "recall", "F1");
        robot.clickOn("#show-precision");
        waitUntil(5, () -> chart.lines().size() == 3);
        assertThat(chart.lines()).extracting(ThresholdChart.Line::name).containsExactly("accuracy", "recall", "F1");
        assertThat(chart.lines().get(0).x()).hasSize(curve.size());
        for (int i = 0; i < curve.size(); i++) {
            assertThat(chart.lines().get(0).y()[i]).isEqualTo(curve.accuracy(i));
        }
    }

    @Test
    void typedCostsDrawTheCostCurveShowTheCostAndFindTheCheapestThreshold(FxRobot robot) throws Exception {
        RunRecord run = trainAndEvaluate(robot, SampleData.file("titanic/train.csv"), 4);
        ThresholdCurve curve = curves(run)[0];
        assertThat(text(robot, "#metric-cost")).isEqualTo("no costs set");
        assertThat(robot.lookup("#best-cost").queryButton().isDisabled()).isTrue();
        for (String[] field : new String[][] {{"#cost-tp", "0"}, {"#cost-fp", "1"}, {"#cost-fn", "4"}, {"#cost-tn", "0"}}) {
            robot.clickOn(field[0]).push(KeyCode.CONTROL, KeyCode.A).write(field[1]);
        }
        ThresholdCosts costs = new ThresholdCosts(0, 1, 4, 0);
        waitUntil(10, () -> !robot.lookup("#best-cost").queryButton().isDisabled());
        assertThat(run.costs().get()).containsExactly(costs);
        assertThat(text(robot, "#metric-cost")).isEqualTo(MetricsText.number(costs.of(curve.at(slider(robot)))));
        ThresholdChart chart = robot.lookup("#threshold-chart").queryAs(ThresholdChart.class);
        waitUntil(5, () -> chart.lines().stream().anyMatch(l -> l.role() == ThresholdChart.Role.COST));

        robot.clickOn("#best-cost");
        double best = curve.best(costs).threshold();
        assertThat(slider(robot)).isEqualTo(best);
        assertThat(run.thresholdsProperty().get()).containsExactly(best);
        assertThat(text(robot, "#metric-cost")).isEqualTo(MetricsText.number(costs.of(curve.at(best))));
        for (int i = 0; i < curve.size(); i++) {
            assertThat(costs.expectedCost(curve, i)).isGreaterThanOrEqualTo(costs.of(curve.at(best)) - 1e-12);
        }

        robot.clickOn("#cost-fn").push(KeyCode.CONTROL, KeyCode.A).write("x");
        assertThat(text(robot, "#cost-error")).contains("'x' is not a number");
        assertThat(run.costs().get()).containsExactly(costs);
    }

    private static javafx.scene.Node cell(FxRobot robot, int index) {
        return robot.lookup("#label-list").lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getIndex() == index).query();
    }

    @Test
    void multiLabelPerLabelThresholdsReachTheRun(FxRobot robot) {
        RunRecord run = trainAndEvaluate(robot, Path.of("sample-data", "scene-tags.csv").toAbsolutePath(), 6);
        ThresholdCurve[] labels = curves(run);
        assertThat(text(robot, "#metric-accuracy")).isEqualTo(MetricsText.number(
                ThresholdCurve.merge(Arrays.asList(labels)).at(0.5).accuracy()));

        robot.clickOn("#mode-per-label");
        @SuppressWarnings("unchecked")
        ListView<Integer> list = robot.lookup("#label-list").queryAs(ListView.class);
        robot.clickOn(cell(robot, 2));
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.clickOn("#threshold-field").press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.LEFT, 12);
        double person = slider(robot);
        assertThat(person).isCloseTo(0.38, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(run.thresholdsProperty().get()).containsExactly(0.5, 0.5, person, 0.5);
        assertShows(robot, labels[2]);

        robot.clickOn("#best-per-label").clickOn("#best-per-label-f1");
        Matrix p = run.bundleSnapshot().get().predictFeatures(run.validation().features());
        double[] best = MultiLabelMetrics.of(p, run.validation().targets()).bestThresholds(ThresholdMetric.F1);
        List<Double> expected = Arrays.stream(best).map(t -> Math.max(0, Math.min(1, t))).boxed().toList();
        waitUntil(5, () -> run.thresholdsProperty().get().equals(expected));
        assertThat(run.bundleSnapshot().get().thresholds()).isEqualTo(expected);
        assertThat(slider(robot)).isEqualTo(expected.get(2));
        assertShows(robot, labels[2]);

        robot.clickOn(cell(robot, 0));
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(0);
        assertThat(slider(robot)).as("thresholds " + run.thresholdsProperty().get() + " expected " + expected)
                .isEqualTo(expected.get(0));
        assertShows(robot, labels[0]);
        robot.clickOn("#best-accuracy");
        assertThat(run.thresholdsProperty().get().get(0)).isEqualTo(labels[0].best(ThresholdMetric.ACCURACY).threshold());
        assertThat(run.thresholdsProperty().get().subList(1, 4)).isEqualTo(expected.subList(1, 4));

        robot.clickOn("#mode-global");
        assertThat(run.thresholdsProperty().get()).containsExactly(0.5, 0.5, 0.5, 0.5);
        var pooled = MultiLabelMetrics.of(p, run.validation().targets()).at(0.5);
        assertThat(text(robot, "#ml-hamming")).isEqualTo(MetricsText.number(pooled.hammingLoss()));
        assertThat(text(robot, "#ml-exact")).isEqualTo(MetricsText.number(pooled.subsetAccuracy()));
        assertThat(text(robot, "#ml-micro-f1")).isEqualTo(MetricsText.number(pooled.microF1()))
                .isEqualTo(text(robot, "#metric-f1"));
        assertThat(text(robot, "#ml-macro-f1")).isEqualTo(MetricsText.number(pooled.macroF1()));
        assertShows(robot, ThresholdCurve.merge(Arrays.asList(labels)));

        robot.interact(() -> {
            stage.setWidth(960);
            stage.setHeight(600);
        });
        for (String id : new String[] {"#mode-global", "#mode-per-label"}) {
            javafx.scene.control.Labeled control = robot.lookup(id).queryAs(javafx.scene.control.Labeled.class);
            assertThat(robot.from(control).lookup(".text").queryAs(javafx.scene.text.Text.class).getText())
                    .as("%s at the smallest window size", id).isEqualTo(control.getText());
        }
    }

    @Test
    void aMultiClassModelShowsItsMetricsWithoutAThresholdTab(FxRobot robot) {
        Path file = Path.of("sample-data", "land-cover.csv").toAbsolutePath();
        robot.interact(() -> window.open(file));
        waitUntil(30, () -> window.model().preparation() != null
                && window.model().preparation().data().file().equals(file));
        robot.interact(() -> {
            window.trainViewModel().form().epochs.set("3");
            window.trainViewModel().start();
        });
        waitUntil(60, () -> !window.trainViewModel().activeProperty().get()
                && window.evaluateViewModel().scoredProperty().get() != null);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        waitUntil(10, () -> robot.lookup("#evaluate-view").tryQuery().isPresent());
        assertThat(robot.lookup("#threshold-slider").tryQuery()).isEmpty();
        assertThat(text(robot, "#eval-summary")).startsWith("accuracy ").contains("log loss");
        assertThat(text(robot, "#eval-status")).startsWith("acc ");
    }
}
