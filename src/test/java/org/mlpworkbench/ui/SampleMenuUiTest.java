package org.mlpworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SharedData;
import org.mlpworkbench.ui.session.SampleFiles;
import org.mlpworkbench.ui.session.Settings;
import org.mlpworkbench.ui.task.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Open sample menu lists a sample folder's CSV files and opens them; without a folder it is absent. */
@ExtendWith(ApplicationExtension.class)
class SampleMenuUiTest {

    @TempDir
    static Path samples;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Files.createDirectories(samples.resolve("binary"));
        Files.copy(SharedData.file("titanic/train.csv"), samples.resolve("binary").resolve("titanic.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(samples.resolve("README.md"), "not a sample");
        window = new MainWindow(new AppServices(new FxBackgroundTasks(), Settings.inMemory(), Optional.of(samples)));
        window.attach(stage);
        stage.show();
    }

    @Test
    void listsTheSamplesAndOpensOne(FxRobot robot) {
        Menu file = window.menuBar().getMenus().get(0);
        Menu sampleMenu = (Menu) file.getItems().stream().filter(i -> "menu-samples".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(sampleMenu.getItems()).extracting(MenuItem::getText).containsExactly("binary/titanic");

        robot.interact(() -> sampleMenu.getItems().get(0).fire());
        waitUntil(30, () -> window.model().data() != null);
        assertThat(window.model().data().name()).isEqualTo("titanic.csv");
    }

    @Test
    void withoutASampleFolderThereIsNoSampleMenu() {
        MainWindow bare = new MainWindow(new AppServices(new FxBackgroundTasks(), Settings.inMemory(), Optional.empty()));
        Menu file = bare.menuBar().getMenus().get(0);
        assertThat(file.getItems()).extracting(MenuItem::getId).doesNotContain("menu-samples");
        assertThat(SampleFiles.list(samples)).extracting(SampleFiles.Sample::name).containsExactly("binary/titanic");
    }
}
