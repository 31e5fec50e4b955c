package org.mlpworkbench.ui;

import org.mlpworkbench.ui.session.Step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.project.FxProjectDialogs;
import org.mlpworkbench.ui.project.ProjectDialogs;
import org.mlpworkbench.ui.project.SaveChoice;
import org.mlpworkbench.ui.session.RunStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window: after training, closing asks to save (the real dialog) and Cancel keeps the window;
 * Save and Open through the menu accelerators (file choosers answered by the test) restore the session.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectUiTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private Stage stage;
    private final Deque<Path> chosen = new ArrayDeque<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = UiTestSupport.start(stage);
        FxProjectDialogs real = new FxProjectDialogs(window::window);
        window.projectViewModel().setDialogs(new ProjectDialogs() {
            @Override
            public Path chooseSaveFile(String suggested, Path folder) {
                return chosen.poll();
            }

            @Override
            public Path chooseProjectToOpen(Path folder) {
                return chosen.poll();
            }

            @Override
            public Path locateData(Path missing) {
                return null;
            }

            @Override
            public SaveChoice askToSave(String name) {
                return real.askToSave(name);
            }

            @Override
            public boolean askToRecover(String question) {
                return real.askToRecover(question);
            }
        });
    }

    /** Clicks the button of the unsaved-changes dialog with {@code text} (the status bar has a Cancel button too). */
    private static void clickInDialog(FxRobot robot, String text) {
        javafx.scene.Node pane = robot.lookup("#save-changes-dialog").query();
        javafx.scene.Node button = robot.from(pane).lookup((java.util.function.Predicate<javafx.scene.Node>) n ->
                n instanceof javafx.scene.control.Button b && text.equals(b.getText())).query();
        robot.clickOn(button);
    }

    @Test
    @SuppressWarnings("unchecked")
    void closingAsksToSaveAndASavedProjectOpensThroughTheMenu(FxRobot robot) {
        robot.interact(() -> window.open(SampleData.file("titanic/train.csv")));
        waitUntil(30, () -> window.model().preparation() != null);
        robot.interact(() -> {
            window.trainViewModel().form().epochs.set("2");
            window.trainViewModel().form().hiddenLayers.set("12");
            window.select(Step.TRAIN);
            window.trainViewModel().start();
        });
        waitUntil(60, () -> !window.model().runs().isEmpty() && !window.trainViewModel().activeProperty().get());
        assertThat(window.model().runs().get(0).statusProperty().get()).isEqualTo(RunStatus.COMPLETED);
        assertThat(stage.getTitle()).isEqualTo("• train.csv — MLP Workbench");

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(10, () -> robot.lookup("#save-changes-dialog").tryQuery().isPresent());
        clickInDialog(robot, "Cancel");
        waitUntil(10, () -> robot.lookup("#save-changes-dialog").tryQuery().isEmpty());
        assertThat(stage.isShowing()).isTrue();

        Path project = dir.resolve("session.mlpw");
        chosen.add(project);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(30, () -> Files.isRegularFile(project) && !window.projectViewModel().isDirty());
        assertThat(stage.getTitle()).isEqualTo("session.mlpw — MLP Workbench");

        robot.interact(() -> {
            window.trainViewModel().form().epochs.set("40");
            window.select(Step.DATA);
        });
        assertThat(stage.getTitle()).startsWith("• session.mlpw");
        chosen.add(project);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(10, () -> robot.lookup("#save-changes-dialog").tryQuery().isPresent());
        clickInDialog(robot, "Don't save");
        waitUntil(60, () -> !window.projectViewModel().busyProperty().get() && !window.projectViewModel().isDirty());

        assertThat(window.trainViewModel().form().epochs.value()).isEqualTo(2);
        assertThat(robot.lookup("#train-view").tryQuery()).isPresent();
        TableView<Object> runs = robot.lookup("#run-table").queryAs(TableView.class);
        assertThat(runs.getItems()).hasSize(1);
        assertThat(window.model().runs().get(0).hasModel()).isTrue();
        assertThat(window.model().runs().get(0).validation()).isNotNull();
        robot.interact(() -> window.select(Step.PREPARE));
        PrepareViewModel prepare = window.prepareViewModel();
        assertThat(prepare.targets()).containsExactly("Survived");
        assertThat(stage.getTitle()).isEqualTo("session.mlpw — MLP Workbench");
    }
}
