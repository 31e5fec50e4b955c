package org.mlpworkbench.ui;

import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.ui.component.CanvasChart;
import org.mlpworkbench.ui.session.Step;
import org.mlpworkbench.ui.tune.TuneViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Tune step mid-search (paused) and finished, on Titanic and on yeast (multi-label), light and dark, to the
 * folder named by {@code -Dmlpw.screenshots=DIR}. Not part of the normal test run:
 * {@code xvfb-run -a -s "-screen 0 1920x1200x24" mvn test -Dheadful -Dtest=TuneScreenshots -Dmlpw.screenshots=DIR}
 */
@EnabledIfSystemProperty(named = "mlpw.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class TuneScreenshots {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = UiTestSupport.start(stage);
        stage.setWidth(1440);
        stage.setHeight(900);
    }

    private void save(FxRobot robot, Path dir, String name) throws Exception {
        robot.interact(CanvasChart::paintPending);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(CanvasChart::paintPending);
        Screenshots.save(stage.getScene(), dir, name);
        robot.interact(() -> Theme.apply(stage.getScene(), true));
        robot.interact(CanvasChart::paintPending);
        Screenshots.save(stage.getScene(), dir, name + "-dark");
        robot.interact(() -> Theme.apply(stage.getScene(), false));
    }

    private void search(FxRobot robot, Path dir, String name, int trials, int epochs, int folds) throws Exception {
        TuneViewModel tune = window.tuneViewModel();
        robot.interact(() -> {
            window.select(Step.TUNE);
            tune.form().minutes.set("5");
            tune.form().trials.set(String.valueOf(trials));
            tune.form().maxEpochs.set(String.valueOf(epochs));
            tune.form().folds.set(String.valueOf(folds));
            tune.start();
        });
        waitUntil(300, () -> tune.history().trials().size() >= trials / 2);
        robot.interact(tune::pause);
        robot.interact(tune::tick);
        save(robot, dir, name + "-running");
        robot.interact(tune::resume);
        waitUntil(600, () -> !tune.activeProperty().get());
        robot.interact(() -> tune.history().selectedProperty().set(tune.history().best()));
        save(robot, dir, name + "-finished");
    }

    @Test
    void tuneStep(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("mlpw.screenshots"));
        robot.interact(() -> window.open(SampleData.file("titanic/train.csv")));
        waitUntil(30, () -> window.model().preparation() != null);
        search(robot, dir, "tune-titanic", 22, 27, 5);

        robot.interact(() -> window.open(SampleData.file("yeast/train.csv")));
        waitUntil(30, () -> window.model().preparation() != null
                && window.model().preparation().data().name().equals("train.csv")
                && window.model().data().table().columnNames().contains("Class1"));
        if (window.model().preparation().task() != Task.MULTI_LABEL) {
            List<String> labels = window.model().data().table().columnNames().stream().filter(c -> c.startsWith("Class")).toList();
            robot.interact(() -> window.prepareViewModel().targets().setAll(labels));
            waitUntil(60, () -> window.model().preparation() != null && window.model().preparation().task() == Task.MULTI_LABEL);
        }
        search(robot, dir, "tune-yeast", 13, 9, 3);
    }
}
