package org.mlpworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.PredictionColumns;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;

/** Predicting Titanic's test.csv from the Export step's view-model, with the run's own threshold. */
class PredictViewModelTest {

    @TempDir
    Path dir;

    private RunRecord run;
    private final SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
    private final List<Problem> problems = new ArrayList<>();
    private ExportViewModel export;
    private PredictViewModel vm;
    private final Path testCsv = SampleData.file("titanic/test.csv");

    @BeforeEach
    void setUp() throws Exception {
        TrainedSession session = TrainedSession.titanic();
        run = session.run;
        export = new ExportViewModel(session.model, tasks);
        tasks.problems().showWith(problems::add);
        vm = export.prediction();
    }

    /** The labels the run's model gives test.csv at threshold {@code t}, by PassengerId order. */
    private List<String> expectedLabels(double t) throws Exception {
        Table table = CsvReader.read(testCsv).table();
        Matrix p = run.bundleSnapshot().get().predict(table);
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < p.rows(); r++) {
            labels.add(table.column("PassengerId").text(r) + "," + (p.get(r, 0) > t ? "1" : "0"));
        }
        return labels;
    }

    @Test
    void outputsAreSuggestedBesideTheirInputOutsideTheSamples() throws Exception {
        Path copy = java.nio.file.Files.copy(testCsv, dir.resolve("test.csv.gz.csv"));
        Path packed = dir.resolve("test.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(packed))) {
            java.nio.file.Files.copy(testCsv, out);
        }
        vm.chooseInput(packed);
        assertThat(vm.outputProperty().get()).isEqualTo(dir.resolve("test-predictions.csv"));
        vm.chooseInput(copy);
        assertThat(vm.outputProperty().get()).isEqualTo(dir.resolve("test.csv.gz-predictions.csv"));
    }

    @Test
    void aKaggleSubmissionHasOneLabelPerPassengerAtTheRunsThreshold() throws Exception {
        vm.chooseInput(testCsv);
        assertThat(vm.idChoices()).extracting(IdChoice::toString)
                .startsWith("none", "PassengerId", "Pclass");
        assertThat(vm.idColumnProperty().get().column()).isEqualTo("PassengerId");
        assertThat(vm.inputNoteProperty().get()).isEqualTo("test.csv: 11 columns, all the model's inputs present");
        Path home = Path.of(System.getProperty("user.home"));
        assertThat(vm.outputProperty().get()).as("the shipped samples stay as published")
                .isEqualTo(home.resolve("test-predictions.csv"));
        vm.formatProperty().set(PredictionColumns.Format.KAGGLE);
        assertThat(vm.outputProperty().get()).isEqualTo(home.resolve("submission.csv"));
        Path out = dir.resolve("submission.csv");
        vm.setOutput(out);
        assertThat(vm.canPredict().get()).isTrue();

        vm.predict();

        assertThat(problems).isEmpty();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(419);
        assertThat(lines.get(0)).isEqualTo("PassengerId,Survived");
        assertThat(lines.subList(1, 419)).isEqualTo(expectedLabels(0.5));
        assertThat(vm.progress().resultProperty().get()).startsWith("418 predictions written to submission.csv (");
        assertThat(vm.progress().previewProperty().get().header()).containsExactly("PassengerId", "Survived");
        assertThat(vm.progress().previewProperty().get().rows()).hasSize(PredictJob.PREVIEW_ROWS)
                .first().isEqualTo(List.of(lines.get(1).split(",")));
        assertThat(vm.progress().runningProperty().get()).isFalse();
        assertThat(vm.progress().progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aThresholdChosenInEvaluateChangesTheLabels() throws Exception {
        run.setThresholds(List.of(0.25));
        vm.chooseInput(testCsv);
        vm.formatProperty().set(PredictionColumns.Format.KAGGLE);
        Path out = dir.resolve("low.csv");
        vm.setOutput(out);

        vm.predict();

        List<String> rows = Files.readAllLines(out).subList(1, 419);
        assertThat(rows).isEqualTo(expectedLabels(0.25)).isNotEqualTo(expectedLabels(0.5));
        long positives = rows.stream().filter(l -> l.endsWith(",1")).count();
        long positivesAtHalf = expectedLabels(0.5).stream().filter(l -> l.endsWith(",1")).count();
        assertThat(positives).isGreaterThan(positivesAtHalf);
    }

    @Test
    void theFullLayoutHasProbabilitiesAndLabels() throws Exception {
        vm.chooseInput(testCsv);
        Path out = dir.resolve("full.csv");
        vm.setOutput(out);
        vm.predict();

        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("PassengerId,p(Survived=1),Survived");
        Matrix p = run.bundleSnapshot().get().predict(CsvReader.read(testCsv).table());
        assertThat(lines.get(1)).isEqualTo("892," + p.get(0, 0) + "," + (p.get(0, 0) > 0.5 ? "1" : "0"));
        assertThat(vm.progress().previewProperty().get().header()).containsExactly("PassengerId", "p(Survived=1)", "Survived");
    }

    @Test
    void theCommandLineWritesTheSameFilesFromTheSavedBundle() throws Exception {
        run.setThresholds(List.of(0.35));
        Path bundle = dir.resolve("model");
        export.saveBundle(bundle);
        vm.chooseInput(testCsv);
        for (PredictionColumns.Format format : PredictionColumns.Format.values()) {
            String name = format.name().toLowerCase(java.util.Locale.ROOT);
            Path fromApp = dir.resolve("app-" + name + ".csv");
            Path fromCli = dir.resolve("cli-" + name + ".csv");
            vm.formatProperty().set(format);
            vm.setOutput(fromApp);
            vm.predict();
            int code = org.mlpworkbench.cli.Main.run(new String[] {"predict", "--model", bundle.toString(), "--data",
                    testCsv.toString(), "--id", "PassengerId", "--format", name, "--out", fromCli.toString()},
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), System.err);
            assertThat(code).isZero();
            assertThat(Files.readAllBytes(fromApp)).as(name).isEqualTo(Files.readAllBytes(fromCli));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void cancellingLeavesNoFile() throws Exception {
        vm.setChunkRows(100);
        vm.chooseInput(testCsv);
        Path out = dir.resolve("cancelled.csv");
        vm.setOutput(out);
        tasks.cancelNextJobAfterProgress(2);

        vm.predict();

        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.collect(Collectors.toList())).isEmpty();
        }
        assertThat(vm.progress().resultProperty().get()).isEqualTo("Prediction cancelled; no file was written.");
        assertThat(vm.progress().runningProperty().get()).isFalse();
        assertThat(problems).isEmpty();
        assertThat(tasks.progress()).hasSize(2);
    }

    @Test
    void aMissingColumnIsNamedBeforeAndWhenPredicting() throws Exception {
        List<String> lines = Files.readAllLines(testCsv);
        Path noSex = dir.resolve("no-sex.csv");
        Files.write(noSex, lines.stream().map(l -> dropField(l, 3)).toList());
        vm.chooseInput(noSex);
        assertThat(vm.inputNoteProperty().get()).isEqualTo("no-sex.csv lacks Sex, which the model needs: predicting will fail.");
        Path out = dir.resolve("p.csv");
        vm.setOutput(out);

        vm.predict();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.header()).isEqualTo("no-sex.csv could not be predicted");
            assertThat(p.message()).isEqualTo("no-sex.csv: required column 'Sex' is missing");
        });
        assertThat(out).doesNotExist();
        assertThat(vm.progress().resultProperty().get()).isEqualTo("Prediction failed; no file was written.");
    }

    @Test
    void predictWaitsForWhatItNeedsAndNeverOverwritesItsInput() throws Exception {
        assertThat(vm.blocker().get()).isEqualTo("Choose a CSV file to predict.");
        Path copy = Files.copy(testCsv, dir.resolve("test.csv"));
        vm.chooseInput(copy);
        vm.idColumnProperty().set(IdChoice.NONE);
        vm.formatProperty().set(PredictionColumns.Format.KAGGLE);
        assertThat(vm.canPredict().get()).isFalse();
        assertThat(vm.blocker().get()).isEqualTo("A Kaggle submission needs an ID column, e.g. PassengerId.");
        vm.formatProperty().set(PredictionColumns.Format.FULL);
        vm.setOutput(copy);

        vm.predict();

        assertThat(problems).singleElement().extracting(Problem::header).isEqualTo("The output is the input file");
        assertThat(Files.readAllLines(copy)).isEqualTo(Files.readAllLines(testCsv));

        vm.setOutput(Path.of("/proc/predictions.csv"));
        vm.predict();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(1).message())
                .isEqualTo("/proc/predictions.csv cannot be written: /proc does not exist or does not accept new files.");
    }

    @Test
    void identifierColumnsAreRecognisedByName() {
        assertThat(List.of("PassengerId", "id", "ID", "customer_id", "Order ID", "row-key", "Id_code"))
                .allMatch(IdColumns::looksLikeId);
        assertThat(List.of("Paid", "Valid", "Idea", "Width", "Survived", "Name", "kid"))
                .noneMatch(IdColumns::looksLikeId);
    }

    /** {@code line} without its field {@code index}, for simple CSV lines whose quoted fields hold at most one comma. */
    private static String dropField(String line, int index) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        fields.remove(index);
        return String.join(",", fields);
    }
}
