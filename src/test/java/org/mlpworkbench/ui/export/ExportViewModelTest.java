package org.mlpworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.NamedArray;
import org.mlpworkbench.bundle.Npz;
import org.mlpworkbench.bundle.Sha256;
import org.mlpworkbench.bundle.WeightExport;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.deploy.ScoreCsv;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.model.NamedParameter;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;

/** The Export step's view-model on a real Titanic run: the summary, bundles and every weight format read back. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    private TrainedSession session;
    private RunRecord run;
    private final SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
    private final List<Problem> problems = new ArrayList<>();
    private ExportViewModel vm;
    private Table test;

    @BeforeEach
    void setUp() throws Exception {
        session = TrainedSession.titanic();
        run = session.run;
        vm = new ExportViewModel(session.model, tasks);
        tasks.problems().showWith(problems::add);
        test = CsvReader.read(SampleData.file("titanic/test.csv")).table();
    }

    @Test
    void theLatestRunIsSelectedAndSummarised() throws Exception {
        assertThat(vm.runs()).containsExactly(run);
        assertThat(vm.selectedRunProperty().get()).isSameAs(run);
        RunSummary s = vm.summaryProperty().get();
        assertThat(s.network()).isEqualTo(run.spec().describe());
        assertThat(s.task()).isEqualTo("binary · target Survived");
        assertThat(s.outputs()).isEqualTo("Survived=1");
        assertThat(s.decision()).isEqualTo("Survived=1 positive if p > 0.5 — the default; choose another in Evaluate");
        assertThat(s.data()).isEqualTo("train.csv · 891 rows · SHA-256 "
                + Sha256.of(SampleData.file("titanic/train.csv")).substring(0, 12) + "…");
        assertThat(vm.suggestedName()).isEqualTo("train-run" + run.number());

        run.setThresholds(List.of(0.42));

        s = vm.summaryProperty().get();
        assertThat(s.decision()).isEqualTo("Survived=1 positive if p > 0.42 — chosen in Evaluate");
        Matrix outputs = run.bundleSnapshot().get().predictFeatures(run.validation().features());
        double accuracy = ThresholdCurve.build(outputs, run.validation().targets()).at(0.42).accuracy();
        assertThat(s.metrics()).startsWith(String.format(Locale.ROOT, "accuracy %.3f · precision ", accuracy))
                .contains("ROC AUC").endsWith("on " + run.validationRows() + " validation rows");
    }

    @Test
    void whileHiddenTheSummaryIgnoresThresholdMovesAndCatchesUpWhenShown() {
        vm.setShowing(false);
        RunSummary before = vm.summaryProperty().get();

        run.setThresholds(List.of(0.3));
        run.setThresholds(List.of(0.35));

        assertThat(vm.summaryProperty().get()).isSameAs(before);
        vm.setShowing(true);
        assertThat(vm.summaryProperty().get().decision()).isEqualTo("Survived=1 positive if p > 0.35 — chosen in Evaluate");
    }

    @Test
    void aBundleSavedAsFolderOrZipPredictsBitIdenticallyWithTheChosenThreshold() throws Exception {
        run.setThresholds(List.of(0.3));
        Matrix expected = run.bundleSnapshot().get().predict(test);

        vm.saveBundle(dir.resolve("titanic-model"));
        assertThat(vm.messageProperty().get()).startsWith("Saved Run " + run.number() + " as a model bundle: ")
                .contains("titanic-model (folder, 3 files, ");
        assertThat(Files.readString(dir.resolve("titanic-model").resolve("MODEL.md")))
                .startsWith("# titanic-model — binary model of Survived").contains("above 0.3", "chosen in the Evaluate step");
        vm.saveBundle(dir.resolve("titanic-model.zip"));
        assertThat(vm.messageProperty().get()).contains("titanic-model.zip (zip, ");

        assertThat(problems).isEmpty();
        for (String name : List.of("titanic-model", "titanic-model.zip")) {
            ModelBundle loaded = ModelBundle.load(dir.resolve(name));
            assertThat(loaded.predict(test)).as(name).isEqualTo(expected);
            assertThat(loaded.thresholds()).containsExactly(0.3);
            assertThat(loaded.training().data().file()).isEqualTo("train.csv");
        }
        assertThat(tasks.titles()).contains("Saving Run " + run.number() + " as a bundle");
    }

    @Test
    void aFolderThatIsNotABundleOrCannotBeCreatedIsRefusedWithAMessage() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "keep me");
        vm.saveBundle(notes);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Cannot save the model bundle");
            assertThat(p.message()).isEqualTo(notes + ": already exists and is not a model bundle; choose another output");
        });
        assertThat(Files.readString(notes.resolve("todo.txt"))).isEqualTo("keep me");
        assertThat(notes.resolve("model.json")).doesNotExist();

        Path underAFile = notes.resolve("todo.txt").resolve("titanic.onnx");
        vm.exportWeights(WeightExport.Format.ONNX, underAFile);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(1).message()).isEqualTo(underAFile + " cannot be written: " + notes.resolve("todo.txt")
                + " is a file, not a folder.");
        vm.exportWeights(WeightExport.Format.NPZ, Path.of("/proc/titanic.npz"));
        assertThat(problems.get(2).message())
                .isEqualTo("/proc/titanic.npz cannot be written: /proc does not exist or does not accept new files.");
        assertThat(vm.messageProperty().get()).isEqualTo("Cannot export the weights: nothing was written.");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void npzHoldsTheModelsParametersExactly() throws Exception {
        Path file = dir.resolve("titanic.npz");
        vm.exportWeights(WeightExport.Format.NPZ, file);

        assertThat(vm.messageProperty().get()).startsWith("Exported Run " + run.number() + " as NPZ: " + file + " (");
        Map<String, NamedArray> back = Npz.read(file);
        List<NamedParameter> parameters = run.resultProperty().get().model().parameters();
        assertThat(back.keySet()).containsExactlyElementsOf(parameters.stream().map(NamedParameter::name).toList());
        for (NamedParameter p : parameters) {
            assertThat(back.get(p.name()).shape()).isEqualTo(p.shape());
            assertThat(back.get(p.name()).data()).isEqualTo(p.values());
        }
    }

    @Test
    void jsonParsedWithJacksonHoldsTheSameWeights() throws Exception {
        Path file = dir.resolve("titanic.json");
        vm.exportWeights(WeightExport.Format.JSON, file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("task").asText()).isEqualTo("binary");
        assertThat(json.path("outputs").get(0).asText()).isEqualTo("Survived=1");
        assertThat(json.path("thresholds").get(0).asDouble()).isEqualTo(0.5);
        List<NamedParameter> parameters = run.resultProperty().get().model().parameters();
        int checked = 0;
        for (NamedParameter p : parameters) {
            String layer = p.name().substring(0, p.name().lastIndexOf('.'));
            String kind = p.name().substring(p.name().lastIndexOf('.') + 1);
            JsonNode node = json.path("layers").get(Integer.parseInt(layer.substring("layers.".length())));
            assertThat(node.path("name").asText()).isEqualTo(layer);
            float[] values = new float[p.values().length];
            JsonNode array = node.path(kind);
            if (kind.equals("weight")) {
                int in = p.shape()[1];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) array.get(i / in).get(i % in).asDouble();
                }
            } else {
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) array.get(i).asDouble();
                }
            }
            assertThat(values).as(p.name()).isEqualTo(p.values());
            checked++;
        }
        assertThat(checked).isEqualTo(parameters.size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theEndToEndOnnxModelScoresRawRowsAsTheAppDoesAtTheChosenThreshold() throws Exception {
        run.setThresholds(List.of(0.42));
        Path file = dir.resolve("titanic.onnx");
        assertThat(vm.weightsFormatProperty().get()).isEqualTo(WeightExport.Format.ONNX);
        vm.exportWeights(vm.weightsFormatProperty().get(), file);

        assertThat(vm.messageProperty().get()).startsWith("Exported Run " + run.number() + " as ONNX: " + file + " (")
                .endsWith("), with its model card titanic.onnx.MODEL.md");
        assertThat(Files.readString(dir.resolve("titanic.onnx.MODEL.md"))).contains("above 0.42", "chosen in the Evaluate step");
        Matrix expected = run.bundleSnapshot().get().predict(test);
        try (ScoreCsv scorer = new ScoreCsv(file, 1)) {
            ScoreCsv.Scores scores = scorer.score(ScoreCsv.rows(SampleData.file("titanic/test.csv"), ','));
            String[][] labels = (String[][]) scores.labels();
            assertThat(labels).hasNumberOfRows(418);
            for (int r = 0; r < labels.length; r++) {
                assertThat(scores.values()[r][0]).isCloseTo(expected.get(r, 0), within(1e-5f));
                assertThat(labels[r][0]).isEqualTo(expected.get(r, 0) > 0.42 ? "1" : "0");
            }
        }
    }

    @Test
    void theFeaturesOnlyOnnxGraphGivesTheNetworksOutputs() throws Exception {
        Path file = dir.resolve("titanic-features.onnx");
        vm.exportWeights(WeightExport.Format.ONNX_FEATURES, file);

        assertThat(vm.messageProperty().get()).startsWith("Exported Run " + run.number() + " as ONNX (network only): " + file);
        ModelBundle bundle = run.bundleSnapshot().get();
        Matrix features = bundle.recipe().features(test);
        Matrix expected = bundle.predictFeatures(features);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession onnx = env.createSession(file.toString(), new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(features.data()),
                     new long[] {features.rows(), features.cols()});
             OrtSession.Result result = onnx.run(Map.of(WeightExport.ONNX_INPUT, input))) {
            float[][] actual = (float[][]) result.get(0).getValue();
            assertThat(actual).hasNumberOfRows(418);
            for (int r = 0; r < actual.length; r++) {
                assertThat(actual[r][0]).isCloseTo(expected.get(r, 0), within(1e-5f));
            }
        }
    }
}
