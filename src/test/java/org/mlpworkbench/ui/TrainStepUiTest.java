package org.mlpworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.ui.component.CurvePoint;
import org.mlpworkbench.ui.component.LinePlot;
import org.mlpworkbench.ui.prepare.ColumnPlan;
import org.mlpworkbench.ui.session.RunStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real window from a loaded file through Prepare to a finished, a stopped and a multi-label run. */
@ExtendWith(ApplicationExtension.class)
class TrainStepUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = UiTestSupport.start(stage);
    }

    private void open(FxRobot robot, String relative) {
        robot.interact(() -> window.open(SampleData.file(relative)));
        waitUntil(30, () -> window.model().preparation() != null);
    }

    private List<CurvePoint> lossSeries(FxRobot robot, String name) {
        return robot.lookup("#loss-chart").queryAs(LinePlot.class).points(name);
    }

    private void typeInto(FxRobot robot, String fieldId, String text) {
        robot.doubleClickOn(fieldId).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void titanicDefaultDropsThenAShortRunDrawsItsCurvesAndFinishes(FxRobot robot) {
        open(robot, "titanic/train.csv");
        robot.clickOn("#step-prepare");
        TableView<ColumnPlan> plans = robot.lookup("#plan-table").queryAs(TableView.class);
        assertThat(plans.getItems()).filteredOn(p -> p.dropProperty().get()).extracting(ColumnPlan::name)
                .containsExactly("PassengerId", "Name", "Ticket");

        robot.clickOn("#step-train");
        typeInto(robot, "#field-epochs", "6");
        robot.clickOn("#start-training");
        waitUntil(60, () -> window.trainViewModel().currentProperty().get() != null
                && !window.trainViewModel().activeProperty().get());

        assertThat(window.trainViewModel().currentProperty().get().statusProperty().get())
                .isEqualTo(RunStatus.COMPLETED);
        assertThat(lossSeries(robot, "training")).hasSize(6);
        assertThat(lossSeries(robot, "validation")).hasSize(6);
        assertThat(lossSeries(robot, "training, per batch (smoothed)")).isNotEmpty();
        assertThat(robot.lookup("#train-progress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#metric-chart").queryAs(LinePlot.class).seriesNames())
                .containsExactly("training", "validation");

        LinePlot chart = robot.lookup("#loss-chart").queryAs(LinePlot.class);
        assertThat(chart.getOnContextMenuRequested()).as("PNG save/copy menu").isNotNull();
        javafx.scene.image.Image[] copied = new javafx.scene.image.Image[1];
        robot.interact(() -> {
            org.mlpworkbench.ui.component.ImageExport.copy(chart);
            copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getImage();
        });
        assertThat(copied[0]).as("the loss chart on the clipboard").isNotNull();
        assertThat(copied[0].getWidth()).isEqualTo(Math.ceil(chart.getWidth()));
        Path png;
        try {
            png = java.nio.file.Files.createTempFile("loss", ".png");
            Path target = png;
            robot.interact(() -> {
                try {
                    org.mlpworkbench.ui.component.ImageExport.savePng(chart, target);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(png.toFile());
            assertThat(read.getWidth()).isEqualTo((int) Math.ceil(chart.getWidth()));
            java.nio.file.Files.delete(png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void stoppingARunMidwayKeepsItsModelAndReenablesStart(FxRobot robot) {
        open(robot, "titanic/train.csv");
        robot.clickOn("#step-train");
        typeInto(robot, "#field-epochs", "5000");
        robot.interact(() -> robot.lookup("#field-early").queryAs(CheckBox.class).fire());
        assertThat(window.trainViewModel().form().earlyStopping.get()).as("a long run, without early stopping").isFalse();
        robot.clickOn("#start-training");
        waitUntil(60, () -> window.trainViewModel().currentProperty().get().curves().epochs().size() >= 2);

        robot.clickOn("#stop-training");
        waitUntil(30, () -> !window.trainViewModel().activeProperty().get());

        var run = window.trainViewModel().currentProperty().get();
        assertThat(run.statusProperty().get()).isEqualTo(RunStatus.STOPPED);
        assertThat(run.hasModel()).isTrue();
        assertThat(run.curves().epochs().size()).isLessThan(5000);
        assertThat(window.model().lastModelRunProperty().get()).isSameAs(run);
        assertThat(robot.lookup("#start-training").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#train-progress").queryAs(ProgressBar.class).getProgress()).isLessThan(1.0);
    }

    @Test
    void pauseHoldsTheRunAndResumeContinuesIt(FxRobot robot) {
        open(robot, "titanic/train.csv");
        robot.clickOn("#step-train");
        typeInto(robot, "#field-epochs", "5000");
        robot.interact(() -> robot.lookup("#field-early").queryAs(CheckBox.class).fire());
        assertThat(window.trainViewModel().form().earlyStopping.get()).as("a long run, without early stopping").isFalse();
        robot.clickOn("#start-training");
        waitUntil(60, () -> window.trainViewModel().currentProperty().get().curves().epochs().size() >= 1);

        robot.clickOn("#pause-training");
        var run = window.trainViewModel().currentProperty().get();
        waitUntil(10, () -> run.statusProperty().get() == RunStatus.PAUSED);
        int pausedAt = run.curves().epochs().size();
        robot.sleep(400);
        assertThat(run.curves().epochs().size()).isLessThanOrEqualTo(pausedAt + 1);

        robot.clickOn("#pause-training");
        waitUntil(30, () -> run.curves().epochs().size() >= pausedAt + 3);
        robot.type(KeyCode.ESCAPE);
        waitUntil(30, () -> !window.trainViewModel().activeProperty().get());
        assertThat(run.statusProperty().get()).isEqualTo(RunStatus.STOPPED);
    }

    @Test
    void theMultiLabelSampleOpensFromTheMenuAndTrainsWithOneSigmoidPerLabel(FxRobot robot) {
        Menu file = window.menuBar().getMenus().get(0);
        Menu samples = (Menu) file.getItems().stream().filter(i -> "menu-samples".equals(i.getId()))
                .findFirst().orElseThrow();
        MenuItem sceneTags = samples.getItems().stream().filter(i -> i.getText().startsWith("scene tags: "))
                .findFirst().orElseThrow();
        robot.interact(sceneTags::fire);
        waitUntil(30, () -> window.model().preparation() != null);
        assertThat(window.model().preparation().recipe().targets()).containsExactly("car", "bicycle", "person", "tree");

        robot.clickOn("#step-train");
        assertThat(robot.lookup("#loss-explanation").queryAs(javafx.scene.control.Label.class).getText())
                .contains("softmax would make them compete");
        typeInto(robot, "#field-epochs", "3");
        robot.clickOn("#start-training");
        waitUntil(60, () -> window.trainViewModel().currentProperty().get() != null
                && !window.trainViewModel().activeProperty().get());

        var run = window.trainViewModel().currentProperty().get();
        assertThat(run.statusProperty().get()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.spec().outputs()).isEqualTo(4);
        assertThat(lossSeries(robot, "training")).hasSize(3);
    }
}
