package org.mlpworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.Table;

/** The CSV workload on a few rows: it runs end to end and its generated file is what it claims. */
class CsvLoadBenchmarkTest {

    @Test
    void runsAndPrintsOneLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvLoadBenchmark.Result result = CsvLoadBenchmark.run(2000, 1, 7L, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(result.rows()).isEqualTo(2000);
        assertThat(result.columns()).isEqualTo(MixedCsvGenerator.COLUMNS);
        assertThat(result.loadSeconds()).isPositive();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("csv: 2000 rows x 30 cols, ").endsWith("\n")
                .contains("Commons CSV to strings").contains("BufferedReader line count");
    }

    @Test
    void generatedFileIsDeterministicAndMixed(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        MixedCsvGenerator.write(a, 3000, 11L);
        MixedCsvGenerator.write(b, 3000, 11L);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        Table t = CsvReader.read(a).table();
        assertThat(t.rowCount()).isEqualTo(3000);
        assertThat(t.column("id").type()).isEqualTo(ColumnType.IDENTIFIER);
        assertThat(t.column("x_gaps").missingCount()).isPositive();
        assertThat(t.column("store").missingCount()).isPositive();
        assertThat(t.column("member").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(t.column("colour").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(t.column("name").text(0)).contains(", ");
        long numeric = t.columns().stream().filter(c -> c.type() == ColumnType.NUMERIC).count();
        assertThat(numeric).isEqualTo(18);
    }

    @Test
    void theWholeProcessLineRunsInspectInAFreshJvmBesidePandas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("small.csv");
        MixedCsvGenerator.write(file, 500, 3L);
        String line = CsvLoadBenchmark.wholeProcessLine(
                new CommandLaunch(java.util.List.of("-XX:+UseSerialGC")), file, 1);
        assertThat(line).matches("csv whole process: mlpw inspect \\d+\\.\\d\\d s(, peak RSS \\d+ MB)? \\| "
                + "(pandas\\.read_csv \\d+\\.\\d\\d s.* \\| inspect/pandas time \\d+\\.\\d\\d×.*"
                + "|pandas not available .*)");
    }
}
