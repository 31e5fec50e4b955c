package org.mlpworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.ui.session.RunStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The workflow driven by the keyboard alone: step shortcuts, a field mnemonic, start and theme accelerators. */
@ExtendWith(ApplicationExtension.class)
class KeyboardUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = UiTestSupport.start(stage);
    }

    @Test
    void stepsFieldsTrainingAndThemeAreReachableByKeyboard(FxRobot robot) {
        robot.interact(() -> window.open(SampleData.file("titanic/train.csv")));
        waitUntil(30, () -> window.model().preparation() != null);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#tune-view").tryQuery()).as("Tune is step 3, between Prepare and Train").isPresent();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#train-view").tryQuery()).isPresent();

        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        TextField epochs = robot.lookup("#field-epochs").queryAs(TextField.class);
        waitUntil(5, epochs::isFocused);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("3");
        assertThat(window.trainViewModel().form().epochs.value()).isEqualTo(3);

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(60, () -> window.trainViewModel().currentProperty().get() != null
                && !window.trainViewModel().activeProperty().get());
        assertThat(window.trainViewModel().currentProperty().get().statusProperty().get())
                .isEqualTo(RunStatus.COMPLETED);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#data-view").query().isVisible()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(window.root().getScene().getRoot().getStyleClass()).contains("dark");
        assertThat(window.services().settings().darkThemeProperty().get()).isTrue();
    }
}
