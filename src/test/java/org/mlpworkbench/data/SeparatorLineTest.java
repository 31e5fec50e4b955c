package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel's first line "sep=;" names the delimiter and is not a record; lines are still counted from the file's start. */
class SeparatorLineTest {
    @TempDir
    Path dir;

    @Test
    void theSeparatorLineSetsTheDelimiterAndIsSkipped() throws Exception {
        for (String eol : new String[] {"\n", "\r\n"}) {
            String text = "sep=;" + eol + "name;price" + eol + "tea;1,5" + eol + "cake;2,25" + eol;
            Path file = Files.writeString(dir.resolve("excel.csv"), "\uFEFF" + text, StandardCharsets.UTF_8);
            for (LoadedTable loaded : new LoadedTable[] {CsvReader.read(file), CsvReader.readText("excel.csv", text)}) {
                assertThat(loaded.dialect().delimiter()).isEqualTo(';');
                assertThat(loaded.dialect().header()).isTrue();
                assertThat(loaded.table().columnNames()).containsExactly("name", "price");
                assertThat(loaded.table().column("price").text(1)).isEqualTo("2,25");
                assertThat(loaded.rowLines().lineOf(0)).as("the first row is on line 3").isEqualTo(3);
            }
            assertThat(CsvReader.detect(file).delimiter()).isEqualTo(';');
        }
    }

    @Test
    void messagesCountTheSeparatorLine() throws IOException {
        String text = "sep=;\na;b\n1;2\n3;\"open\n";
        Path file = Files.writeString(dir.resolve("broken.csv"), text);
        assertThatThrownBy(() -> CsvReader.read(file)).isInstanceOf(CsvException.class)
                .satisfies(e -> assertThat(((CsvException) e).line()).isEqualTo(4));
        assertThatThrownBy(() -> CsvReader.readText("broken.csv", text)).isInstanceOf(CsvException.class)
                .satisfies(e -> assertThat(((CsvException) e).line()).isEqualTo(4));
    }

    @Test
    void aDelimiterTheCallerFixesWinsButTheLineIsStillSkipped() throws CsvException {
        LoadedTable loaded = CsvReader.readText("t", "sep=;\na,b\n1,2\n", CsvOptions.defaults().withDelimiter(','));
        assertThat(loaded.table().columnNames()).containsExactly("a", "b");
        assertThat(loaded.table().rowCount()).isEqualTo(1);
    }

    @Test
    void onlyAWholeLineOfExactlySepAndOneCharacterCounts() throws CsvException {
        assertThat(SeparatorLine.delimiter("sep=|\r\n")).isEqualTo('|');
        assertThat(SeparatorLine.delimiter("sep=\t")).isEqualTo('\t');
        assertThat(SeparatorLine.delimiter("sep=;;")).isNull();
        assertThat(SeparatorLine.delimiter("sep=\"")).isNull();
        assertThat(SeparatorLine.delimiter("SEP;x")).isNull();
        LoadedTable data = CsvReader.readText("t", "sep,x\n1,2\n3,4\n");
        assertThat(data.table().columnNames()).containsExactly("sep", "x");
    }
}
