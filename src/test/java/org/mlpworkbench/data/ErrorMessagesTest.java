package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way an input can be refused or repaired, and the sentence a person gets. */
class ErrorMessagesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void aFileThatIsNotThere() {
        Path file = dir.resolve("nope.csv");
        assertThatThrownBy(() -> CsvReader.read(file)).isInstanceOf(CsvException.class)
                .hasMessage("There is no file " + file + ".");
        assertThatThrownBy(() -> CsvReader.detect(file)).hasMessage("There is no file " + file + ".");
    }

    @Test
    void aDirectory() {
        assertThatThrownBy(() -> CsvReader.read(dir)).hasMessage(dir + " is a folder, not a CSV file.");
    }

    @Test
    void emptyFiles() throws IOException {
        assertThatThrownBy(() -> CsvReader.read(write("e.csv", ""))).hasMessage("e.csv is empty.");
        assertThatThrownBy(() -> CsvReader.read(write("w.csv", " \n\r\n\n"))).hasMessage("w.csv is empty.");
        assertThatThrownBy(() -> CsvReader.read(write("b.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})))
                .hasMessage("b.csv is empty.");
        assertThatThrownBy(() -> CsvReader.readText("text", "\n\n")).hasMessage("text is empty.");
    }

    @Test
    void headerOnly() throws IOException {
        assertThatThrownBy(() -> CsvReader.read(write("h.csv", "a,b,c\n")))
                .hasMessage("h.csv has a header row (a, b, c) but no data rows.");
        assertThatThrownBy(() -> CsvReader.read(write("h2.csv", "a,b,c")))
                .hasMessage("h2.csv has a header row (a, b, c) but no data rows.");
        assertThatThrownBy(() -> CsvReader.readText("h3.csv", "a;b\r\n"))
                .hasMessage("h3.csv has a header row (a, b) but no data rows.");
    }

    @Test
    void raggedRowsAreSkippedAndReported() throws Exception {
        LoadedTable t = CsvReader.read(write("r.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n13,14,15\n"));
        assertThat(t.table().rowCount()).isEqualTo(3);
        assertThat(t.warnings()).containsExactly(
                "r.csv: skipped 2 rows without the 3 fields of the first row (line 3 has 2 fields; line 5 has 4 fields).");
        assertThat(t.rowLines().lineOf(1)).isEqualTo(4);
        assertThat(t.rowLines().lineOf(2)).isEqualTo(6);
    }

    @Test
    void tooManyRaggedRowsRefuseTheFile() throws IOException {
        Path file = write("r.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n9\n");
        assertThatThrownBy(() -> CsvReader.read(file, CsvOptions.defaults().withMaxSkippedRows(1)))
                .hasMessage("r.csv: 2 rows do not have the 3 fields of the first row (line 3 has 2 fields); up to 1 such"
                        + " rows are skipped with a warning, more means the file is not a consistent table (wrong delimiter?).");
    }

    @Test
    void noRowWithTheRightWidth() throws IOException {
        assertThatThrownBy(() -> CsvReader.read(write("r.csv", "a,b,c\n1,2\n3,4\n")))
                .hasMessage("No row of r.csv has the 3 fields of its first row (line 2 has 2 fields; line 3 has 2 fields).");
    }

    @Test
    void unterminatedQuote() throws IOException {
        Path file = write("u.csv", "a,b\n1,x\n2,\"never\nclosed\n3,y\n");
        assertThatThrownBy(() -> CsvReader.read(file)).isInstanceOf(CsvException.class)
                .hasMessage("u.csv, line 3, column 'b': a quoted field starts here but its closing quote never comes"
                        + " (the file ends inside it).")
                .satisfies(e -> assertThat(((CsvException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> CsvReader.readText("u.csv", "a,b\n1,x\n2,\"never\nclosed\n3,y\n"))
                .hasMessage("u.csv, line 3: a quoted field starts here but its closing quote never comes"
                        + " (the text ends inside it).");
    }

    @Test
    void unterminatedQuoteLargerThanABlockEndsWithAMessage() throws IOException {
        String text = "a,b\n1,\"" + "x".repeat(200_000) + "\n";
        assertThatThrownBy(() -> FileLoader.load(write("big.csv", text), CsvOptions.defaults(), LoadListener.NONE, 4096))
                .hasMessageStartingWith("big.csv, line 2, column 'b': a quoted field starts here");
    }

    @Test
    void textAfterAClosingQuote() throws IOException {
        assertThatThrownBy(() -> CsvReader.read(write("x.csv", "a,b\n\"ok\",1\n\"bad\"x,2\n")))
                .hasMessage("x.csv, line 3, column 'a': 'x' follows the closing quote of a quoted field; only the"
                        + " delimiter or the end of the line may follow it (write a quote inside a quoted field as two quotes).");
        assertThatThrownBy(() -> CsvReader.readText("x.csv", "a,b\n\"ok\",1\n\"bad\"x,2\n"))
                .hasMessageStartingWith("x.csv, line 3: text follows the closing quote of a quoted field");
    }

    @Test
    void binaryFiles() throws IOException {
        byte[] nul = "a,b\n1,2\n\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvReader.read(write("n.bin", nul)))
                .hasMessage("n.bin is not a CSV text file: it contains a zero byte (at offset 8). If it is UTF-16 text"
                        + " without a byte order mark, save it as UTF-8.");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertThatThrownBy(() -> CsvReader.read(write("book.xlsx", zip)))
                .hasMessage("book.xlsx is not a CSV text file: it looks like a ZIP archive (an Excel .xlsx or"
                        + " OpenDocument .ods workbook?). Save or export it as CSV first.");
        byte[] control = new byte[200];
        for (int i = 0; i < control.length; i++) {
            control[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        assertThatThrownBy(() -> CsvReader.read(write("c.dat", control)))
                .hasMessage("c.dat is not a CSV text file: 100 of its first 200 bytes are control characters.");
    }

    @Test
    void blankAndDuplicateColumnNamesAreMadeUniqueWithWarnings() throws Exception {
        LoadedTable t = CsvReader.read(write("d.csv", ",x,x, ,x_2\n1,2,3,4,5\n6,7,8,9,10\n"));
        assertThat(t.table().columnNames()).containsExactly("column_1", "x", "x_3", "column_4", "x_2");
        assertThat(t.warnings()).containsExactly(
                "d.csv: column 1 has no name in the header; it is called 'column_1'.",
                "d.csv: the header names more than one column 'x'; column 3 is called 'x_3'.",
                "d.csv: column 4 has no name in the header; it is called 'column_4'.");
    }

    @Test
    void maxRowsStopsEarlyAndSaysSo() throws Exception {
        LoadedTable t = CsvReader.read(write("m.csv", "a\n1\n2\n3\n4\n"), CsvOptions.defaults().withMaxRows(2));
        assertThat(t.table().rowCount()).isEqualTo(2);
        assertThat(t.warnings()).containsExactly("m.csv: read only the first 2 rows, as asked.");
        LoadedTable all = CsvReader.read(dir.resolve("m.csv"), CsvOptions.defaults().withMaxRows(4));
        assertThat(all.warnings()).isEmpty();
        LoadedTable text = CsvReader.readText("m.csv", "a\n1\n2\n3\n4\n", CsvOptions.defaults().withMaxRows(2));
        assertThat(text.table().rowCount()).isEqualTo(2);
        assertThat(text.warnings()).containsExactly("m.csv: read only the first 2 rows, as asked.");
        assertThat(CsvReader.readText("m.csv", "a\n1\n2\n", CsvOptions.defaults().withMaxRows(2)).warnings()).isEmpty();
    }
}
