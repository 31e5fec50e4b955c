package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DialectDetectionTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';', '\t', '|'})
    void detectsEachDelimiter(char d) throws Exception {
        String text = String.join(String.valueOf(d), "name", "age", "city") + "\n"
                + String.join(String.valueOf(d), "Ann", "31", "\"Paris, France\"") + "\n"
                + String.join(String.valueOf(d), "Bob", "42", "\"Oslo; Norway | Europe\"") + "\n";
        LoadedTable t = CsvReader.read(write("d.csv", text));
        assertThat(t.dialect().delimiter()).isEqualTo(d);
        assertThat(t.table().columnNames()).containsExactly("name", "age", "city");
        assertThat(t.table().column("age").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.table().column("city").text(1)).isEqualTo("Oslo; Norway | Europe");
        assertThat(CsvReader.detect(dir.resolve("d.csv")).delimiter()).isEqualTo(d);
    }

    @Test
    void aDelimiterInsideQuotesDoesNotConfuseDetection() throws Exception {
        String text = "a;b\n\"1,5\";\"x,y,z\"\n\"2,5\";\"u,v\"\n";
        LoadedTable t = CsvReader.read(write("q.csv", text));
        assertThat(t.dialect().delimiter()).isEqualTo(';');
        assertThat(t.table().column("b").text(0)).isEqualTo("x,y,z");
    }

    @Test
    void singleColumnFileUsesComma() throws Exception {
        LoadedTable t = CsvReader.read(write("one.csv", "score\n1\n2\n3\n"));
        assertThat(t.table().columnCount()).isEqualTo(1);
        assertThat(t.dialect().delimiter()).isEqualTo(',');
    }

    @Test
    void detectsSingleQuoteWhenNoDoubleQuoteIsUsed() throws Exception {
        LoadedTable t = CsvReader.read(write("s.csv", "name,town\n'Smith, J',Oslo\n'Lee, K',Rome\n"));
        assertThat(t.dialect().quote()).isEqualTo('\'');
        assertThat(t.table().column("name").text(0)).isEqualTo("Smith, J");
    }

    @Test
    void headerIsDetectedAboveNumbers() throws Exception {
        LoadedTable t = CsvReader.read(write("h.csv", "x,y\n1,2\n3,4\n"));
        assertThat(t.dialect().header()).isTrue();
        assertThat(t.table().rowCount()).isEqualTo(2);
    }

    @Test
    void firstRowWithNumbersIsData() throws Exception {
        LoadedTable t = CsvReader.read(write("n.csv", "1,2\n3,4\n"));
        assertThat(t.dialect().header()).isFalse();
        assertThat(t.table().columnNames()).containsExactly("column_1", "column_2");
        assertThat(t.table().rowCount()).isEqualTo(2);
        assertThat(t.rowLines().lineOf(0)).isEqualTo(1);
    }

    @Test
    void allTextFirstRowIsDataWhenItsValuesRepeatBelow() throws Exception {
        LoadedTable t = CsvReader.read(write("t.csv", "male,S\nfemale,C\nmale,S\n"));
        assertThat(t.dialect().header()).isFalse();
        assertThat(t.table().rowCount()).isEqualTo(3);
    }

    @Test
    void allTextHeaderWhoseNamesDoNotRepeatIsAHeader() throws Exception {
        LoadedTable t = CsvReader.read(write("t.csv", "sex,port\nmale,S\nfemale,C\nmale,S\n"));
        assertThat(t.dialect().header()).isTrue();
        assertThat(t.table().columnNames()).containsExactly("sex", "port");
    }

    @Test
    void optionsOverrideDetection() throws Exception {
        Path file = write("o.csv", "x,y\n1,2\n");
        LoadedTable t = CsvReader.read(file, CsvOptions.defaults().withHeader(false).withDelimiter(';'));
        assertThat(t.table().columnNames()).containsExactly("column_1");
        assertThat(t.table().column(0).text(0)).isEqualTo("x,y");
    }

    @Test
    void utf8ByteOrderMarkIsReportedAndNotPartOfTheFirstName() throws Exception {
        byte[] body = "Größe,n\nklein,1\ngroß,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        LoadedTable t = CsvReader.read(write("bom.csv", bytes));
        assertThat(t.dialect().bom()).isTrue();
        assertThat(t.dialect().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(t.table().columnNames()).containsExactly("Größe", "n");
        assertThat(t.table().column("Größe").text(1)).isEqualTo("groß");
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void windows1252IsTheFallbackForBytesThatAreNotUtf8() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        LoadedTable t = CsvReader.read(write("w.csv", "city,price\nSão Paulo,5€\nZürich,7€\n".getBytes(cp1252)));
        assertThat(t.dialect().charset()).isEqualTo(cp1252);
        assertThat(t.table().column("city").text(0)).isEqualTo("São Paulo");
        assertThat(t.table().column("price").text(1)).isEqualTo("7€");
        assertThat(t.warnings()).singleElement().asString()
                .isEqualTo("w.csv is not valid UTF-8 (byte 0xE3 on line 2); it was read as windows-1252.");
    }

    @Test
    void isoLatin1WhenABytesIsUndefinedInWindows1252() throws Exception {
        byte[] bytes = "a,b\nx\u0081y,1\nz,2\n".getBytes(StandardCharsets.ISO_8859_1);
        LoadedTable t = CsvReader.read(write("l.csv", bytes));
        assertThat(t.dialect().charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(t.table().column("a").text(0)).isEqualTo("x\u0081y");
    }

    @Test
    void invalidUtf8AfterTheFirstBlockFallsBackWithAWarning() throws Exception {
        StringBuilder sb = new StringBuilder("id,name\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i).append(",name").append(i % 50).append('\n');
        }
        byte[] head = sb.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "20000,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[head.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        assertThat(bytes.length).isGreaterThan(FileLoader.SAMPLE_BYTES);
        LoadedTable t = CsvReader.read(write("late.csv", bytes));
        assertThat(t.dialect().charset().name()).isEqualTo("windows-1252");
        assertThat(t.table().column("name").text(20_000)).isEqualTo("José");
        assertThat(t.warnings()).containsExactly(
                "late.csv is not valid UTF-8 (see column 'name'); it was read as windows-1252.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithByteOrderMarkIsDecoded(String name) throws Exception {
        Charset cs = Charset.forName(name);
        byte[] body = "word;count\nnaïve;3\n日本;4\n".getBytes(cs);
        byte[] bom = name.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] bytes = new byte[body.length + 2];
        System.arraycopy(bom, 0, bytes, 0, 2);
        System.arraycopy(body, 0, bytes, 2, body.length);
        LoadedTable t = CsvReader.read(write("u16.csv", bytes));
        assertThat(t.dialect().charset()).isEqualTo(cs);
        assertThat(t.dialect().bom()).isTrue();
        assertThat(t.dialect().delimiter()).isEqualTo(';');
        assertThat(t.table().column("word").text(1)).isEqualTo("日本");
        assertThat(t.table().column("count").type()).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void aGivenCharsetIsUsedEvenWithoutByteOrderMark() throws Exception {
        Path file = write("u16.csv", "a,b\nx,1\ny,2\n".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> CsvReader.read(file)).hasMessageContaining("zero byte");
        LoadedTable t = CsvReader.read(file, CsvOptions.defaults().withCharset(StandardCharsets.UTF_16LE));
        assertThat(t.table().column("a").text(1)).isEqualTo("y");
        assertThat(t.dialect().bom()).isFalse();
        LoadedTable latin = CsvReader.read(write("l1.csv", "a,b\nä,1\n".getBytes(StandardCharsets.ISO_8859_1)),
                CsvOptions.defaults().withCharset(StandardCharsets.ISO_8859_1));
        assertThat(latin.table().column("a").text(0)).isEqualTo("ä");
        assertThat(latin.warnings()).isEmpty();
    }

    @Test
    void lineEndingsAreReported() throws Exception {
        assertThat(CsvReader.read(write("lf.csv", "a,b\n1,2\n")).dialect().lineEnding()).isEqualTo("\n");
        assertThat(CsvReader.read(write("crlf.csv", "a,b\r\n1,2\r\n")).dialect().lineEnding()).isEqualTo("\r\n");
        LoadedTable cr = CsvReader.read(write("cr.csv", "a,b\r1,2\r3,4\r"));
        assertThat(cr.dialect().lineEnding()).isEqualTo("\r");
        assertThat(cr.dialect().describe()).isEqualTo("delimiter ',', quote '\"', header row, UTF-8, CR line endings");
        assertThat(cr.table().rowCount()).isEqualTo(2);
        assertThat(cr.rowLines().lineOf(1)).isEqualTo(3);
    }

    @Test
    void crOnlyFileSpanningManyChunksLoadsEveryRow() throws Exception {
        StringBuilder sb = new StringBuilder("k,v\r");
        for (int i = 0; i < 5000; i++) {
            sb.append(i).append(",\"x\ry\"\r");
        }
        LoadedTable t = FileLoader.load(write("crs.csv", sb.toString()), CsvOptions.defaults(), LoadListener.NONE, 1024);
        assertThat(t.table().rowCount()).isEqualTo(5000);
        assertThat(t.table().column("v").text(4999)).isEqualTo("x\ry");
        assertThat(t.rowLines().lineOf(4999)).isEqualTo(2 + 2 * 4999);
    }
}
