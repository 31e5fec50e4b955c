package org.mlpworkbench.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void recentFilesAndThemeSurviveARestart() {
        Path file = dir.resolve("cfg").resolve("settings.json");
        Settings first = Settings.load(file);
        first.addRecent(dir.resolve("a.csv"));
        first.addRecent(dir.resolve("b.csv"));
        first.darkThemeProperty().set(true);

        Settings second = Settings.load(file);

        assertThat(second.recentFiles()).containsExactly(dir.resolve("b.csv"), dir.resolve("a.csv"));
        assertThat(second.darkThemeProperty().get()).isTrue();
    }

    @Test
    void reopeningAFileMovesItToTheTopAndTheListIsBounded() {
        Settings s = Settings.inMemory();
        for (int i = 0; i < Settings.MAX_RECENT + 3; i++) {
            s.addRecent(dir.resolve(i + ".csv"));
        }
        s.addRecent(dir.resolve("5.csv"));

        assertThat(s.recentFiles()).hasSize(Settings.MAX_RECENT);
        assertThat(s.recentFiles().get(0)).isEqualTo(dir.resolve("5.csv"));
        assertThat(s.recentFiles()).doesNotHaveDuplicates().doesNotContain(dir.resolve("0.csv"));
    }

    @Test
    void aCorruptFileGivesDefaultsAndIsRepairedOnTheNextChange() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ not json");

        Settings s = Settings.load(file);
        assertThat(s.recentFiles()).isEmpty();
        s.darkThemeProperty().set(true);

        assertThat(Settings.load(file).darkThemeProperty().get()).isTrue();
    }
}
