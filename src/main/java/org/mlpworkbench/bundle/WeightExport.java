package org.mlpworkbench.bundle;

import org.mlpworkbench.data.FileNames;
import org.mlpworkbench.data.WorkerThread;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.mlpworkbench.prep.RecipeJson;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.prep.TargetEncoding;

/**
 * Writes a bundle's trained network in a format other tools read (see {@code docs/bundle.md}):
 * <ul>
 * <li>{@link Format#NPZ}: one float32 array per parameter, PyTorch names and layouts, for NumPy and
 * {@code torch.nn.Module.load_state_dict};</li>
 * <li>{@link Format#JSON}: architecture, recipe, thresholds and weights as nested arrays, for people
 * and small runtimes;</li>
 * <li>{@link Format#ONNX}: the whole model as an ONNX graph from the raw column values to the
 * probabilities (or, for regression, the values in the target's units) and the label at the model's
 * thresholds ({@link OnnxModel}), for ONNX Runtime and friends;</li>
 * <li>{@link Format#ONNX_FEATURES}: the network alone as an ONNX graph from the preprocessed feature
 * vector to the probabilities or values ({@link OnnxWriter}).</li>
 * </ul>
 * Every file is written atomically, and gets its model card beside it ({@link ModelCard#besideExport}).
 */
public final class WeightExport {

    /** The export formats. */
    public enum Format {
        NPZ, JSON, ONNX, ONNX_FEATURES;

        /** The usual file extension, with its dot. */
        public String extension() {
            return this == ONNX_FEATURES ? ONNX.extension() : "." + name().toLowerCase(Locale.ROOT);
        }

        /** The name on the command line: {@code npz}, {@code json}, {@code onnx}, {@code onnx-features}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The format called {@code name} (any case); the message lists the formats when there is none. */
        public static Format parse(String name) {
            for (Format f : values()) {
                if (f.id().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown export format '" + name + "'; expected npz, json, onnx or onnx-features");
        }
    }

    /** The name of the ONNX graph's input: the preprocessed features, {@code [batch, features]}. */
    public static final String ONNX_INPUT = "features";

    private WeightExport() {
    }

    /**
     * Writes {@code bundle}'s network as {@code format} to {@code out}, then its model card to
     * {@link ModelCard#besideExport}{@code (out)}.
     */
    public static void write(ModelBundle bundle, Format format, Path out) throws IOException {
        WorkerThread.require("exporting weights");
        switch (format) {
            case NPZ -> Npz.write(Parameters.arrays(bundle.model()), out);
            case JSON -> AtomicFiles.write(out, stream -> JsonWeights.write(Parameters.layers(bundle.model()), header(bundle), stream));
            case ONNX, ONNX_FEATURES -> {
                byte[] model = format == Format.ONNX ? onnx(bundle) : onnxFeatures(bundle);
                AtomicFiles.write(out, stream -> stream.write(model));
            }
        }
        byte[] card = ModelCard.ofExport(bundle, format, FileNames.name(out)).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(ModelCard.besideExport(out), stream -> stream.write(card));
    }

    /** The name of the ONNX graph's output: {@code probabilities}, or {@code values} for regression. */
    public static String onnxOutput(Task task) {
        return task == Task.REGRESSION ? "values" : "probabilities";
    }

    /** The end-to-end model: raw columns to outputs and label. */
    static byte[] onnx(ModelBundle bundle) {
        Map<String, String> metadata = metadata(bundle);
        ArrayNode inputs = BundleFiles.JSON.createArrayNode();
        for (OnnxInputs.Input in : OnnxInputs.of(bundle.recipe())) {
            inputs.addObject().put("name", in.column()).put("type", in.type() == OnnxGraph.Type.FLOAT ? "float" : "string");
        }
        metadata.put("inputs", inputs.toString());
        ArrayNode tokens = BundleFiles.JSON.createArrayNode();
        OnnxInputs.MISSING_TOKENS.forEach(tokens::add);
        metadata.put("missing_tokens", tokens.toString());
        float[][] target = targetScaling(bundle);
        return OnnxModel.write(bundle, onnxOutput(bundle.task()), metadata, target[0], target[1]);
    }

    /** The network alone: preprocessed features to outputs. */
    static byte[] onnxFeatures(ModelBundle bundle) {
        float[][] target = targetScaling(bundle);
        return OnnxWriter.write(Parameters.layers(bundle.model()), ONNX_INPUT, onnxOutput(bundle.task()), ModelJson.producer(),
                metadata(bundle), target[0], target[1]);
    }

    private static Map<String, String> metadata(ModelBundle bundle) {
        Map<String, String> metadata = new LinkedHashMap<>();
        header(bundle).fields().forEachRemaining(e -> metadata.put(e.getKey(),
                e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        return metadata;
    }

    /** The scale and shift that undo a standardized regression target, or two nulls. */
    private static float[][] targetScaling(ModelBundle bundle) {
        float[] scale = null;
        float[] shift = null;
        if (bundle.recipe().target() instanceof TargetEncoding.Regression r && r.standardized()) {
            scale = new float[r.columns().size()];
            shift = new float[r.columns().size()];
            for (int j = 0; j < scale.length; j++) {
                scale[j] = r.scales().get(j).floatValue();
                shift[j] = r.centers().get(j).floatValue();
            }
        }
        return new float[][] {scale, shift};
    }

    /** What a reader needs besides the weights: task, feature and output names, thresholds, the recipe. */
    private static ObjectNode header(ModelBundle bundle) {
        ObjectNode header = BundleFiles.JSON.createObjectNode();
        header.put("producer", ModelJson.producer());
        header.put("task", bundle.task().label());
        ModelJson.strings(header.putArray("features"), bundle.recipe().featureNames());
        ModelJson.strings(header.putArray("outputs"), bundle.recipe().outputNames());
        ArrayNode thresholds = header.putArray("thresholds");
        bundle.thresholds().forEach(thresholds::add);
        try {
            header.set("recipe", BundleFiles.JSON.readTree(RecipeJson.write(bundle.recipe())));
        } catch (IOException e) {
            throw new IllegalStateException("the recipe document is not JSON", e);
        }
        return header;
    }
}
