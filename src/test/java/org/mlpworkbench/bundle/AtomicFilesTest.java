package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private String[] listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void replacesAFileAndLeavesNoTemporaryBehind() throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicFiles.write(target, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(target, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("second");
        assertThat(listing()).containsExactly("out.txt");
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(listing()).containsExactly("out.txt");
    }

    @Test
    void createsMissingParentFolders() throws IOException {
        Path target = dir.resolve("a/b/out.txt");
        AtomicFiles.write(target, out -> out.write(1));
        assertThat(Files.size(target)).isEqualTo(1);
    }

    @Test
    void replacesADirectoryOnlyWhenAllowed() throws IOException {
        Path target = dir.resolve("model");
        AtomicFiles.writeDirectory(target, p -> false, d -> Files.writeString(d.resolve("model.json"), "v1"));
        AtomicFiles.writeDirectory(target, p -> Files.exists(p.resolve("model.json")),
                d -> Files.writeString(d.resolve("model.json"), "v2"));
        assertThat(Files.readString(target.resolve("model.json"))).isEqualTo("v2");
        assertThat(listing()).containsExactly("model");

        Path unrelated = dir.resolve("photos");
        Files.createDirectory(unrelated);
        Files.writeString(unrelated.resolve("cat.jpg"), "meow");
        assertThatThrownBy(() -> AtomicFiles.writeDirectory(unrelated, p -> false, d -> { }))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("not a model bundle");
        assertThat(Files.readString(unrelated.resolve("cat.jpg"))).isEqualTo("meow");
    }

    @Test
    void aFailedDirectoryWriteKeepsTheOldDirectory() throws IOException {
        Path target = dir.resolve("model");
        AtomicFiles.writeDirectory(target, p -> true, d -> Files.writeString(d.resolve("model.json"), "v1"));
        assertThatThrownBy(() -> AtomicFiles.writeDirectory(target, p -> true, d -> {
            Files.writeString(d.resolve("model.json"), "v2");
            throw new IOException("interrupted");
        })).hasMessage("interrupted");
        assertThat(Files.readString(target.resolve("model.json"))).isEqualTo("v1");
        assertThat(listing()).containsExactly("model");
    }
}
