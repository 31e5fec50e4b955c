package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.model.NamedParameter;

/** Every export read back (npz, JSON) or run (ONNX Runtime, features-only graph) reproduces the bundle, and has its card. */
class WeightExportTest {
    @TempDir
    Path dir;

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("titanic", Fixtures.titanic(), "titanic/test.csv"),
                Arguments.of("classes", Fixtures.titanicClasses(), "titanic/train.csv"),
                Arguments.of("fare", Fixtures.titanicFare(), "titanic/train.csv"),
                Arguments.of("yeast", Fixtures.yeast(), "yeast/test.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void npzHoldsEveryParameterExactly(String name, ModelBundle bundle, String data) throws IOException {
        Path file = dir.resolve(name + ".npz");
        WeightExport.write(bundle, WeightExport.Format.NPZ, file);
        Map<String, NamedArray> back = Npz.read(file);
        List<NamedParameter> parameters = bundle.model().parameters();
        assertThat(back.keySet()).containsExactlyElementsOf(parameters.stream().map(NamedParameter::name).toList());
        for (NamedParameter p : parameters) {
            assertThat(back.get(p.name()).shape()).isEqualTo(p.shape());
            assertThat(back.get(p.name()).data()).isEqualTo(p.values());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void jsonReadsBackToTheSameLayers(String name, ModelBundle bundle, String data) throws IOException {
        Path file = dir.resolve(name + ".json");
        WeightExport.write(bundle, WeightExport.Format.JSON, file);
        assertThat(JsonWeights.read(file)).isEqualTo(Parameters.layers(bundle.model()));
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("task").asText()).isEqualTo(bundle.task().label());
        assertThat(json.path("features").size()).isEqualTo(bundle.model().spec().inputs());
        assertThat(json.at("/recipe/format").asText()).isEqualTo("mlp-workbench-recipe");
        assertThat(json.path("layers").size()).isEqualTo(bundle.model().spec().layerCount());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void onnxRuntimeReproducesThePredictionsFromTheFeatures(String name, ModelBundle bundle, String data) throws IOException, OrtException {
        Path file = dir.resolve(name + ".onnx");
        WeightExport.write(bundle, WeightExport.Format.ONNX_FEATURES, file);
        Matrix features = bundle.recipe().features(Fixtures.table(data));
        Matrix expected = bundle.predictFeatures(features);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(file.toString(), new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(features.data()),
                     new long[] {features.rows(), features.cols()});
             OrtSession.Result result = session.run(Map.of(WeightExport.ONNX_INPUT, input))) {
            assertThat(session.getOutputNames()).containsExactly(WeightExport.onnxOutput(bundle.task()));
            assertThat(session.getMetadata().getCustomMetadata()).containsKeys("task", "features", "outputs", "thresholds", "recipe");
            float[][] actual = (float[][]) result.get(0).getValue();
            assertThat(actual).hasNumberOfRows(expected.rows());
            for (int r = 0; r < expected.rows(); r++) {
                for (int c = 0; c < expected.cols(); c++) {
                    double e = expected.get(r, c);
                    double tolerance = 1e-5 * Math.max(1, Math.abs(e));
                    assertThat((double) actual[r][c]).as("row %d output %d", r, c).isCloseTo(e, within(tolerance));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyExportGetsItsModelCardBesideIt(String name, ModelBundle bundle, String data) throws IOException {
        for (WeightExport.Format format : WeightExport.Format.values()) {
            Path file = dir.resolve(name + "-" + format.id() + format.extension());
            WeightExport.write(bundle, format, file);
            Path card = dir.resolve(file.getFileName() + ".MODEL.md");
            assertThat(ModelCard.besideExport(file)).isEqualTo(card);
            assertThat(Files.readString(card)).startsWith("# " + file.getFileName() + " — " + bundle.task().label() + " model of ")
                    .contains("## Columns expected", "## Validation", "## Training data", bundle.training().data().sha256(), "## Scoring")
                    .contains("(\"" + file.getFileName() + "\")");
        }
    }

    @Test
    void formatsAreParsedByName() {
        assertThat(WeightExport.Format.parse("ONNX")).isEqualTo(WeightExport.Format.ONNX);
        assertThat(WeightExport.Format.parse("onnx-features")).isEqualTo(WeightExport.Format.ONNX_FEATURES);
        assertThat(WeightExport.Format.ONNX_FEATURES.id()).isEqualTo("onnx-features");
        assertThat(WeightExport.Format.ONNX_FEATURES.extension()).isEqualTo(".onnx");
        assertThat(WeightExport.Format.NPZ.extension()).isEqualTo(".npz");
        assertThatThrownBy(() -> WeightExport.Format.parse("pickle"))
                .hasMessage("unknown export format 'pickle'; expected npz, json, onnx or onnx-features");
    }
}
