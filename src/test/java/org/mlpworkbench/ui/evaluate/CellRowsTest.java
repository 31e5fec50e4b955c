package org.mlpworkbench.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.CellRows;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.data.CsvOptions;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;

/**
 * The rows behind a confusion-matrix cell, on a Titanic model: exactly the rows the cell counts at several
 * thresholds, each with the original file's values and the model's probability; the validation split's
 * rows are the run's own rows of the training file, a labelled file's rows are its own rows even when rows
 * with a missing target are left out.
 */
class CellRowsTest {

    private static final Path TITANIC = SampleData.file("titanic/train.csv");
    private static RunRecord run;
    private static List<CSVRecord> raw;

    @BeforeAll
    static void train() throws Exception {
        run = EvaluateFixtures.trainedRun(TITANIC, 8);
        raw = records(TITANIC);
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }

    private static EvaluationData validation() {
        return EvaluateFixtures.validationWithTable(run);
    }

    @Test
    void theValidationRowsOfACellAreTheRowsItCountsWithTheirOriginalValues() throws Exception {
        EvaluationData data = validation();
        assertThat(data.hasTable()).isTrue();
        assertThat(data.rowIndices()).containsExactly(run.heldOut().rows().rowIndices());
        ThresholdCurve curve = ThresholdCurve.build(data.outputs(), data.targets());
        for (double t : new double[] {0.2, 0.5, 0.73}) {
            ThresholdPoint p = curve.at(t);
            long[][] expected = {{p.fn(), p.tp()}, {p.tn(), p.fp()}};
            int listed = 0;
            for (boolean actual : new boolean[] {true, false}) {
                for (boolean predicted : new boolean[] {true, false}) {
                    CellRows rows = CellRowsLister.rows(data, new CellRowsLister.BinaryCell(0, t, actual, predicted));
                    assertThat((long) rows.size()).as("t=%s actual=%s predicted=%s", t, actual, predicted)
                            .isEqualTo(expected[actual ? 0 : 1][predicted ? 1 : 0]);
                    checkRows(rows, data, t, actual, predicted, raw, data.table());
                    listed += rows.size();
                }
            }
            assertThat(listed).isEqualTo(data.rows());
        }
    }

    /** Each listed row: its file record's values, then a probability on the cell's side of the threshold. */
    private static void checkRows(CellRows rows, EvaluationData data, double t, boolean actual, boolean predicted,
                                  List<CSVRecord> file, Table table) {
        assertThat(rows.columns()).hasSize(table.columnCount() + 1);
        assertThat(rows.columns().subList(0, table.columnCount())).isEqualTo(table.columnNames());
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.tableRows().get(i);
            List<String> cells = rows.cells().get(i);
            CSVRecord record = file.get(row);
            for (int c = 0; c < table.columnCount(); c++) {
                String original = record.get(table.columnNames().get(c));
                String shown = cells.get(c);
                if (!original.equals(shown)) {
                    assertThat(Double.parseDouble(shown)).as("row %d column %s", row, table.columnNames().get(c))
                            .isEqualTo(Double.parseDouble(original));
                }
            }
            assertThat(record.get("Survived")).isEqualTo(actual ? "1" : "0");
            double probability = Double.parseDouble(cells.get(cells.size() - 1));
            assertThat(probability > t).isEqualTo(predicted);
            int position = indexOf(data.rowIndices(), row);
            assertThat((float) probability).isEqualTo(data.outputs().get(position, 0));
        }
        assertThat(rows.tableRows()).isSorted().doesNotHaveDuplicates();
    }

    private static int indexOf(int[] values, int v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        throw new AssertionError(v + " is not an evaluated row");
    }

    @Test
    void aLabelledFileListsItsOwnRowsSkippingThoseWithoutATarget(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(TITANIC, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            // Survived is the second column: blank it in every fifth row
            out.add(i % 5 == 0 ? line.replaceFirst("^([^,]*),[01],", "$1,,") : line);
        }
        Path file = dir.resolve("labelled.csv");
        Files.write(file, out, StandardCharsets.UTF_8);
        Table table = CsvReader.read(file, CsvOptions.defaults()).table();
        ModelBundle bundle = run.bundleSnapshot().get();
        Prepared prepared = bundle.recipe().apply(table);
        EvaluationData data = EvaluationData.of("labelled.csv", bundle, table, prepared);
        assertThat(data.excludedRows()).isEqualTo((lines.size() - 1) / 5);
        assertThat(data.rows()).isEqualTo(table.rowCount() - data.excludedRows());
        List<CSVRecord> records = records(file);
        int listed = 0;
        for (boolean actual : new boolean[] {true, false}) {
            for (boolean predicted : new boolean[] {true, false}) {
                CellRows rows = CellRowsLister.rows(data, new CellRowsLister.BinaryCell(0, 0.4, actual, predicted));
                checkRows(rows, data, 0.4, actual, predicted, records, table);
                assertThat(rows.tableRows()).noneMatch(r -> (r + 1) % 5 == 0);
                listed += rows.size();
            }
        }
        assertThat(listed).isEqualTo(data.rows());
    }

    @Test
    void theListerHandsTheRowsOverAndSavesThemInjectionSafe(@TempDir Path dir) throws Exception {
        EvaluationData data = validation();
        SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
        CellRowsLister lister = new CellRowsLister(tasks);
        List<CellRows> got = new ArrayList<>();
        // the passengers the model thought would die but who survived
        lister.list(data, new CellRowsLister.BinaryCell(0, 0.5, true, false), "missed survivors", (title, rows) -> got.add(rows));
        assertThat(got).hasSize(1);
        CellRows rows = got.get(0);
        assertThat((long) rows.size()).isEqualTo(ThresholdCurve.build(data.outputs(), data.targets()).at(0.5).fn());
        Path csv = dir.resolve("rows.csv");
        lister.save(rows, csv);
        List<CSVRecord> saved = records(csv);
        assertThat(saved).hasSize(rows.size());
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo(String.join(",", rows.columns()));

        Table evil = Table.of("evil", org.mlpworkbench.data.CategoricalColumn.of("name", "=HYPERLINK(1)", "-3"));
        CellRows injected = CellRows.of(evil, new int[] {0, 1}, new int[] {0, 1}, "p", new float[] {0.25f, 0.5f});
        injected.writeCsv(dir.resolve("evil.csv"));
        assertThat(Files.readAllLines(dir.resolve("evil.csv"))).containsExactly("name,p", "'=HYPERLINK(1),0.25", "-3,0.5");
        assertThat(injected.tabSeparated()).isEqualTo("name\tp\n=HYPERLINK(1)\t0.25\n-3\t0.5\n");
    }
}
