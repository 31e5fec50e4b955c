package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;

/** A gzip-compressed CSV reads like the CSV inside it: same table, progress, cancellation, clear errors. */
class GzipInputTest {

    @TempDir
    Path dir;

    /** Rows of {@code id,x,word}; {@code word} is a number until row 9000, so its blocks are parsed twice. */
    private static String rows(int n) {
        StringBuilder sb = new StringBuilder("id,x,word\n");
        for (int i = 0; i < n; i++) {
            sb.append(i).append(',').append(i * 0.25).append(',').append(i < 9000 ? String.valueOf(i % 5) : "w" + i)
                    .append('\n');
        }
        return sb.toString();
    }

    private Path gzip(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
        return file;
    }

    private static List<String> cells(Table t) {
        List<String> out = new ArrayList<>();
        for (Column c : t.columns()) {
            out.add(c.name() + ":" + c.type());
            for (int r = 0; r < c.size(); r++) {
                out.add(c.text(r));
            }
        }
        return out;
    }

    private static long unpackedLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("mlpw-unpacked-")).count();
        }
    }

    @Test
    void aCompressedFileReadsLikeThePlainOneInSmallBlocksToo() throws Exception {
        byte[] text = rows(12_000).getBytes(StandardCharsets.UTF_8);
        Path plain = Files.write(dir.resolve("data.csv"), text);
        Path packed = gzip("data.csv.gz", text);
        long before = unpackedLeftovers();

        LoadedTable expected = FileLoader.load(plain, CsvOptions.defaults(), LoadListener.NONE, 4096);
        LoadedTable actual = FileLoader.load(packed, CsvOptions.defaults(), LoadListener.NONE, 4096);

        assertThat(cells(actual.table())).isEqualTo(cells(expected.table()));
        assertThat(actual.table().column("word").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(actual.table().source()).isEqualTo("data.csv.gz");
        assertThat(actual.dialect()).isEqualTo(expected.dialect());
        assertThat(actual.rowLines().lineOf(11_999)).isEqualTo(expected.rowLines().lineOf(11_999));
        assertThat(CsvReader.detect(packed)).isEqualTo(CsvReader.detect(plain));
        assertThat(unpackedLeftovers()).as("the unpacked copy is deleted").isEqualTo(before);
    }

    @Test
    void theContentDecidesNotTheName() throws Exception {
        Path packed = gzip("export.dat", "a;b\n1;x\n2;y\n".getBytes(StandardCharsets.UTF_8));
        Table t = CsvReader.read(packed).table();
        assertThat(t.columnNames()).containsExactly("a", "b");
        assertThat(t.rowCount()).isEqualTo(2);
    }

    @Test
    void progressRisesToTheEndThroughUnpackingAndReading() throws Exception {
        Path packed = gzip("p.csv.gz", rows(200_000).getBytes(StandardCharsets.UTF_8));
        List<Double> fractions = new ArrayList<>();
        List<Table> previews = new ArrayList<>();
        FileLoader.load(packed, CsvOptions.defaults(), new LoadListener() {
            @Override
            public void progress(LoadProgress p) {
                fractions.add(p.fraction());
            }

            @Override
            public void preview(Table firstRows) {
                previews.add(firstRows);
            }
        }, 1 << 16);
        assertThat(fractions).hasSizeGreaterThan(4).isSorted();
        assertThat(fractions.get(0)).isLessThanOrEqualTo(0.5);
        assertThat(fractions.stream().filter(f -> f > 0.5 && f < 1)).isNotEmpty();
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
        assertThat(previews).hasSize(1);
    }

    @Test
    void cancellingWhileUnpackingStopsThereAndLeavesNothing() throws Exception {
        Path packed = gzip("c.csv.gz", rows(400_000).getBytes(StandardCharsets.UTF_8));
        long before = unpackedLeftovers();
        List<LoadProgress> heard = new ArrayList<>();
        assertThatThrownBy(() -> CsvReader.read(packed, CsvOptions.defaults(), new LoadListener() {
            @Override
            public void progress(LoadProgress p) {
                heard.add(p);
            }

            @Override
            public boolean cancelled() {
                return !heard.isEmpty();
            }
        })).isInstanceOf(LoadCancelledException.class);
        assertThat(heard).as("stopped while unpacking, before any row was read").hasSize(1)
                .allSatisfy(p -> assertThat(p.fraction()).isLessThanOrEqualTo(0.5))
                .allSatisfy(p -> assertThat(p.rowsRead()).isZero());
        assertThat(unpackedLeftovers()).isEqualTo(before);
    }

    /** {@code rows} records of {@code id,note} whose note is a quoted field of {@code width} characters. */
    private static byte[] wideRows(int rows, int width) {
        StringBuilder sb = new StringBuilder("id,note\n");
        String note = "x".repeat(width - 2) + "\n,";
        for (int i = 0; i < rows; i++) {
            sb.append(i).append(",\"").append(note).append("\"\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readingTheFirstRowsUnpacksOnlyTheBeginning() throws Exception {
        // about 24 MB whose gzip trailer (the CRC of the data) is wrong: only a read to the end can notice
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(wideRows(24, 1 << 20));
        }
        byte[] data = bytes.toByteArray();
        data[data.length - 8] ^= 0x5a;
        Path packed = Files.write(dir.resolve("head.csv.gz"), data);
        Table head = CsvReader.read(packed, CsvOptions.defaults().withMaxRows(3)).table();
        assertThat(head.rowCount()).isEqualTo(3);
        assertThat(CsvReader.detect(packed).header()).isTrue();
        assertThatThrownBy(() -> CsvReader.read(packed)).hasMessage("head.csv.gz is not a valid gzip file: Corrupt GZIP trailer.");
    }

    @Test
    void whenTheBeginningHoldsTooFewRowsTheWholeFileIsRead() throws Exception {
        Path packed = gzip("many.csv.gz", wideRows(40, 1 << 20));
        Table t = CsvReader.read(packed, CsvOptions.defaults().withMaxRows(30)).table();
        assertThat(t.rowCount()).isEqualTo(30);
        assertThat(t.column("note").text(29)).hasSize((1 << 20) - 2 + 2);
    }

    @Test
    void aCorruptGzipIsOneClearLine() throws Exception {
        byte[] good = Files.readAllBytes(gzip("g.csv.gz", rows(3000).getBytes(StandardCharsets.UTF_8)));
        byte[] corrupt = good.clone();
        for (int i = 20; i < 60; i++) {
            corrupt[i] ^= 0x5a;
        }
        Path bad = Files.write(dir.resolve("bad.csv.gz"), corrupt);
        assertThatThrownBy(() -> CsvReader.read(bad))
                .isInstanceOf(CsvException.class)
                .hasMessageStartingWith("bad.csv.gz is not a valid gzip file: ")
                .hasMessageNotContaining("\n");

        Path cut = Files.write(dir.resolve("cut.csv.gz"), Arrays.copyOf(good, good.length / 2));
        assertThatThrownBy(() -> CsvReader.read(cut))
                .isInstanceOf(CsvException.class)
                .hasMessage("cut.csv.gz is not a valid gzip file: it ends before its compressed data do"
                        + " (a truncated download?).");
    }

    @Test
    void aBadRecordInsideIsReportedWithItsLineInTheCompressedFile() throws Exception {
        Path packed = gzip("q.csv.gz", "a,b\n1,2\n3,\"open\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvReader.read(packed))
                .isInstanceOf(CsvException.class)
                .hasMessageStartingWith("q.csv.gz, line 3");
    }

    @Test
    void streamingReadersUnpackTheSameWay() throws Exception {
        byte[] text = "x,y\n1,2\n".getBytes(StandardCharsets.UTF_8);
        Path packed = gzip("s.csv.gz", text);
        Path plain = Files.write(dir.resolve("s.csv"), text);
        try (InputStream in = CsvReader.unpacking(packed, Files.newInputStream(packed))) {
            assertThat(in.readAllBytes()).isEqualTo(text);
        }
        try (InputStream in = CsvReader.unpacking(plain, Files.newInputStream(plain))) {
            assertThat(in.readAllBytes()).isEqualTo(text);
        }
    }

    @Test
    void theShippedAdultFileMatchesItsDocumentedCounts() throws Exception {
        Table t = CsvReader.read(SampleData.file("adult/test.csv.gz")).table();
        assertThat(t.rowCount()).isEqualTo(16_281);
        assertThat(t.columnCount()).isEqualTo(15);
    }
}
