package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialect is judged from whole records, however long: a 20,000-column header (over 64 KB) is still a header. */
class WideHeaderTest {
    private static final int COLUMNS = 20_000;

    @TempDir
    Path dir;

    private static String wide(char delimiter) {
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < COLUMNS; c++) {
            csv.append(c == 0 ? "" : delimiter).append("feature_").append(c + 1);
        }
        csv.append('\n');
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                csv.append(c == 0 ? "" : delimiter).append((r * 7 + c) % 10).append(".5");
            }
            csv.append('\n');
        }
        assertThat(csv.indexOf("\n")).as("the header is longer than 64 KB").isGreaterThan(1 << 16);
        return csv.toString();
    }

    @Test
    void aHeaderLongerThanTheFirstBlockIsDetected() throws Exception {
        for (char delimiter : new char[] {',', ';'}) {
            Path file = Files.writeString(dir.resolve("wide.csv"), wide(delimiter), StandardCharsets.UTF_8);
            CsvDialect dialect = CsvReader.detect(file);
            assertThat(dialect.header()).isTrue();
            assertThat(dialect.delimiter()).isEqualTo(delimiter);
            LoadedTable loaded = CsvReader.read(file);
            assertThat(loaded.dialect().header()).isTrue();
            assertThat(loaded.table().columnCount()).isEqualTo(COLUMNS);
            assertThat(loaded.table().rowCount()).isEqualTo(3);
            assertThat(loaded.table().column(COLUMNS - 1).name()).isEqualTo("feature_" + COLUMNS);
            assertThat(loaded.warnings()).isEmpty();
        }
    }

    @Test
    void textGivenInMemoryIsJudgedTheSameWay() throws CsvException {
        LoadedTable loaded = CsvReader.readText("wide", wide('\t'));
        assertThat(loaded.dialect().header()).isTrue();
        assertThat(loaded.dialect().delimiter()).isEqualTo('\t');
        assertThat(loaded.table().column(0).name()).isEqualTo("feature_1");
        assertThat(loaded.table().columnCount()).isEqualTo(COLUMNS);
    }
}
