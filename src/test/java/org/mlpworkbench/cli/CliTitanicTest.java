package org.mlpworkbench.cli;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.deploy.ScoreCsv;
import org.mlpworkbench.model.NamedParameter;

/**
 * Titanic through the command line: train → evaluate → predict (Kaggle format) → export in every format, each
 * with its model card; the end-to-end ONNX export scored on test.csv gives what predict writes.
 */
class CliTitanicTest {
    @TempDir
    static Path dir;
    static Path model;
    static Cli.Result trained;

    private static final String TRAIN = SampleData.file("titanic/train.csv").toString();
    private static final String TEST = SampleData.file("titanic/test.csv").toString();

    @BeforeAll
    static void train() {
        model = dir.resolve("titanic-model");
        trained = Cli.run("train", "--data", TRAIN, "--target", "Survived", "--epochs", "3", "--hidden", "16,8",
                "--batch-size", "32", "--lr", "0.01", "--out", model.toString());
    }

    @Test
    void trainPrintsOneLinePerEpochAndSavesABundle() throws Exception {
        assertThat(trained.code()).as(trained.err()).isZero();
        assertThat(trained.err()).isEmpty();
        assertThat(trained.out().lines().filter(l -> l.startsWith("epoch "))).hasSize(3);
        assertThat(trained.out()).contains("epoch 3/3  loss ").contains("val_accuracy@0.5").contains("saved " + model);
        ModelBundle bundle = ModelBundle.load(model);
        assertThat(bundle.model().spec().hiddenWidths()).containsExactly(16, 8);
        assertThat(bundle.training().config().epochs()).isEqualTo(3);
        assertThat(bundle.training().config().seed()).isEqualTo(42);
        assertThat(bundle.training().validationSplit()).isEqualTo(0.2);
        assertThat(bundle.recipe().featureNames()).doesNotContain("Name", "Ticket");
    }

    @Test
    void evaluatePrintsTheBinaryMetricsAsJson() throws Exception {
        Cli.Result result = Cli.run("evaluate", "--model", model.toString(), "--data", TRAIN);
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("task").asText()).isEqualTo("binary");
        assertThat(json.path("rows").asInt()).isEqualTo(891);
        assertThat(json.path("thresholds").toString()).isEqualTo("[0.5]");
        assertThat(json.at("/metrics/accuracy").asDouble()).isBetween(0.6, 1.0);
        assertThat(json.at("/metrics/roc_auc").asDouble()).isBetween(0.6, 1.0);

        Cli.Result strict = Cli.run("evaluate", "--model", model.toString(), "--data", TRAIN, "--threshold", "0.9");
        JsonNode high = new ObjectMapper().readTree(strict.out());
        assertThat(high.path("thresholds").toString()).isEqualTo("[0.9]");
        assertThat(high.at("/metrics/positive_rate").asDouble()).isLessThan(json.at("/metrics/positive_rate").asDouble());
    }

    /** The expected cost per row of {@code p > t} under costs TP, FP, FN, TN = 0, 1, 5, 0, by a plain loop. */
    private static double costByLoop(Matrix p, Matrix y, double t) {
        double total = 0;
        for (int r = 0; r < p.rows(); r++) {
            boolean predicted = p.get(r, 0) > t;
            boolean actual = y.get(r, 0) == 1;
            total += predicted ? (actual ? 0 : 1) : (actual ? 5 : 0);
        }
        return total / p.rows();
    }

    @Test
    void evaluateWithCostsPrintsTheExpectedCostAndTheCostOptimalThresholdAsALoopFindsThem() throws Exception {
        Cli.Result result = Cli.run("evaluate", "--model", model.toString(), "--data", TRAIN, "--costs", "0,1,5,0");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode costs = new ObjectMapper().readTree(result.out()).path("costs");
        ModelBundle bundle = ModelBundle.load(model);
        org.mlpworkbench.prep.Prepared rows = org.mlpworkbench.bundle.Evaluation.labelled(bundle, Inputs.csv(Path.of(TRAIN)));
        Matrix p = bundle.predictFeatures(rows.features());
        Matrix y = rows.targets();
        assertThat(costs.path("fn").asDouble()).isEqualTo(5.0);
        assertThat(costs.path("expectedCost").asDouble()).isCloseTo(costByLoop(p, y, 0.5), within(1e-12));
        JsonNode survived = costs.path("outputs").get(0);
        assertThat(survived.path("threshold").asDouble()).isEqualTo(0.5);
        double lowest = costByLoop(p, y, -1);
        for (float score : p.data()) {
            lowest = Math.min(lowest, costByLoop(p, y, score));
        }
        assertThat(survived.path("bestExpectedCost").asDouble()).isCloseTo(lowest, within(1e-12));
        assertThat(costByLoop(p, y, survived.path("bestThreshold").asDouble())).isCloseTo(lowest, within(1e-12));
        assertThat(lowest).isLessThan(costByLoop(p, y, 0.5));

        assertThat(Cli.userError(Cli.run("evaluate", "--model", model.toString(), "--data", TRAIN, "--costs", "0,1,5")))
                .contains("--costs needs four numbers TP,FP,FN,TN");
        assertThat(Cli.userError(Cli.run("evaluate", "--model", model.toString(), "--data", TRAIN, "--costs", "0,1,x,0")))
                .contains("'x' (the FN cost) is not a number");
    }

    @Test
    void aGzipCompressedInputPredictsTheSameAsThePlainFileAlsoWhenStreamedInBlocks() throws Exception {
        Path packed = dir.resolve("test.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(packed))) {
            Files.copy(Path.of(TEST), out);
        }
        Path plainOut = dir.resolve("plain.csv");
        Path packedOut = dir.resolve("packed.csv");
        Cli.Result plain = Cli.run("predict", "--model", model.toString(), "--data", TEST, "--out", plainOut.toString(),
                "--id", "PassengerId", "--chunk-rows", "100");
        Cli.Result fromGz = Cli.run("predict", "--model", model.toString(), "--data", packed.toString(),
                "--out", packedOut.toString(), "--id", "PassengerId", "--chunk-rows", "100");
        assertThat(fromGz.code()).as(fromGz.err()).isZero();
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(Files.readAllLines(packedOut)).hasSize(419).isEqualTo(Files.readAllLines(plainOut));
    }

    @Test
    void predictWritesAKaggleSubmissionOf418Rows() throws Exception {
        Path out = dir.resolve("submission.csv");
        Cli.Result result = Cli.run("predict", "--model", model.toString(), "--data", TEST, "--out", out.toString(),
                "--id", "PassengerId", "--format", "kaggle");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("wrote 418 predictions to ");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(419);
        assertThat(lines.get(0)).isEqualTo("PassengerId,Survived");
        for (int i = 1; i <= 418; i++) {
            assertThat(lines.get(i)).isEqualTo((891 + i) + "," + lines.get(i).substring(lines.get(i).indexOf(',') + 1))
                    .matches("\\d+,[01]");
        }
    }

    @Test
    void exportsRoundTrip() throws Exception {
        ModelBundle bundle = ModelBundle.load(model);
        for (String format : List.of("npz", "json", "onnx", "onnx-features")) {
            String file = format.equals("onnx-features") ? "titanic-features.onnx" : "titanic." + format;
            Cli.Result result = Cli.run("export", "--model", model.toString(), "--format", format,
                    "--out", dir.resolve(file).toString());
            assertThat(result.code()).as(result.err()).isZero();
            assertThat(result.out()).startsWith("wrote " + dir.resolve(file) + " (" + format + ", ")
                    .endsWith(" and its model card " + file + ".MODEL.md\n");
            assertThat(Files.readString(dir.resolve(file + ".MODEL.md"))).startsWith("# " + file + " — binary model of Survived")
                    .contains("`" + file + "` is ");
        }
        try (var npz = new java.util.zip.ZipFile(dir.resolve("titanic.npz").toFile())) {
            assertThat(npz.stream().map(java.util.zip.ZipEntry::getName))
                    .containsExactly("layers.0.weight.npy", "layers.0.bias.npy", "layers.1.weight.npy", "layers.1.bias.npy",
                            "layers.2.weight.npy", "layers.2.bias.npy");
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("titanic.json").toFile());
        NamedParameter firstWeight = bundle.model().parameters().get(0);
        assertThat(json.at("/layers/0/weight/0/0").floatValue()).isEqualTo(firstWeight.values()[0]);
        assertThat(json.at("/layers/0/weight").size()).isEqualTo(16);

        Matrix features = bundle.recipe().features(CsvReader.read(Path.of(TEST)).table());
        Matrix expected = bundle.predictFeatures(features);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(dir.resolve("titanic-features.onnx").toString(), new OrtSession.SessionOptions());
             OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(features.data()), new long[] {features.rows(), features.cols()});
             OrtSession.Result result = session.run(Map.of("features", x))) {
            float[][] p = (float[][]) result.get(0).getValue();
            for (int r = 0; r < expected.rows(); r++) {
                assertThat((double) p[r][0]).isCloseTo(expected.get(r, 0), within(1e-5));
            }
        }
        Path submission = dir.resolve("onnx-check.csv");
        assertThat(Cli.run("predict", "--model", model.toString(), "--data", TEST, "--out", submission.toString()).code()).isZero();
        List<String> app = Files.readAllLines(submission);
        try (ScoreCsv scorer = new ScoreCsv(dir.resolve("titanic.onnx"), 1);
             java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
             java.io.PrintStream out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8)) {
            scorer.scoreFile(Path.of(TEST), ',', out);
            List<String> scored = bytes.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            assertThat(scored.get(0)).isEqualTo("probabilities[0],label");
            assertThat(scored).hasSize(app.size());
            for (int r = 1; r < app.size(); r++) {
                String[] expectedCells = app.get(r).split(",");
                String[] cells = scored.get(r).split(",");
                assertThat(Double.parseDouble(cells[0])).isCloseTo(Double.parseDouble(expectedCells[0]), within(1e-5));
                assertThat(cells[1]).as("label of row %d", r).isEqualTo(expectedCells[1]);
            }
        }
    }
}
