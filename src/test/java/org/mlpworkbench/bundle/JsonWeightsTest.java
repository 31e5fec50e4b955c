package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonWeightsTest {
    @TempDir
    Path dir;

    private static final List<DenseLayer> LAYERS = List.of(
            new DenseLayer(new NamedArray("layers.0.weight", new int[] {2, 3}, new float[] {0.1f, -0.2f, 0.3f, 1e-8f, 5, -6}),
                    new NamedArray("layers.0.bias", new int[] {2}, new float[] {0.5f, -0.25f}), DenseLayer.Activation.LEAKY_RELU, 0.01f),
            new DenseLayer(new NamedArray("layers.1.weight", new int[] {1, 2}, new float[] {1.5f, -2.5f}), null,
                    DenseLayer.Activation.SIGMOID, 0));

    @Test
    void writesReadableNestedArraysAndReadsThemBackExactly() throws IOException {
        Path file = dir.resolve("model.json");
        AtomicFiles.write(file, out -> JsonWeights.write(LAYERS, new ObjectMapper().createObjectNode().put("task", "binary"), out));
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.path("format").asText()).isEqualTo("mlp-workbench-weights");
        assertThat(root.path("task").asText()).isEqualTo("binary");
        assertThat(root.at("/layers/0/weight").toString()).isEqualTo("[[0.1,-0.2,0.3],[1.0E-8,5.0,-6.0]]");
        assertThat(root.at("/layers/0/activation").asText()).isEqualTo("leaky-relu");
        assertThat(root.at("/layers/0/alpha").floatValue()).isEqualTo(0.01f);
        assertThat(root.at("/layers/1/name").asText()).isEqualTo("layers.1");
        assertThat(root.at("/layers/1").has("bias")).isFalse();
        assertThat(JsonWeights.read(file)).isEqualTo(LAYERS);
    }

    @Test
    void refusesNonFiniteWeightsAndForeignFiles() throws IOException {
        List<DenseLayer> diverged = List.of(new DenseLayer(
                new NamedArray("layers.0.weight", new int[] {1, 1}, new float[] {Float.NaN}), null, DenseLayer.Activation.IDENTITY, 0));
        assertThatThrownBy(() -> JsonWeights.write(diverged, new ObjectMapper().createObjectNode(), java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layers.0.weight holds NaN");
        Path other = Files.writeString(dir.resolve("other.json"), "{\"layers\": []}");
        assertThatThrownBy(() -> JsonWeights.read(other)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("not an MLP Workbench weight export");
    }
}
