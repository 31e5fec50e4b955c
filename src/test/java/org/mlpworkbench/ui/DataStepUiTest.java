package org.mlpworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real window: open Titanic from the recent files, and a broken CSV's error dialog. */
@ExtendWith(ApplicationExtension.class)
class DataStepUiTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private Path broken;

    @Start
    void start(Stage stage) throws Exception {
        broken = dir.resolve("broken.csv");
        Files.writeString(broken, "a,b\n1,2\n3,\"4\n5,6\n");
        window = UiTestSupport.start(stage, SampleData.file("titanic/train.csv"), broken);
    }

    @Test
    void opensTitanicFromTheRecentFilesAndShowsColumnsAndRows(FxRobot robot) {
        robot.clickOn("train.csv   (" + SampleData.file("titanic/train.csv").getParent() + ")");
        waitUntil(20, () -> window.model().data() != null);

        TableView<?> columns = robot.lookup("#column-list").queryAs(TableView.class);
        assertThat(columns.getItems()).hasSize(12);
        TableView<?> rows = robot.lookup(".table-preview").queryAs(TableView.class);
        assertThat(rows.getItems()).hasSize(891);
        assertThat(robot.lookup("#data-title").queryAs(Label.class).getText()).isEqualTo("train.csv");
        assertThat(robot.lookup("#step-prepare").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#status-data").queryAs(Label.class).getText())
                .isEqualTo("train.csv · 891 rows × 12 columns");
    }

    @Test
    void aBrokenCsvShowsAnErrorDialogNamingTheLine(FxRobot robot) {
        robot.clickOn("broken.csv   (" + dir + ")");
        waitUntil(20, () -> robot.lookup("#error-dialog").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("broken.csv could not be read");
        String message = ((Label) dialog.getContent()).getText();
        assertThat(message).contains("line 3").doesNotContain("Exception").doesNotContain("at org.");
        robot.clickOn("OK");
        assertThat(window.model().data()).isNull();
    }
}
