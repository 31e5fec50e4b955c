package org.mlpworkbench.ui;

import org.mlpworkbench.ui.session.Step;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks through the steps and saves a screenshot of each, light and dark, to the folder named by
 * {@code -Dmlpw.screenshots=DIR}. Not part of the normal test run. Repeatable:
 * {@code xvfb-run -a -s "-screen 0 1920x1200x24" mvn test -Dheadful -Dtest=ScreenshotTour -Dmlpw.screenshots=assets}
 */
@EnabledIfSystemProperty(named = "mlpw.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = UiTestSupport.start(stage);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("mlpw.screenshots"));
        Screenshots.save(stage.getScene(), dir, "welcome");
        Path broken = Files.createTempDirectory("tour").resolve("customers.csv");
        Files.writeString(broken, "name,age,city\nAda,36,London\nBob,\"41,Paris\nCy,29,Rome\n");
        robot.interact(() -> window.open(broken));
        waitUntil(30, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        Screenshots.save(robot.lookup("#error-dialog").query().getScene(), dir, "error-dialog");
        robot.clickOn("OK");
        javafx.application.Platform.runLater(() -> HelpDialog.showShortcuts(window));
        waitUntil(10, () -> robot.lookup("#help-dialog").tryQuery().isPresent());
        Screenshots.save(robot.lookup("#help-dialog").query().getScene(), dir, "help");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.interact(() -> window.open(SampleData.file("titanic/train.csv")));
        waitUntil(30, () -> window.model().data() != null);
        Screenshots.save(stage.getScene(), dir, "data");
        robot.interact(() -> window.services().settings().darkThemeProperty().set(true));
        Screenshots.save(stage.getScene(), dir, "data-dark");
        robot.interact(() -> window.services().settings().darkThemeProperty().set(false));
        robot.interact(() -> window.select(Step.PREPARE));
        waitUntil(30, () -> window.model().preparation() != null);
        Screenshots.save(stage.getScene(), dir, "prepare");

        var train = window.trainViewModel();
        robot.interact(() -> {
            window.select(Step.TRAIN);
            train.form().epochs.set("40");
        });
        robot.interact(train::findLearningRate);
        waitUntil(60, () -> train.lrFinder().resultProperty().get() != null);
        robot.interact(train::start);
        waitUntil(120, () -> !train.activeProperty().get());
        robot.interact(() -> {
            train.form().output.set(train.form().outputOptions().get(1));
            train.start();
        });
        waitUntil(120, () -> !train.activeProperty().get());
        Screenshots.save(stage.getScene(), dir, "train");
        robot.interact(() -> {
            train.form().hiddenLayers.set("12a");
        });
        Screenshots.save(stage.getScene(), dir, "train-invalid");
        robot.interact(() -> window.services().settings().darkThemeProperty().set(true));
        Screenshots.save(stage.getScene(), dir, "train-dark");
        robot.interact(() -> {
            window.services().settings().darkThemeProperty().set(false);
            train.form().hiddenLayers.set("128");
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        Screenshots.save(stage.getScene(), dir, "train-1080");

        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            window.open(Path.of("sample-data", "scene-tags.csv"));
        });
        waitUntil(30, () -> window.model().preparation() != null
                && window.model().preparation().data().name().equals("scene-tags.csv"));
        robot.interact(() -> window.select(Step.PREPARE));
        Screenshots.save(stage.getScene(), dir, "prepare-multilabel");
        robot.interact(() -> {
            window.select(Step.TRAIN);
            train.form().output.set(train.form().outputOptions().get(0));
            train.form().epochs.set("60");
            train.start();
        });
        waitUntil(120, () -> !train.activeProperty().get());
        Screenshots.save(stage.getScene(), dir, "train-multilabel");
    }

    /** The Evaluate step: Titanic with the threshold moved off 0.5, and the multi-label sample in per-label mode. */
    @Test
    void evaluate(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("mlpw.screenshots"));
        var train = window.trainViewModel();
        robot.interact(() -> window.open(SampleData.file("titanic/train.csv")));
        waitUntil(30, () -> window.model().preparation() != null);
        robot.interact(() -> {
            train.form().epochs.set("40");
            train.start();
        });
        waitUntil(120, () -> !train.activeProperty().get() && window.evaluateViewModel().explorerProperty().get() != null);
        robot.interact(() -> {
            window.select(Step.EVALUATE);
            window.evaluateViewModel().explorerProperty().get().thresholdProperty().set(0.38);
        });
        Screenshots.save(stage.getScene(), dir, "evaluate-binary");

        robot.interact(() -> window.open(Path.of("sample-data", "scene-tags.csv")));
        waitUntil(30, () -> window.model().preparation() != null
                && window.model().preparation().data().name().equals("scene-tags.csv"));
        robot.interact(() -> {
            train.form().epochs.set("60");
            train.start();
        });
        waitUntil(120, () -> !train.activeProperty().get() && window.evaluateViewModel().explorerProperty().get() != null
                && window.evaluateViewModel().explorerProperty().get().isMultiLabel());
        robot.interact(() -> {
            window.select(Step.EVALUATE);
            var explorer = window.evaluateViewModel().explorerProperty().get();
            explorer.bestPerLabel(org.mlpworkbench.metrics.ThresholdMetric.F1);
            explorer.labelProperty().set(2);
        });
        Screenshots.save(stage.getScene(), dir, "evaluate-multilabel");
        robot.interact(() -> {
            stage.setWidth(960);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), dir, "evaluate-multilabel-960x600");
    }
}
