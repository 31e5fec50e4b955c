package org.mlpworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value longer than Jackson's default string limit (20,000,000 characters) travels through the
 * recipe, the bundle and back: the documents the project writes can always be read again.
 */
class CliLargeFieldTest {
    private static final int LENGTH = 20_500_000;

    @TempDir
    Path dir;

    @Test
    void aCategoryOfMoreThanTwentyMillionCharactersIsSavedAndReadBack() throws IOException {
        Path data = dir.resolve("long.csv");
        try (Writer out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
            out.write("x,kind,y\n");
            for (int i = 0; i < 40; i++) {
                out.write(i + ",");
                if (i % 4 == 0) {
                    out.write('"');
                    for (int k = 0; k < LENGTH / 10; k++) {
                        out.write("long value");
                    }
                    out.write('"');
                } else {
                    out.write(i % 2 == 0 ? "short" : "tiny");
                }
                out.write("," + (i % 3 == 0 ? 1 : 0) + "\n");
            }
        }
        {
            Path model = dir.resolve("model");
            Cli.Result trained = Cli.run("train", "--data", data.toString(), "--target", "y", "--epochs", "1", "--hidden", "2",
                    "--out", model.toString());
            assertThat(trained.code()).as(trained.err()).isZero();
            assertThat(trained.out()).contains("saved " + model);
            Cli.Result predicted = Cli.run("predict", "--model", model.toString(), "--data", data.toString(), "--out",
                    dir.resolve("p.csv").toString());
            assertThat(predicted.code()).as(predicted.err()).isZero();
            assertThat(predicted.out()).startsWith("wrote 40 predictions");
            Cli.Result exported = Cli.run("export", "--model", model.toString(), "--format", "json", "--out",
                    dir.resolve("w.json").toString());
            assertThat(exported.code()).as(exported.err()).isZero();
        }
    }
}
