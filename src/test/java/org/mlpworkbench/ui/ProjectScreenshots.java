package org.mlpworkbench.ui;

import org.mlpworkbench.ui.session.Step;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Screenshots of the project dialogs (the unsaved-changes question, the warning after opening a
 * project whose data changed) to the folder named by {@code -Dmlpw.screenshots=DIR}. Not part of the
 * normal test run: {@code mvn test -Dtest=ProjectScreenshots -Dmlpw.screenshots=DIR}.
 */
@EnabledIfSystemProperty(named = "mlpw.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ProjectScreenshots {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = UiTestSupport.start(stage);
    }

    @Test
    void projectDialogs(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("mlpw.screenshots"));
        Path work = Files.createTempDirectory("project-shots");
        Path csv = work.resolve("titanic.csv");
        Files.copy(SampleData.file("titanic/train.csv"), csv);
        robot.interact(() -> window.open(csv));
        waitUntil(30, () -> window.model().preparation() != null);
        robot.interact(() -> {
            window.trainViewModel().form().epochs.set("5");
            window.select(Step.TRAIN);
            window.trainViewModel().start();
        });
        waitUntil(60, () -> !window.model().runs().isEmpty() && !window.trainViewModel().activeProperty().get());
        Screenshots.save(stage.getScene(), dir, "project-unsaved-title");
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(10, () -> robot.lookup("#save-changes-dialog").tryQuery().isPresent());
        Screenshots.save(robot.lookup("#save-changes-dialog").query().getScene(), dir, "project-save-changes");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        Path project = work.resolve("titanic.mlpw");
        window.projectViewModel().setDialogs(new org.mlpworkbench.ui.project.ProjectDialogs() {
            @Override
            public Path chooseSaveFile(String suggested, Path folder) {
                return project;
            }

            @Override
            public Path chooseProjectToOpen(Path folder) {
                return project;
            }

            @Override
            public Path locateData(Path missing) {
                return new org.mlpworkbench.ui.project.FxProjectDialogs(window::window).locateData(missing);
            }

            @Override
            public org.mlpworkbench.ui.project.SaveChoice askToSave(String name) {
                return org.mlpworkbench.ui.project.SaveChoice.DONT_SAVE;
            }

            @Override
            public boolean askToRecover(String question) {
                return false;
            }
        });
        robot.interact(() -> window.projectViewModel().save(() -> { }));
        waitUntil(30, () -> !window.projectViewModel().isDirty());
        Files.writeString(csv, "892,1,3,\"Doe, Mr. John\",male,30,0,0,A/5 1,7.25,,S\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Platform.runLater(() -> window.projectViewModel().open(project));
        waitUntil(60, () -> robot.lookup("#project-warning-dialog").tryQuery().isPresent());
        Screenshots.save(robot.lookup("#project-warning-dialog").query().getScene(), dir, "project-data-changed");
        robot.clickOn("OK");
        Screenshots.save(stage.getScene(), dir, "project-opened");

        Files.delete(csv);
        Platform.runLater(() -> window.projectViewModel().open(project));
        waitUntil(60, () -> robot.lookup("#locate-dialog").tryQuery().isPresent());
        Screenshots.save(robot.lookup("#locate-dialog").query().getScene(), dir, "project-locate");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(10, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        Screenshots.save(robot.lookup("#error-dialog").query().getScene(), dir, "project-not-opened");
        robot.clickOn("OK");
    }
}
