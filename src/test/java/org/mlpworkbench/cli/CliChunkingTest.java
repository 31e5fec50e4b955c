package org.mlpworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Predictions are the same bytes however the file is cut into blocks: --chunk-rows bounds memory, nothing else. */
class CliChunkingTest {
    @TempDir
    Path dir;

    @Test
    void chunkRowsDoNotChangeAnyProbability() throws IOException {
        Path data = SmallData.write(dir.resolve("small.csv"), 3000);
        Path model = dir.resolve("model");
        Cli.Result trained = Cli.run("train", "--data", data.toString(), "--target", SmallData.TARGET, "--epochs", "3",
                "--hidden", "64,32", "--out", model.toString());
        assertThat(trained.code()).as(trained.err()).isZero();
        String reference = null;
        for (String chunk : new String[] {"50000", "7", "100", "1023", "1025", "2999"}) {
            Path out = dir.resolve("p" + chunk + ".csv");
            Cli.Result predicted = Cli.run("predict", "--model", model.toString(), "--data", data.toString(), "--out",
                    out.toString(), "--chunk-rows", chunk);
            assertThat(predicted.code()).as(predicted.err()).isZero();
            String text = Files.readString(out);
            if (reference == null) {
                reference = text;
            }
            assertThat(text).as("predictions with --chunk-rows %s", chunk).isEqualTo(reference);
        }
    }
}
