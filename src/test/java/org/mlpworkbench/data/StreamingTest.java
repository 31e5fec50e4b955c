package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading in blocks: progress, preview, cancellation, block boundaries, and columns that change their mind. */
class StreamingTest {

    private static final int SMALL_BLOCKS = 4096;

    @TempDir
    Path dir;

    /** Rows of {@code id,x,word,note}; the note of every 7th row holds a quoted line break and a doubled quote. */
    private static String rows(int n) {
        StringBuilder sb = new StringBuilder("id,x,word,note\n");
        for (int i = 0; i < n; i++) {
            sb.append(i).append(',').append(i * 0.5).append(",w").append(i % 13).append(',');
            sb.append(i % 7 == 0 ? "\"said \"\"hi\"\",\nthen left\"" : "plain").append('\n');
        }
        return sb.toString();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Records everything a listener hears. */
    private static final class Recorder implements LoadListener {
        final List<LoadProgress> progress = new ArrayList<>();
        final List<Table> previews = new ArrayList<>();
        int progressBeforePreview = -1;
        long cancelAfterRows = Long.MAX_VALUE;

        @Override
        public void progress(LoadProgress p) {
            progress.add(p);
        }

        @Override
        public void preview(Table firstRows) {
            progressBeforePreview = progress.size();
            previews.add(firstRows);
        }

        @Override
        public boolean cancelled() {
            return !progress.isEmpty() && progress.get(progress.size() - 1).rowsRead() >= cancelAfterRows;
        }
    }

    @Test
    void smallBlocksGiveTheSameTableAsCommonsCsv() throws Exception {
        String text = rows(3000);
        LoadedTable chunked = FileLoader.load(write("s.csv", text), CsvOptions.defaults(), LoadListener.NONE, SMALL_BLOCKS);
        LoadedTable commons = CsvReader.readText("s.csv", text);
        RoundTripPropertyTest.assertSameTable(chunked, commons);
        assertThat(chunked.table().rowCount()).isEqualTo(3000);
        assertThat(chunked.table().column("note").text(7)).isEqualTo("said \"hi\",\nthen left");
        assertThat(chunked.rowLines().lineOf(1)).isEqualTo(4);
        assertThat(chunked.rowLines().lineOf(2999)).isEqualTo(2 + 2999 + 2999 / 7 + 1);
    }

    @Test
    void aColumnThatTurnsOutToBeTextLateIsReadAgainAsText() throws Exception {
        StringBuilder sb = new StringBuilder("code,value\n");
        for (int i = 0; i < 5000; i++) {
            sb.append(i % 100 == 0 ? "00" + i : String.valueOf(i % 50)).append(',').append(i).append('\n');
        }
        sb.append("X-1,5000\n");
        LoadedTable t = FileLoader.load(write("late.csv", sb.toString()), CsvOptions.defaults(), LoadListener.NONE,
                SMALL_BLOCKS);
        CategoricalColumn code = (CategoricalColumn) t.table().column("code");
        assertThat(code.type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(code.level(0)).isEqualTo("000");
        assertThat(code.level(100)).isEqualTo("00100");
        assertThat(code.level(5000)).isEqualTo("X-1");
        RoundTripPropertyTest.assertSameTable(t, CsvReader.readText("late.csv", sb.toString()));
    }

    @Test
    void progressRisesToTheTotalAndThePreviewComesFirst() throws Exception {
        Path file = write("p.csv", rows(20_000));
        Recorder recorder = new Recorder();
        LoadedTable t = FileLoader.load(file, CsvOptions.defaults().withPreviewRows(25), recorder, SMALL_BLOCKS);
        assertThat(recorder.previews).hasSize(1);
        Table preview = recorder.previews.get(0);
        assertThat(preview.rowCount()).isEqualTo(25);
        assertThat(preview.columnNames()).isEqualTo(t.table().columnNames());
        assertThat(preview.column("note").text(0)).isEqualTo(t.table().column("note").text(0));
        assertThat(recorder.progressBeforePreview).isZero();
        assertThat(recorder.progress.size()).isGreaterThan(10);
        long size = Files.size(file);
        for (int i = 1; i < recorder.progress.size(); i++) {
            assertThat(recorder.progress.get(i).bytesRead()).isGreaterThanOrEqualTo(recorder.progress.get(i - 1).bytesRead());
            assertThat(recorder.progress.get(i).rowsRead()).isGreaterThanOrEqualTo(recorder.progress.get(i - 1).rowsRead());
        }
        LoadProgress last = recorder.progress.get(recorder.progress.size() - 1);
        assertThat(last).isEqualTo(new LoadProgress(size, size, 20_000));
        assertThat(last.fraction()).isEqualTo(1.0);
    }

    @Test
    void cancellingStopsTheLoadWithADistinctExceptionAndNoThreadLeft() throws Exception {
        Path file = write("c.csv", rows(20_000));
        Recorder recorder = new Recorder();
        recorder.cancelAfterRows = 1000;
        assertThatThrownBy(() -> FileLoader.load(file, CsvOptions.defaults(), recorder, SMALL_BLOCKS))
                .isInstanceOf(LoadCancelledException.class)
                .hasMessageStartingWith("Loading c.csv was cancelled after ")
                .satisfies(e -> assertThat(((LoadCancelledException) e).rowsRead()).isBetween(1000L, 19_999L));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(th -> th.getName().startsWith("csv-parser-"));
    }

    @Test
    void anInterruptedThreadCancelsTheLoad() throws Exception {
        Path file = write("i.csv", rows(20_000));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> FileLoader.load(file, CsvOptions.defaults(), LoadListener.NONE, SMALL_BLOCKS))
                    .isInstanceOf(LoadCancelledException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(CsvReader.read(file).table().rowCount()).isEqualTo(20_000);
    }

    @Test
    void cancellingTextInput() {
        LoadListener cancelNow = new LoadListener() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> CsvReader.read("text", new StringReader(rows(10_000)), CsvOptions.defaults(), cancelNow))
                .isInstanceOf(LoadCancelledException.class);
    }

    @Test
    void readerInputReportsProgressAndPreview() throws Exception {
        Recorder recorder = new Recorder();
        LoadedTable t = CsvReader.read("text", new StringReader(rows(10_000)), CsvOptions.defaults(), recorder);
        assertThat(t.table().rowCount()).isEqualTo(10_000);
        assertThat(recorder.previews).singleElement().extracting(Table::rowCount).isEqualTo(100);
        assertThat(recorder.progress.get(recorder.progress.size() - 1).fraction()).isEqualTo(1.0);
    }

    @Test
    void maxRowsAcrossBlocks() throws Exception {
        LoadedTable t = FileLoader.load(write("m.csv", rows(5000)), CsvOptions.defaults().withMaxRows(1234),
                LoadListener.NONE, SMALL_BLOCKS);
        assertThat(t.table().rowCount()).isEqualTo(1234);
        assertThat(((NumericColumn) t.table().column("x")).value(1233)).isEqualTo(1233 * 0.5);
        assertThat(t.table().column("id").type()).isEqualTo(ColumnType.IDENTIFIER);
    }

    @Test
    void aRecordLongerThanABlockIsKeptWhole() throws Exception {
        String longNote = "\"" + "abc,\n".repeat(3000) + "\"";
        String text = "id,note\n1,short\n2," + longNote + "\n3,short\n";
        LoadedTable t = FileLoader.load(write("long.csv", text), CsvOptions.defaults(), LoadListener.NONE, SMALL_BLOCKS);
        assertThat(t.table().rowCount()).isEqualTo(3);
        assertThat(t.table().column("note").text(1)).hasSize(15_000);
        assertThat(t.rowLines().lineOf(2)).isEqualTo(3004);
    }
}
