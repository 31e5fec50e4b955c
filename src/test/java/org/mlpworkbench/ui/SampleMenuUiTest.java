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
import org.mlpworkbench.SampleData;
import org.mlpworkbench.ui.session.SampleFiles;
import org.mlpworkbench.ui.session.Settings;
import org.mlpworkbench.ui.task.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Open sample menu lists the samples of a folder's index, in its order and with what each is for; opening
 * one loads it and shows the Prepare step with the proposed target. Without a folder the menu is absent.
 */
@ExtendWith(ApplicationExtension.class)
class SampleMenuUiTest {

    @TempDir
    static Path samples;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Files.createDirectories(samples.resolve("binary"));
        Files.copy(SampleData.file("titanic/train.csv"), samples.resolve("binary").resolve("titanic.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(SampleData.file("bank/bank.csv"), samples.resolve("bank.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(samples.resolve(SampleFiles.INDEX), String.join("\n",
                "# file\tname\twhat",
                "binary/titanic.csv\tTitanic\twho survived",
                "gone.csv\tGone\ta file that is not there",
                "bank.csv\tbank\tsemicolons",
                "not a sample line"));
        window = new MainWindow(new AppServices(new FxBackgroundTasks(), Settings.inMemory(), Optional.of(samples)));
        window.attach(stage);
        stage.show();
    }

    @Test
    void listsTheIndexedSamplesInOrderAndOpensOneOnThePrepareStep(FxRobot robot) {
        Menu file = window.menuBar().getMenus().get(0);
        Menu sampleMenu = (Menu) file.getItems().stream().filter(i -> "menu-samples".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(sampleMenu.getItems()).extracting(MenuItem::getText)
                .containsExactly("Titanic: who survived", "bank: semicolons");

        robot.interact(() -> sampleMenu.getItems().get(0).fire());
        waitUntil(30, () -> window.model().preparation() != null);
        assertThat(window.model().data().name()).isEqualTo("titanic.csv");
        assertThat(window.model().preparation().recipe().targets()).containsExactly("Survived");
        assertThat(robot.lookup("#prepare-view").tryQuery()).isPresent();
    }

    @Test
    void withoutASampleFolderThereIsNoSampleMenu() {
        MainWindow bare = new MainWindow(new AppServices(new FxBackgroundTasks(), Settings.inMemory(), Optional.empty()));
        Menu file = bare.menuBar().getMenus().get(0);
        assertThat(file.getItems()).extracting(MenuItem::getId).doesNotContain("menu-samples");
        assertThat(SampleFiles.list(samples)).extracting(SampleFiles.Sample::name).containsExactly("Titanic", "bank");
        assertThat(SampleFiles.list(samples.resolve("binary"))).as("no index, no samples").isEmpty();
    }

    @Test
    void theShippedIndexPutsTitanicFirstAndNamesOnlyFilesThatExist() throws Exception {
        java.util.List<SampleFiles.Sample> shipped = SampleFiles.list(SampleData.FOLDER);
        assertThat(shipped).isNotEmpty();
        assertThat(shipped.get(0).name()).isEqualTo("Titanic");
        assertThat(shipped.get(0).description()).isEqualTo("who survived — binary; the classic first neural network");
        long indexed = Files.readAllLines(SampleData.FOLDER.resolve(SampleFiles.INDEX)).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        assertThat(shipped).as("every line of the index names a file that is there").hasSize((int) indexed);
        assertThat(shipped).extracting(s -> s.file().getFileName().toString())
                .contains("scene-tags.csv", "train.csv.gz", "bank.csv");
    }
}
