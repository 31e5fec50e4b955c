package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;

class ModelBundleTest {
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
    void loadThenPredictIsBitIdentical(String name, ModelBundle bundle, String data) throws IOException {
        Table table = Fixtures.table(data);
        Matrix before = bundle.predict(table);
        for (Path target : List.of(dir.resolve(name), dir.resolve(name + ".zip"))) {
            bundle.save(target);
            ModelBundle loaded = ModelBundle.load(target);
            Matrix after = loaded.predict(table);
            assertThat(after.rows()).isEqualTo(table.rowCount());
            for (int i = 0; i < before.data().length; i++) {
                assertThat(Float.floatToRawIntBits(after.data()[i])).as("value %d", i)
                        .isEqualTo(Float.floatToRawIntBits(before.data()[i]));
            }
            assertThat(loaded.model().spec()).isEqualTo(bundle.model().spec());
            assertThat(loaded.recipe()).isEqualTo(bundle.recipe());
            assertThat(loaded.thresholds()).isEqualTo(bundle.thresholds());
            assertThat(loaded.createdAt()).isEqualTo(bundle.createdAt());
            assertThat(loaded.training().config()).isEqualTo(bundle.training().config());
            assertThat(loaded.training().history()).isEqualTo(bundle.training().history());
            assertThat(loaded.training().metrics()).isEqualTo(bundle.training().metrics());
            assertThat(loaded.training().data()).isEqualTo(bundle.training().data());
        }
    }

    @Test
    void modelJsonHoldsEverythingTheIssueAsksFor() throws IOException {
        ModelBundle bundle = Fixtures.titanic();
        bundle.save(dir.resolve("m"));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("m/model.json").toFile());
        assertThat(json.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.path("task").asText()).isEqualTo("binary");
        assertThat(json.at("/network/hidden").toString()).isEqualTo("[16]");
        assertThat(json.at("/network/activation").asText()).isEqualTo("relu");
        assertThat(json.at("/network/loss").asText()).isEqualTo("binary-cross-entropy");
        assertThat(json.at("/network/layers/1/activation").asText()).isEqualTo("sigmoid");
        assertThat(json.at("/recipe/format").asText()).isEqualTo("mlp-workbench-recipe");
        assertThat(json.path("outputs").toString()).isEqualTo("[\"Survived=1\"]");
        assertThat(json.path("thresholds").toString()).isEqualTo("[0.5]");
        assertThat(json.at("/training/config/seed").asLong()).isEqualTo(42);
        assertThat(json.at("/training/history/trainLoss").size()).isEqualTo(5);
        assertThat(json.at("/training/metrics/accuracy").asDouble()).isBetween(0.5, 1.0);
        assertThat(json.at("/training/data/sha256").asText())
                .isEqualTo("7d118fef8b6ccf7f81111877bc388536f7b1e498a655e3d649d19aaa010e9f6f");
        assertThat(json.at("/weights/parameters/0/name").asText()).isEqualTo("layers.0.weight");
    }

    @Test
    void refusesAModelJsonWhoseNetworkDoesNotFitItsWeights() throws IOException {
        Path target = dir.resolve("m");
        Fixtures.titanic().save(target);
        Path json = target.resolve("model.json");
        Files.writeString(json, Files.readString(json).replace("\"hidden\" : [ 16 ]", "\"hidden\" : [ 17 ]"));
        assertThatThrownBy(() -> ModelBundle.load(target)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("m/model.json: the weights do not fit the network");
        Files.writeString(json, Files.readString(json).replace("\"activation\" : \"relu\"", "\"activation\" : \"swish\""));
        assertThatThrownBy(() -> ModelBundle.load(target)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("field network.activation is \"swish\"; expected one of relu, leaky-relu");
    }

    @Test
    void thresholdsAreCheckedAgainstTheTask() {
        ModelBundle bundle = Fixtures.titanic();
        assertThatThrownBy(() -> bundle.withThresholds(List.of(0.5, 0.5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 1 threshold(s), got 2");
        assertThatThrownBy(() -> bundle.withThresholds(List.of(1.5))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Fixtures.titanicClasses().thresholds()).isEmpty();
    }
}
