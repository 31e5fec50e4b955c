package org.mlpworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Table;

/** The memory workload on a few rows: the child train process runs, and the KDD-like file is what it claims. */
class TrainMemoryBenchmarkTest {

    @Test
    void runsTrainInAChildProcessAndPrintsOneLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrainMemoryBenchmark.Result result = TrainMemoryBenchmark.run(3000, 1, 5L,
                new CommandLaunch(java.util.List.of("-XX:+UseSerialGC")), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(result.rows()).isEqualTo(3000);
        assertThat(result.columns()).isEqualTo(KddCsvGenerator.FEATURES + 1);
        // 29 numeric columns of 8 bytes a row; 9 yes/no flags and 4 categorical columns of 4, plus their levels
        assertThat(result.columnBytes()).isBetween(3000L * (29 * 8 + 13 * 4), 3000L * (29 * 8 + 13 * 4) + 4000);
        assertThat(result.features()).isGreaterThan(KddCsvGenerator.FEATURES);
        assertThat(result.featureBytes()).isEqualTo(4L * 3000 * result.features());
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("memory: mlpw train on 3000 rows x 42 cols")
                .contains("parsed columns").contains("feature matrix 3000 x " + result.features() + " floats");
    }

    @Test
    void generatedFileIsDeterministicWith23SkewedClasses(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        KddCsvGenerator.write(a, 20_000, 3L);
        KddCsvGenerator.write(b, 20_000, 3L);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        Table t = CsvReader.read(a).table();
        assertThat(t.columnCount()).isEqualTo(42);
        assertThat(t.column("protocol_type").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(t.column("service").summary().distinct()).isBetween(60, 70);
        assertThat(t.column("label").summary().distinct()).isBetween(15, 23);
        assertThat(t.column("label").summary().top().get(0).count()).isBetween(20_000 * 35 / 100, 20_000 * 45 / 100);
        assertThat(t.columns().stream().filter(c -> c.type() == ColumnType.NUMERIC).count()).isEqualTo(29);
        assertThat(t.columns().stream().filter(c -> c.type() == ColumnType.BOOLEAN).count()).isEqualTo(9);
    }
}
