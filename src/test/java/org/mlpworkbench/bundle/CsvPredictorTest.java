package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.prep.RecipeException;

class CsvPredictorTest {
    @TempDir
    Path dir;

    private static final Path TEST = SampleData.file("titanic/test.csv");

    private static CsvPredictor.Options options(List<String> ids, PredictionColumns.Format format, int chunkRows) {
        return new CsvPredictor.Options(ids, format, null, chunkRows);
    }

    @Test
    void writesAKaggleSubmission() throws IOException, CsvException {
        Path out = dir.resolve("submission.csv");
        CsvPredictor.Summary summary = CsvPredictor.predict(Fixtures.titanic(), TEST, out,
                options(List.of("PassengerId"), PredictionColumns.Format.KAGGLE, 50_000), CsvPredictor.Listener.NONE);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(419);
        assertThat(lines.get(0)).isEqualTo("PassengerId,Survived");
        assertThat(lines.get(1)).matches("892,[01]");
        assertThat(lines.get(418)).matches("1309,[01]");
        assertThat(summary.rows()).isEqualTo(418);
        Matrix p = Fixtures.titanic().predict(Fixtures.table("titanic/test.csv"));
        for (int r = 0; r < 418; r++) {
            assertThat(lines.get(r + 1)).endsWith(p.get(r, 0) > 0.5f ? ",1" : ",0");
        }
    }

    @Test
    void theFullFormatHasProbabilitiesAndLabelsAndChunkingChangesNothing() throws IOException, CsvException {
        Path whole = dir.resolve("whole.csv");
        Path chunked = dir.resolve("chunked.csv");
        CsvPredictor.predict(Fixtures.titanic(), TEST, whole, options(List.of("PassengerId"), PredictionColumns.Format.FULL, 50_000),
                CsvPredictor.Listener.NONE);
        List<CsvPredictor.Progress> progress = new ArrayList<>();
        CsvPredictor.Summary summary = CsvPredictor.predict(Fixtures.titanic(), TEST, chunked,
                options(List.of("PassengerId"), PredictionColumns.Format.FULL, 50), new CsvPredictor.Listener() {
                    @Override
                    public void progress(CsvPredictor.Progress p) {
                        progress.add(p);
                    }
                });
        assertThat(summary.blocks()).isEqualTo(9);
        assertSameWithinRounding(Files.readAllLines(chunked), Files.readAllLines(whole));
        assertThat(progress).hasSize(9);
        assertThat(progress.get(8)).isEqualTo(new CsvPredictor.Progress(418, Files.size(TEST), Files.size(TEST)));
        List<String> lines = Files.readAllLines(whole);
        assertThat(lines.get(0)).isEqualTo("PassengerId,p(Survived=1),Survived");
        float p = Fixtures.titanic().predict(Fixtures.table("titanic/test.csv")).get(0, 0);
        assertThat(lines.get(1)).isEqualTo("892," + p + "," + (p > 0.5f ? 1 : 0));
    }

    /** Same IDs and labels; probabilities equal up to the last bits (BLAS results depend on the batch size). */
    private static void assertSameWithinRounding(List<String> actual, List<String> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        assertThat(actual.get(0)).isEqualTo(expected.get(0));
        for (int i = 1; i < actual.size(); i++) {
            String[] a = actual.get(i).split(",");
            String[] e = expected.get(i).split(",");
            assertThat(a[0]).isEqualTo(e[0]);
            assertThat(Float.parseFloat(a[1])).isCloseTo(Float.parseFloat(e[1]), org.assertj.core.data.Offset.offset(1e-6f));
            assertThat(a[2]).isEqualTo(e[2]);
        }
    }

    @Test
    void multiLabelOutputsOneProbabilityAndOneLabelPerClass() throws IOException, CsvException {
        Path out = dir.resolve("yeast.csv");
        CsvPredictor.predict(Fixtures.yeast(), SampleData.file("yeast/test.csv"), out, CsvPredictor.Options.defaults(),
                CsvPredictor.Listener.NONE);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(918);
        assertThat(lines.get(0)).startsWith("p(Class1),p(Class2),").endsWith(",Class13,Class14");
        assertThat(lines.get(1).split(",")).hasSize(28);
    }

    @Test
    void cancellingLeavesNoOutput() {
        Path out = dir.resolve("cancelled.csv");
        assertThatThrownBy(() -> CsvPredictor.predict(Fixtures.titanic(), TEST, out,
                options(List.of(), PredictionColumns.Format.FULL, 100), new CsvPredictor.Listener() {
                    private int calls;

                    @Override
                    public boolean cancelled() {
                        return ++calls > 3;
                    }
                })).isInstanceOf(CancellationException.class);
        assertThat(out).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFileLackingAModelColumnIsRefused() throws IOException {
        Path noAge = dir.resolve("no-age.csv");
        List<String> lines = Files.readAllLines(TEST);
        Files.write(noAge, lines.stream().map(l -> l.replaceFirst("^([^,]*,[^,]*,(\"[^\"]*(\"\"[^\"]*)*\"|[^,]*),[^,]*),[^,]*", "$1")).toList());
        assertThat(Files.readAllLines(noAge).get(0)).isEqualTo("PassengerId,Pclass,Name,Sex,SibSp,Parch,Ticket,Fare,Cabin,Embarked");
        Path out = dir.resolve("out.csv");
        assertThatThrownBy(() -> CsvPredictor.predict(Fixtures.titanic(), noAge, out, CsvPredictor.Options.defaults(),
                CsvPredictor.Listener.NONE)).isInstanceOf(RecipeException.class).hasMessageContaining("'Age'");
        assertThatThrownBy(() -> CsvPredictor.predict(Fixtures.titanic(), TEST, out,
                options(List.of("Passenger"), PredictionColumns.Format.KAGGLE, 100), CsvPredictor.Listener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column 'Passenger'");
        assertThat(out).doesNotExist();
    }

    @Test
    void idsKeepTheirTextAndFormulasAreNeutralised() throws IOException, CsvException {
        List<String> lines = new ArrayList<>(Files.readAllLines(TEST).subList(0, 4));
        lines.set(0, "Code," + lines.get(0));
        lines.set(1, "007," + lines.get(1).replace("\"Kelly, Mr. James\"", "\"=HYPERLINK(\"\"http://x\"\")\""));
        lines.set(2, "@42," + lines.get(2));
        lines.set(3, "-5," + lines.get(3));
        Path input = Files.write(dir.resolve("odd.csv"), lines);
        Path out = dir.resolve("out.csv");
        CsvPredictor.predict(Fixtures.titanic(), input, out, options(List.of("Code", "Name"), PredictionColumns.Format.KAGGLE, 100),
                CsvPredictor.Listener.NONE);
        List<String> written = Files.readAllLines(out);
        assertThat(written.get(0)).isEqualTo("Code,Name,Survived");
        assertThat(written.get(1)).startsWith("007,\"'=HYPERLINK(\"\"http://x\"\")\",");
        assertThat(written.get(2)).startsWith("'@42,\"Wilkes, Mrs. James (Ellen Needs)\",");
        assertThat(written.get(3)).startsWith("-5,");
    }

    @Test
    void aBrokenRowInALaterBlockIsReportedWithItsFileLine() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(TEST));
        lines.set(120, lines.get(120) + ",extra");
        Path input = Files.write(dir.resolve("ragged.csv"), lines);
        assertThatThrownBy(() -> CsvPredictor.predict(Fixtures.titanic(), input, dir.resolve("out.csv"),
                options(List.of(), PredictionColumns.Format.FULL, 50), CsvPredictor.Listener.NONE))
                .isInstanceOfSatisfying(CsvException.class, e -> assertThat(e.line()).isEqualTo(121))
                .hasMessageContaining(" 121");
    }
}
