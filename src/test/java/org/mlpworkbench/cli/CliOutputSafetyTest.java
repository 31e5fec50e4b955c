package org.mlpworkbench.cli;

import static org.mlpworkbench.cli.Cli.userError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.data.FileKind;

/**
 * Outputs replace only what is provably theirs: a bundle save replaces only a bundle, every write goes
 * to a regular file (never over a device or a FIFO), and no command writes over its own inputs.
 */
class CliOutputSafetyTest {
    @TempDir
    static Path shared;
    static Path data;
    static Path model;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainOne() throws IOException {
        data = SmallData.write(shared.resolve("small.csv"), 120);
        model = shared.resolve("model");
        assertThat(SmallData.train(data, model).code()).isZero();
    }

    @Test
    void anUnrelatedZipIsNotReplacedByABundle() throws IOException {
        Path photos = dir.resolve("photos.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(photos))) {
            zip.putNextEntry(new ZipEntry("cat.jpg"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        byte[] before = Files.readAllBytes(photos);
        Cli.Result result = SmallData.train(data, photos);
        assertThat(userError(result)).isEqualTo("error: " + photos
                + ": already exists and is not a model bundle zip (it holds cat.jpg); choose another output");
        assertThat(result.out()).as("refused before training").doesNotContain("epoch");
        assertThat(Files.readAllBytes(photos)).isEqualTo(before);
    }

    @Test
    void aFolderWithAModelJsonAndOtherFilesIsNotReplaced() throws IOException {
        Path project = Files.createDirectory(dir.resolve("project"));
        Files.writeString(project.resolve("model.json"), "{\"format\": \"mlp-workbench-model\"}");
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("src/main.c"), "int main(void) { return 0; }");
        assertThat(userError(SmallData.train(data, project))).isEqualTo("error: " + project
                + ": already exists and holds other files besides a model bundle (src); choose another output");
        assertThat(project.resolve("src/main.c")).hasContent("int main(void) { return 0; }");

        Path foreign = Files.createDirectory(dir.resolve("foreign"));
        Files.writeString(foreign.resolve("model.json"), "{\"format\": \"keras\"}");
        Files.writeString(foreign.resolve("weights.npz"), "not ours");
        assertThat(userError(SmallData.train(data, foreign))).endsWith("its model.json is not an MLP Workbench model; choose another output");
        assertThat(foreign.resolve("weights.npz")).hasContent("not ours");
    }

    @Test
    void aBundleFolderOrZipIsStillReplaced() throws IOException {
        Path folder = dir.resolve("again");
        Path zip = dir.resolve("again.zip");
        for (Path out : new Path[] {folder, zip}) {
            assertThat(SmallData.train(data, out).code()).isZero();
            Cli.Result second = SmallData.train(data, out, "--seed", "3");
            assertThat(second.code()).as(second.err()).isZero();
        }
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()).sorted()).containsExactly("again", "again.zip");
        }
    }

    @Test
    void aFifoIsNeitherWrittenNorReplaced() throws Exception {
        Path fifo = dir.resolve("out.onnx");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        assertThat(userError(Cli.run("export", "--model", model.toString(), "--format", "onnx", "--out", fifo.toString())))
                .isEqualTo("error: " + fifo + ": is a FIFO (named pipe), not a regular file; refusing to write over it");
        assertThat(FileKind.unusual(fifo)).isEqualTo("a FIFO (named pipe)");
        assertThat(userError(Cli.run("predict", "--model", model.toString(), "--data", data.toString(), "--out", fifo.toString())))
                .isEqualTo("error: " + fifo + ": is a FIFO (named pipe), not a regular file; refusing to write over it");
        assertThat(userError(SmallData.train(data, fifo)))
                .isEqualTo("error: " + fifo + ": is a FIFO (named pipe), not a regular file; refusing to write over it");
        assertThat(FileKind.unusual(fifo)).isEqualTo("a FIFO (named pipe)");
    }

    @Test
    void aDeviceNodeIsNeitherWrittenNorReplaced() throws Exception {
        Path device = dir.resolve("full");
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "7").start().waitFor() == 0,
                "mknod works here (needs root)");
        for (String format : new String[] {"npz", "json", "onnx"}) {
            assertThat(userError(Cli.run("export", "--model", model.toString(), "--format", format, "--out", device.toString())))
                    .isEqualTo("error: " + device + ": is a character device, not a regular file; refusing to write over it");
            assertThat(FileKind.unusual(device)).isEqualTo("a character device");
        }
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("full");
        }
    }

    @Test
    void predictNeverWritesOverItsInputs() throws IOException {
        Path copy = Files.copy(data, dir.resolve("in.csv"));
        byte[] before = Files.readAllBytes(copy);
        assertThat(userError(Cli.run("predict", "--model", model.toString(), "--data", copy.toString(), "--out", copy.toString())))
                .isEqualTo("error: the output " + copy + " is the input file in.csv; choose another output file (the"
                        + " predictions would replace the data)");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), copy);
        assertThat(userError(Cli.run("predict", "--model", model.toString(), "--data", copy.toString(), "--out", link.toString())))
                .isEqualTo("error: the output " + link + " is the input file in.csv; choose another output file (the"
                        + " predictions would replace the data)");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        Path inside = model.resolve("predictions.csv");
        assertThat(userError(Cli.run("predict", "--model", model.toString(), "--data", copy.toString(), "--out", inside.toString())))
                .isEqualTo("error: --out " + inside + " would write into the --model bundle " + model + "; choose another output file");
        assertThat(inside).doesNotExist();
    }

    @Test
    void exportNeverWritesOverTheModel() throws IOException {
        Path zip = dir.resolve("m.zip");
        assertThat(SmallData.train(data, zip).code()).isZero();
        byte[] before = Files.readAllBytes(zip);
        assertThat(userError(Cli.run("export", "--model", zip.toString(), "--format", "onnx", "--out", zip.toString())))
                .isEqualTo("error: --out " + zip + " would write over the --model bundle " + zip + "; choose another output file");
        assertThat(Files.readAllBytes(zip)).isEqualTo(before);
        Path json = dir.resolve("weights.json");
        Files.writeString(json, "old export", StandardCharsets.UTF_8);
        assertThat(Cli.run("export", "--model", zip.toString(), "--format", "json", "--out", json.toString()).code()).isZero();
        assertThat(Files.readString(json)).startsWith("{");
    }
}
