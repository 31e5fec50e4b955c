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

    @Test
    void anExcelSeparatorLineIsHonouredInEveryBlock() throws IOException {
        Path data = SmallData.write(dir.resolve("small.csv"), 300);
        Path model = dir.resolve("model");
        assertThat(SmallData.train(data, model).code()).isZero();
        Path excel = dir.resolve("excel.csv");
        Files.writeString(excel, "sep=;\r\n" + Files.readString(data).replace(",", ";").replace("\n", "\r\n"));
        String whole = null;
        for (String chunk : new String[] {"50000", "7"}) {
            Path out = dir.resolve("e" + chunk + ".csv");
            Cli.Result predicted = Cli.run("predict", "--model", model.toString(), "--data", excel.toString(), "--out",
                    out.toString(), "--id", "id", "--chunk-rows", chunk);
            assertThat(predicted.code()).as(predicted.err()).isZero();
            assertThat(predicted.out()).startsWith("wrote 300 predictions");
            whole = whole == null ? Files.readString(out) : whole;
            assertThat(Files.readString(out)).isEqualTo(whole);
        }
        Path plain = dir.resolve("plain.csv");
        assertThat(Cli.run("predict", "--model", model.toString(), "--data", data.toString(), "--out", plain.toString(),
                "--id", "id").code()).isZero();
        assertThat(whole).isEqualTo(Files.readString(plain));
    }
}
