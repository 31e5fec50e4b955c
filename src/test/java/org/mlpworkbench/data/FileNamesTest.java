package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Names and folders for every kind of path, those for which Path answers null included. */
class FileNamesTest {

    @Test
    void aFileHasItsNameAndItsFolder() {
        Path file = Path.of("sample-data", "titanic", "train.csv");
        assertThat(FileNames.name(file)).isEqualTo("train.csv");
        assertThat(FileNames.folderOf(file)).isEqualTo(Path.of("sample-data", "titanic").toAbsolutePath());
    }

    @Test
    void aBareNameIsInTheCurrentFolder() {
        assertThat(FileNames.name(Path.of("model.zip"))).isEqualTo("model.zip");
        assertThat(FileNames.folderOf(Path.of("model.zip"))).isEqualTo(Path.of("").toAbsolutePath());
    }

    @Test
    void aRootIsNamedByItselfAndIsItsOwnFolder() {
        Path root = Path.of("").toAbsolutePath().getRoot();
        assertThat(FileNames.name(root)).isEqualTo(root.toString());
        assertThat(FileNames.folderOf(root)).isEqualTo(root);
    }
}
