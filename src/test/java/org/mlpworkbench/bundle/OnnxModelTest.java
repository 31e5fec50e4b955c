package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.deploy.ScoreCsv;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.prep.ColumnStep;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.RecipeException;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.TrainingControl;

/** The end-to-end graph's interface, its features against the recipe's, and the rows the app refuses. */
class OnnxModelTest {
    private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

    @TempDir
    Path dir;

    @Test
    void oneTypedInputPerUsedColumnWithASymbolicBatchAndTheTwoOutputs() throws Exception {
        ModelBundle bundle = Fixtures.titanic();
        try (OrtSession session = ENV.createSession(WeightExport.onnx(bundle), new OrtSession.SessionOptions())) {
            Map<String, NodeInfo> inputs = session.getInputInfo();
            assertThat(inputs.keySet()).containsExactlyElementsOf(bundle.recipe().requiredColumns())
                    .containsExactly("Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Cabin", "Embarked");
            Map<String, OnnxJavaType> types = new HashMap<>();
            inputs.forEach((name, info) -> {
                TensorInfo t = (TensorInfo) info.getInfo();
                assertThat(t.getShape()).as(name).containsExactly(-1, 1);
                assertThat(t.getDimensionNames()[0]).as(name).isEqualTo("batch");
                types.put(name, t.type);
            });
            assertThat(types).containsEntry("Pclass", OnnxJavaType.FLOAT).containsEntry("Age", OnnxJavaType.FLOAT)
                    .containsEntry("Sex", OnnxJavaType.STRING).containsEntry("Cabin", OnnxJavaType.STRING)
                    .containsEntry("Embarked", OnnxJavaType.STRING);
            assertThat(session.getOutputNames()).containsExactly("probabilities", "label");
            assertThat(((TensorInfo) session.getOutputInfo().get("label").getInfo()).type).isEqualTo(OnnxJavaType.STRING);
            assertThat(session.getMetadata().getCustomMetadata())
                    .containsEntry("missing_tokens", "[\"\",\"?\",\"N/A\",\"NA\",\"NULL\",\"NaN\",\"nan\",\"null\"]")
                    .containsKeys("inputs", "recipe", "thresholds", "features", "outputs", "task");
        }
        try (OrtSession session = ENV.createSession(WeightExport.onnx(Fixtures.yeast()), new OrtSession.SessionOptions())) {
            TensorInfo label = (TensorInfo) session.getOutputInfo().get("label").getInfo();
            assertThat(label.type).isEqualTo(OnnxJavaType.INT64);
            assertThat(label.getShape()).containsExactly(-1, 14);
        }
        try (OrtSession session = ENV.createSession(WeightExport.onnx(Fixtures.titanicFare()), new OrtSession.SessionOptions())) {
            assertThat(session.getOutputNames()).containsExactly("values");
        }
    }

    @Test
    void theModelImportsOpset17AndTheMlDomainVersion3() {
        byte[] model = WeightExport.onnx(Fixtures.titanic());
        assertThat(contains(model, new ProtoWriter().message(8, new ProtoWriter().string(1, "").varint(2, 17)).toByteArray())).isTrue();
        assertThat(contains(model, new ProtoWriter().message(8, new ProtoWriter().string(1, "ai.onnx.ml").varint(2, 3)).toByteArray()))
                .isTrue();
        assertThat(contains(WeightExport.onnxFeatures(Fixtures.titanic()), "ai.onnx.ml".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .as("the features-only graph needs no ML operator").isFalse();
    }

    @Test
    void theGraphsFeaturesAreTheRecipesOnRawRowsWithMissingAndUnseenValues() throws Exception {
        checkFeatures(Fixtures.titanic().recipe(), "titanic/test.csv");
        checkFeatures(Fixtures.loans().recipe(), "loan-approval.csv");
        checkFeatures(Fixtures.housePricesOrdinal().recipe(), "house-prices.csv");
        checkFeatures(Fixtures.sceneTagsWithCarInput().recipe(), "scene-tags.csv");
        checkFeatures(Fixtures.yeast().recipe(), "yeast/test.csv");
    }

    private void checkFeatures(FittedRecipe recipe, String data) throws IOException, ai.onnxruntime.OrtException, org.mlpworkbench.data.CsvException {
        OnnxGraph graph = new OnnxGraph();
        OnnxRecipe.Features features = OnnxRecipe.features(graph, recipe);
        int width = recipe.featureNames().size();
        graph.output(features.value(), OnnxGraph.Type.FLOAT, width);
        assertThat(java.util.Arrays.stream(features.column()).sorted().toArray()).as("every column once")
                .isEqualTo(java.util.stream.IntStream.range(0, width).toArray());
        Path model = Files.write(dir.resolve("features.onnx"), graph.model("features", "test", Map.of()));
        Path raw = RawRows.perturbed(SampleData.file(data), ',', recipe, dir.resolve("raw.csv"), 5);
        Matrix expected = recipe.features(CsvReader.read(raw).table());
        float[][] actual;
        try (ScoreCsv scorer = new ScoreCsv(model, 1)) {
            actual = scorer.score(RawRows.rows(raw, ',')).values();
        }
        assertThat(actual).hasNumberOfRows(expected.rows());
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < width; c++) {
                double e = expected.get(r, c);
                assertThat((double) actual[r][features.column()[c]]).as("row %d, %s", r, recipe.featureNames().get(c)).isCloseTo(e, within(1e-6 * Math.max(1, Math.abs(e))));
            }
        }
    }

    @Test
    void aValueTheAppRefusesGivesNanOutputsAndNoLabel() throws Exception {
        ModelBundle bundle = Fixtures.defaults("bank", "bank/bank.csv", List.of("y"));
        Path raw = dir.resolve("bank.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(SampleData.file("bank/bank.csv")).subList(0, 4));
        lines.set(2, lines.get(2).replaceFirst("\"no\"", "\"maybe\""));
        Files.write(raw, lines);
        assertThatThrownBy(() -> bundle.predict(CsvReader.read(raw).table())).isInstanceOf(RecipeException.class)
                .hasMessageContaining("'maybe'");
        Path onnx = dir.resolve("bank.onnx");
        WeightExport.write(bundle, WeightExport.Format.ONNX, onnx);
        try (ScoreCsv scorer = new ScoreCsv(onnx, 1)) {
            ScoreCsv.Scores scores = scorer.score(RawRows.rows(raw, ';'));
            String[][] labels = (String[][]) scores.labels();
            assertThat(scores.values()[1][0]).isNaN();
            assertThat(labels[1][0]).isEmpty();
            assertThat(scores.values()[0][0]).isBetween(0f, 1f);
            assertThat(labels[0][0]).isIn("yes", "no");
        }
    }

    @Test
    void aColumnNamedLikeAnOutputIsRefusedWithAMessageAndTheFeaturesOnlyGraphStillWorks() throws Exception {
        Path csv = dir.resolve("named.csv");
        List<String> rows = new ArrayList<>(List.of("label,x,outcome"));
        for (int i = 0; i < 60; i++) {
            rows.add((i % 7) + "," + (i * 0.37 % 3) + "," + (i % 3 == 0 ? "yes" : "no"));
        }
        Files.write(csv, rows);
        org.mlpworkbench.data.Table table = CsvReader.read(csv).table();
        Recipe recipe = Recipe.defaults(table, List.of("outcome")).recipe()
                .withStep("label", new ColumnStep.Numeric(ColumnStep.Scaling.STANDARDIZE, ColumnStep.Imputation.MEDIAN, 0, false));
        ModelBundle bundle = BundleTrainer.train(table, recipe, new BundleTrainer.NetworkChoice(List.of(4), Activation.RELU, true, 0, 0),
                TrainConfig.adam(1e-2, 2, 16), 0, new TrainingRecord.TrainingData("named.csv", 60, "0".repeat(64)),
                TrainedRun.Listener.NONE, TrainingControl.NONE);
        assertThatThrownBy(() -> WeightExport.write(bundle, WeightExport.Format.ONNX, dir.resolve("named.onnx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the end-to-end ONNX graph has an output called 'label', and an input column of that name too;"
                        + " rename the column, or export the features-only ONNX graph");
        assertThat(dir.resolve("named.onnx")).doesNotExist();
        WeightExport.write(bundle, WeightExport.Format.ONNX_FEATURES, dir.resolve("named-features.onnx"));
        try (OrtSession session = ENV.createSession(dir.resolve("named-features.onnx").toString(), new OrtSession.SessionOptions())) {
            assertThat(session.getInputNames()).containsExactly(WeightExport.ONNX_INPUT);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return Collections.indexOfSubList(box(haystack), box(needle)) >= 0;
    }

    private static List<Byte> box(byte[] bytes) {
        List<Byte> out = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            out.add(b);
        }
        return out;
    }
}
