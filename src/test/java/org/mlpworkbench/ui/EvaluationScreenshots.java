package org.mlpworkbench.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.ui.evaluate.EvaluateFixtures;
import org.mlpworkbench.ui.evaluate.CrossValidationViewModel;
import org.mlpworkbench.ui.evaluate.EvaluationTabs;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves the evaluation tabs (ROC / PR, confusion matrix, predicted vs actual, calibration, cross-validation)
 * and the rows behind a confusion cell, light and dark, to the folder named by {@code -Dmlpw.screenshots=DIR}. Not part of the normal test run:
 * {@code xvfb-run -a -s "-screen 0 1920x1200x24" mvn test -Dheadful -Dtest=EvaluationScreenshots -Dmlpw.screenshots=DIR}
 */
@EnabledIfSystemProperty(named = "mlpw.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class EvaluationScreenshots {

    private Stage stage;
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1160, 700));
        Theme.apply(stage.getScene(), false);
        stage.show();
    }

    private TabPane tabs(FxRobot robot, RunRecord run, String tabId) {
        return tabs(robot, run, tabId, null);
    }

    private TabPane tabs(FxRobot robot, RunRecord run, String tabId, org.mlpworkbench.ui.evaluate.ExplainViewModel explain) {
        TabPane pane = new TabPane();
        org.mlpworkbench.ui.evaluate.Scored scored = org.mlpworkbench.ui.evaluate.Scored.of(EvaluateFixtures.validation(run));
        robot.interact(() -> {
            pane.getTabs().setAll(EvaluationTabs.forData(scored, run, new CrossValidationViewModel(run, tasks),
                    explain == null ? new org.mlpworkbench.ui.evaluate.ExplainViewModel(run, tasks) : explain, null,
                    () -> stage));
            pane.getSelectionModel().select(pane.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow());
            stage.getScene().setRoot(pane);
            Theme.apply(stage.getScene(), false);
        });
        return pane;
    }

    private void save(FxRobot robot, Path dir, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), dir, name);
        robot.interact(() -> Theme.apply(stage.getScene(), true));
        Screenshots.save(stage.getScene(), dir, name + "-dark");
        robot.interact(() -> Theme.apply(stage.getScene(), false));
    }

    @Test
    void evaluationTabs(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("mlpw.screenshots"));
        RunRecord titanic = EvaluateFixtures.trainedRun(SampleData.file("titanic/train.csv"), 40);
        RunRecord landCover = EvaluateFixtures.trainedRun(EvaluateFixtures.sample("land-cover.csv"), 40);
        RunRecord houses = EvaluateFixtures.trainedRun(EvaluateFixtures.sample("house-prices.csv"), 60);
        robot.interact(() -> titanic.setThresholds(java.util.List.of(0.4)));

        tabs(robot, titanic, "tab-curves");
        save(robot, dir, "evaluate-curves");
        RunRecord tags = EvaluateFixtures.trainedRun(EvaluateFixtures.sample("scene-tags.csv"), 40);
        tabs(robot, tags, "tab-curves");
        save(robot, dir, "evaluate-curves-multilabel");
        tabs(robot, landCover, "tab-confusion");
        save(robot, dir, "evaluate-confusion");
        tabs(robot, houses, "tab-regression");
        save(robot, dir, "evaluate-regression");

        org.mlpworkbench.ui.evaluate.Scored twenty = org.mlpworkbench.ui.evaluate.Scored.of(EvaluateFixtures.twentyClasses());
        robot.interact(() -> stage.getScene().setRoot(new org.mlpworkbench.ui.evaluate.ConfusionPane(twenty, () -> stage)));
        save(robot, dir, "evaluate-confusion-20-classes");
        robot.interact(() -> {
            ScrollPane scroll = robot.lookup("#confusion-scroll").queryAs(ScrollPane.class);
            scroll.setHvalue(0.6);
            scroll.setVvalue(1);
        });
        save(robot, dir, "evaluate-confusion-20-classes-scrolled");

        tabs(robot, titanic, "tab-cross-validation");
        robot.interact(() -> robot.lookup("#cv-folds").queryAs(Spinner.class).getValueFactory().setValue(5));
        robot.interact(() -> robot.lookup("#cv-run").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !robot.lookup("#cv-table").queryAs(TableView.class).getItems().isEmpty()).get());
        save(robot, dir, "evaluate-cv");

        tabs(robot, tags, "tab-cross-validation");
        robot.interact(() -> robot.lookup("#cv-folds").queryAs(Spinner.class).getValueFactory().setValue(3));
        robot.interact(() -> robot.lookup("#cv-run").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !robot.lookup("#cv-table").queryAs(TableView.class).getItems().isEmpty()).get());
        save(robot, dir, "evaluate-cv-multilabel");
    }

    @Test
    void explainTab(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("mlpw.screenshots"));
        RunRecord titanic = EvaluateFixtures.trainedRun(SampleData.file("titanic/train.csv"), 40);
        org.mlpworkbench.ui.evaluate.ExplainViewModel explain = new org.mlpworkbench.ui.evaluate.ExplainViewModel(titanic, tasks);
        robot.interact(() -> stage.setWidth(1400));
        tabs(robot, titanic, "tab-explain", explain);
        robot.interact(() -> robot.lookup("#explain-importance").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> explain.importanceProperty().get() != null && !explain.runningProperty().get()).get());
        robot.interact(() -> {
            explain.columnProperty().set("Age");
            robot.lookup("#explain-dependence").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> explain.dependenceProperty().get() != null && !explain.runningProperty().get()).get());
        save(robot, dir, "evaluate-importance");
        robot.interact(() -> {
            explain.columnProperty().set("Sex");
            robot.lookup("#explain-dependence").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> "Sex".equals(explain.dependenceProperty().get().result().column()) && !explain.runningProperty().get()).get());
        save(robot, dir, "evaluate-importance-categorical");
    }

    @Test
    void calibrationAndCellRows(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("mlpw.screenshots"));
        RunRecord titanic = EvaluateFixtures.trainedRun(SampleData.file("titanic/train.csv"), 40);
        tabs(robot, titanic, "tab-calibration");
        save(robot, dir, "evaluate-calibration");
        RunRecord tags = EvaluateFixtures.trainedRun(EvaluateFixtures.sample("scene-tags.csv"), 40);
        tabs(robot, tags, "tab-calibration");
        robot.interact(() -> robot.lookup("#calibration-label").queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel().select(1));
        save(robot, dir, "evaluate-calibration-multilabel");

        // the passengers the model thought would die but who survived
        org.mlpworkbench.ui.evaluate.Scored scored = org.mlpworkbench.ui.evaluate.Scored.of(
                EvaluateFixtures.validationWithTable(titanic));
        org.mlpworkbench.ui.evaluate.CellRowsLister lister = new org.mlpworkbench.ui.evaluate.CellRowsLister(tasks);
        robot.interact(() -> lister.list(scored.data(), new org.mlpworkbench.ui.evaluate.CellRowsLister.BinaryCell(
                0, 0.5, true, false), "Survived=1, predicted not Survived=1 at threshold 0.5 · validation split of "
                + titanic.name(), (title, rows) -> org.mlpworkbench.ui.evaluate.CellRowsWindow.show(title, rows, lister,
                () -> stage)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#cell-rows-table").tryQuery().isPresent());
        Scene rows = robot.lookup("#cell-rows-table").query().getScene();
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(rows, dir, "evaluate-cell-rows");
        robot.interact(() -> Theme.apply(rows, true));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(rows, dir, "evaluate-cell-rows-dark");
        robot.interact(() -> ((Stage) rows.getWindow()).close());
    }
}
