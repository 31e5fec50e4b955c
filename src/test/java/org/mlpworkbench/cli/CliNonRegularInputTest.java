package org.mlpworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.CsvReader;

/** A FIFO, a device or a socket given as input is refused at once, saying what it is — never read, never waited on. */
class CliNonRegularInputTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    Path fifo;

    @BeforeEach
    void makeFifo() throws Exception {
        fifo = dir.resolve("f.csv");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
    }

    private static String userError(String... args) {
        Cli.Result result = assertTimeoutPreemptively(PROMPTLY, () -> Cli.run(args));
        assertThat(result.code()).as("exit code; stderr: %s", result.err()).isEqualTo(2);
        assertThat(result.err().lines()).as(result.err()).hasSize(1);
        return result.err().strip();
    }

    @Test
    void theReaderRefusesAFifoWithoutOpeningIt() {
        assertTimeoutPreemptively(PROMPTLY, () -> {
            assertThatThrownBy(() -> CsvReader.read(fifo)).isInstanceOf(CsvException.class).hasMessage(fifo
                    + " is a FIFO (named pipe), not a regular file; only CSV files are read (copy the data to a file first).");
            assertThatThrownBy(() -> CsvReader.detect(fifo)).isInstanceOf(CsvException.class).hasMessageContaining("is a FIFO");
        });
    }

    @Test
    void theReaderSaysADeviceIsADeviceNotThatItIsEmpty() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertTimeoutPreemptively(PROMPTLY, () -> assertThatThrownBy(() -> CsvReader.read(zero))
                .isInstanceOf(CsvException.class).hasMessage("/dev/zero is a character device, not a regular file; only"
                        + " CSV files are read (copy the data to a file first)."));
    }

    @Test
    void everyCommandRefusesThemAtOnce() throws IOException {
        String expected = "error: --data: " + fifo + " is a FIFO (named pipe), not a CSV file; MLP Workbench reads regular"
                + " files only (copy it to a file first)";
        assertThat(userError("inspect", "--data", fifo.toString())).isEqualTo(expected);
        assertThat(userError("train", "--data", fifo.toString(), "--target", "y", "--out", dir.resolve("m").toString()))
                .isEqualTo(expected);
        assertThat(userError("cv", "--data", fifo.toString(), "--target", "y")).isEqualTo(expected);
        assertThat(userError("inspect", "--data", "/dev/zero")).isEqualTo("error: --data: /dev/zero is a character device, not"
                + " a CSV file; MLP Workbench reads regular files only (copy it to a file first)");

        Path data = SmallData.write(dir.resolve("small.csv"), 60);
        Path model = dir.resolve("model.zip");
        assertThat(SmallData.train(data, model).code()).isZero();
        assertThat(userError("predict", "--model", model.toString(), "--data", fifo.toString(), "--out",
                dir.resolve("p.csv").toString())).isEqualTo(expected);
        assertThat(userError("evaluate", "--model", model.toString(), "--data", fifo.toString())).isEqualTo(expected);
        assertThat(userError("evaluate", "--model", fifo.toString(), "--data", data.toString()))
                .isEqualTo("error: " + fifo + " is a FIFO (named pipe), not a model bundle folder or zip file");
    }
}
