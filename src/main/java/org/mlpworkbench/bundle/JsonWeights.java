package org.mlpworkbench.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mlpworkbench.data.FileNames;
import org.mlpworkbench.prep.JsonDocuments;

/**
 * The JSON weight export: the caller's header fields (task, feature and output names, recipe…), then
 * {@code "layers"}: per dense layer its parameter prefix, sizes, activation (and {@code alpha} where it
 * has one), {@code weight} as {@code [out][in]} nested arrays and {@code bias} as a list (absent for a
 * layer without bias). Numbers are float32 values in shortest round-trip decimal form.
 */
final class JsonWeights {
    static final String FORMAT = "mlp-workbench-weights";
    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper WRITER = new ObjectMapper();
    private static final ObjectMapper READER = JsonDocuments.mapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonWeights() {
    }

    /** Writes {@code header}'s fields and the layers as one JSON document. */
    static void write(List<DenseLayer> layers, ObjectNode header, OutputStream out) throws IOException {
        ObjectNode root = WRITER.createObjectNode();
        root.put("format", FORMAT).put("formatVersion", FORMAT_VERSION);
        root.setAll(header);
        var array = root.putArray("layers");
        for (DenseLayer layer : layers) {
            for (NamedArray p : layer.bias() == null ? List.of(layer.weight()) : List.of(layer.weight(), layer.bias())) {
                for (float v : p.data()) {
                    if (!Float.isFinite(v)) {
                        throw new IllegalArgumentException("parameter " + p.name() + " holds " + v
                                + ", which JSON cannot represent; the training diverged, so retrain before exporting");
                    }
                }
            }
            ObjectNode node = array.addObject();
            node.put("name", prefix(layer.weight().name()));
            node.put("inputs", layer.inputs()).put("outputs", layer.outputs());
            node.put("activation", JsonFields.name(layer.activation()));
            if (layer.activation() == DenseLayer.Activation.LEAKY_RELU || layer.activation() == DenseLayer.Activation.ELU) {
                node.put("alpha", layer.alpha());
            }
            node.set("weight", NestedArrays.toJson(layer.weight()));
            if (layer.bias() != null) {
                node.set("bias", NestedArrays.toJson(layer.bias()));
            }
        }
        WRITER.writeValue(out, root);
    }

    /** Reads the layers of a JSON weight export back, checking every shape. */
    static List<DenseLayer> read(Path file) throws IOException {
        String source = FileNames.name(file);
        JsonNode root;
        try {
            root = READER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new BundleFormatException(source + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new BundleFormatException(source + " is not an MLP Workbench weight export (no \"format\": \"" + FORMAT + "\")");
        }
        if (root.path("formatVersion").asInt(0) > FORMAT_VERSION) {
            throw new BundleFormatException(source + " has format version " + root.path("formatVersion")
                    + ", newer than this MLP Workbench reads (" + FORMAT_VERSION + ")");
        }
        List<DenseLayer> layers = new ArrayList<>();
        for (JsonNode node : root.path("layers")) {
            String name = node.path("name").asText();
            int[] shape = {node.path("outputs").asInt(), node.path("inputs").asInt()};
            NamedArray weight = NestedArrays.fromJson(name + ".weight", node.path("weight"), shape, source);
            NamedArray bias = node.has("bias")
                    ? NestedArrays.fromJson(name + ".bias", node.path("bias"), new int[] {shape[0]}, source) : null;
            DenseLayer.Activation activation;
            try {
                activation = DenseLayer.Activation.valueOf(node.path("activation").asText().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new BundleFormatException(source + ": layer " + name + " has the unknown activation " + node.path("activation"));
            }
            layers.add(new DenseLayer(weight, bias, activation, (float) node.path("alpha").asDouble(0)));
        }
        return layers;
    }

    private static String prefix(String weightName) {
        return weightName.endsWith(".weight") ? weightName.substring(0, weightName.length() - ".weight".length()) : weightName;
    }
}
