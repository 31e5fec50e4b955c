package org.mlpworkbench.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;
import static org.mlpworkbench.ui.evaluate.PaneReading.cell;
import static org.mlpworkbench.ui.evaluate.PaneReading.text;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.metrics.MultiClassMetrics;
import org.mlpworkbench.ui.component.LinePlot;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Calibration pane and the rows behind a confusion cell in a real stage, with models trained through the
 * core (titanic binary, land-cover multi-class, house-prices regression): what they show equals what the
 * metrics classes compute on the same rows.
 */
@ExtendWith(ApplicationExtension.class)
class CalibrationAndCellRowsUiTest {

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
        scene.getStylesheets().add(CalibrationAndCellRowsUiTest.class.getResource("/org/mlpworkbench/ui/workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void show(FxRobot robot, Parent pane) {
        robot.interact(() -> stage.getScene().setRoot(pane));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCalibrationTabShowsTheBinsBrierAndEceOfTheMetrics(FxRobot robot) throws Exception {
        EvaluationData data = EvaluateFixtures.validation(titanic);
        org.mlpworkbench.metrics.Calibration cal = org.mlpworkbench.metrics.Calibration.ofColumn(
                data.outputs(), data.targets(), 0);
        Scored scored = Scored.of(data);
        show(robot, new CalibrationPane(scored, () -> stage));

        assertThat(text(robot, "#brier")).isEqualTo(MetricFormat.shown(cal.brier()));
        assertThat(text(robot, "#ece")).isEqualTo(MetricFormat.shown(cal.ece()));
        assertThat(text(robot, "#calibration-rows")).isEqualTo(Integer.toString(data.rows()));
        TableView<org.mlpworkbench.metrics.CalibrationBin> bins = robot.lookup("#calibration-bins").queryAs(TableView.class);
        assertThat(bins.getItems()).hasSize(10);
        int total = 0;
        for (int b = 0; b < 10; b++) {
            assertThat(cell(bins, "bin-count", b)).isEqualTo(Integer.toString(cal.bins().get(b).count()));
            total += cal.bins().get(b).count();
        }
        assertThat(total).isEqualTo(data.rows());
        LinePlot plot = robot.lookup("#reliability-plot").queryAs(LinePlot.class);
        assertThat(plot.points("model")).hasSize((int) cal.bins().stream().filter(b -> !b.empty()).count());
        assertThat(cal.brier()).as("a trained model beats always saying 0.5").isLessThan(0.25);

        robot.clickOn("#copy-calibration-metrics");
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).startsWith("output\tbrier\tece\trows\n" + data.outputNames().get(0) + "\t" + cal.brier()
                + "\t" + cal.ece() + "\t" + data.rows() + "\n");
        System.out.println("Titanic validation calibration: brier " + cal.brier() + ", ece " + cal.ece()
                + ", rows " + data.rows());
    }

    @Test
    void aMultiClassModelIsCalibratedOnItsMostProbableClass(FxRobot robot) {
        EvaluationData data = EvaluateFixtures.validation(landCover);
        org.mlpworkbench.metrics.Calibration cal = org.mlpworkbench.metrics.Calibration.topClass(
                data.outputs(), data.targets());
        show(robot, new CalibrationPane(Scored.of(data), () -> stage));
        assertThat(text(robot, "#ece")).isEqualTo(MetricFormat.shown(cal.ece()));
        assertThat(robot.lookup("#calibration-label").tryQuery()).as("one choice: no picker shown")
                .map(javafx.scene.Node::getParent).map(javafx.scene.Node::getScene).isEmpty();
        assertThat(Scored.of(EvaluateFixtures.validation(houses)).calibration()).as("regression: no calibration").isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingAMultiClassCellListsItsRowsFromTheFile(FxRobot robot) throws Exception {
        EvaluationData data = EvaluateFixtures.validationWithTable(landCover);
        MultiClassMetrics m = MultiClassMetrics.of(data.outputs(), data.targets());
        show(robot, new ConfusionPane(Scored.of(data), new CellRowsLister(new FxBackgroundTasks()), () -> stage));
        int a = 1;
        int p = m.classes() > 2 ? 2 : 0;
        robot.clickOn("#confusion-cell-" + a + "-" + p);
        waitUntil(30, () -> robot.lookup("#cell-rows-table").tryQuery().isPresent());
        TableView<List<String>> table = robot.lookup("#cell-rows-table").queryAs(TableView.class);
        assertThat((long) table.getItems().size()).isEqualTo(m.confusionMatrix()[a][p]);
        assertThat(table.getColumns()).hasSize(data.table().columnCount() + 1);
        robot.interact(() -> ((Stage) table.getScene().getWindow()).close());
    }
}
