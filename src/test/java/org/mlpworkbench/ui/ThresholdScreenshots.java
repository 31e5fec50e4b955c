package org.mlpworkbench.ui;

import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.ui.evaluate.CostChoice;
import org.mlpworkbench.ui.evaluate.ThresholdExplorer;
import org.mlpworkbench.ui.session.Step;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Threshold tab with costs and with a second run overlaid, light and dark, saved to the folder named by
 * {@code -Dmlpw.screenshots=DIR}: Titanic with a missed survivor costing five times a false alarm, at the
 * cheapest threshold; yeast with per-label costs; Titanic trained with BCE and again with MSE, overlaid.
 * Not part of the normal test run:
 * {@code xvfb-run -a -s "-screen 0 1920x1200x24" mvn test -Dheadful -Dtest=ThresholdScreenshots -Dmlpw.screenshots=DIR}
 */
@EnabledIfSystemProperty(named = "mlpw.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ThresholdScreenshots {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = UiTestSupport.start(stage);
    }

    private void trainAndEvaluate(FxRobot robot, Path file, int epochs, boolean multiLabel) {
        var train = window.trainViewModel();
        robot.interact(() -> window.open(file));
        waitUntil(30, () -> window.model().preparation() != null
                && window.model().preparation().data().file().equals(file));
        robot.interact(() -> {
            train.form().epochs.set(Integer.toString(epochs));
            train.start();
        });
        waitUntil(180, () -> !train.activeProperty().get() && window.evaluateViewModel().explorerProperty().get() != null
                && window.evaluateViewModel().explorerProperty().get().isMultiLabel() == multiLabel);
        robot.interact(() -> window.select(Step.EVALUATE));
    }

    private static void type(CostChoice costs, String... values) {
        for (int i = 0; i < 4; i++) {
            costs.fields().get(i).set(values[i]);
        }
    }

    private void save(FxRobot robot, Path dir, String name) throws Exception {
        CostChoice costs = window.evaluateViewModel().costsProperty().get();
        waitUntil(30, () -> costs.curveProperty().get() != null);
        var compare = window.evaluateViewModel().compareProperty().get();
        waitUntil(60, () -> compare.otherProperty().get() == null || compare.curveProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), dir, name);
        robot.interact(() -> window.services().settings().darkThemeProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), dir, name + "-dark");
        robot.interact(() -> window.services().settings().darkThemeProperty().set(false));
    }

    @Test
    void costs(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("mlpw.screenshots"));
        trainAndEvaluate(robot, SampleData.file("titanic/train.csv").toAbsolutePath(), 40, false);
        CostChoice titanic = window.evaluateViewModel().costsProperty().get();
        robot.interact(() -> type(titanic, "0", "1", "5", "0"));
        waitUntil(30, () -> titanic.curveProperty().get() != null);
        robot.interact(titanic::best);
        save(robot, dir, "evaluate-costs");

        trainAndEvaluate(robot, SampleData.file("yeast/train.csv").toAbsolutePath(), 40, true);
        ThresholdExplorer explorer = window.evaluateViewModel().explorerProperty().get();
        CostChoice yeast = window.evaluateViewModel().costsProperty().get();
        robot.interact(() -> {
            type(yeast, "-1", "1", "2", "0");
            explorer.modeProperty().set(ThresholdExplorer.Mode.PER_LABEL);
            explorer.labelProperty().set(0);
            type(yeast, "0", "1", "6", "0");
        });
        waitUntil(30, () -> yeast.curveProperty().get() != null);
        robot.interact(yeast::bestPerLabel);
        save(robot, dir, "evaluate-costs-multilabel");
    }

    @Test
    void bceAgainstMse(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("mlpw.screenshots"));
        trainAndEvaluate(robot, SampleData.file("titanic/train.csv").toAbsolutePath(), 40, false);
        var train = window.trainViewModel();
        robot.interact(() -> {
            train.form().output.set(train.form().outputOptions().get(1));
            train.start();
        });
        waitUntil(180, () -> !train.activeProperty().get() && window.model().runs().size() == 2
                && window.evaluateViewModel().runProperty().get() == window.model().runs().get(1));
        CostChoice costs = window.evaluateViewModel().costsProperty().get();
        robot.interact(() -> {
            type(costs, "0", "1", "5", "0");
            window.evaluateViewModel().compareProperty().get().otherProperty().set(window.model().runs().get(0));
            window.evaluateViewModel().explorerProperty().get().thresholdProperty().set(0.4);
        });
        save(robot, dir, "evaluate-compare");
    }
}
