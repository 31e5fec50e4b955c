package org.mlpworkbench.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.model.LossFunction;
import org.mlpworkbench.model.Mlp;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.OutputActivation;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.RecipeException;
import org.mlpworkbench.prep.RecipeJson;

/**
 * The meaning of {@code model.json} (schema in {@code docs/bundle.md}): the bundle's fields to and from
 * a JSON tree. The network's spec is the source of truth; {@code network.layers}, {@code features} and
 * {@code outputs} are written for readers (the Python snippet uses them) and ignored when loading.
 */
final class ModelJson {
    private ModelJson() {
    }

    static ObjectNode toJson(ModelBundle bundle) {
        ObjectNode root = BundleFiles.JSON.createObjectNode();
        root.put("producer", producer());
        root.put("createdAt", bundle.createdAt().toString());
        root.put("task", bundle.task().label());
        root.set("network", network(bundle.model()));
        strings(root.putArray("features"), bundle.recipe().featureNames());
        strings(root.putArray("outputs"), bundle.recipe().outputNames());
        ArrayNode thresholds = root.putArray("thresholds");
        bundle.thresholds().forEach(thresholds::add);
        try {
            root.set("recipe", BundleFiles.JSON.readTree(RecipeJson.write(bundle.recipe())));
        } catch (IOException e) {
            throw new IllegalStateException("the recipe document is not JSON", e);
        }
        root.set("training", TrainingJson.toJson(bundle.training()));
        return root;
    }

    static ModelBundle fromJson(ObjectNode root, Map<String, NamedArray> weights, String file) throws BundleFormatException {
        JsonFields f = new JsonFields(file);
        MlpSpec spec = spec(f.object(root, "network", ""), f);
        Mlp model;
        try {
            model = Parameters.model(spec, weights.values());
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(file + ": the weights do not fit the network: " + e.getMessage(), e);
        }
        FittedRecipe recipe;
        try {
            recipe = RecipeJson.read(f.object(root, "recipe", "").toString());
        } catch (RecipeException e) {
            throw new BundleFormatException(file + ": the recipe cannot be read: " + e.getMessage(), e);
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(f.text(root, "createdAt", ""));
        } catch (DateTimeParseException e) {
            throw f.fail("createdAt", "is not a time such as 2024-05-01T12:00:00Z");
        }
        List<Double> thresholds = f.numbers(root, "thresholds", "");
        TrainingRecord training = TrainingJson.fromJson(f.object(root, "training", ""), f);
        try {
            return new ModelBundle(model, recipe, thresholds, training, createdAt);
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(file + " is inconsistent: " + e.getMessage(), e);
        }
    }

    private static ObjectNode network(Mlp model) {
        MlpSpec spec = model.spec();
        ObjectNode node = BundleFiles.JSON.createObjectNode();
        node.put("task", JsonFields.name(spec.task()));
        node.put("inputs", spec.inputs());
        ArrayNode hidden = node.putArray("hidden");
        spec.hiddenWidths().forEach(hidden::add);
        node.put("outputs", spec.outputs());
        node.put("activation", JsonFields.name(spec.activation()));
        node.put("outputActivation", JsonFields.name(spec.outputActivation()));
        node.put("loss", JsonFields.name(spec.loss()));
        node.put("bias", spec.bias());
        node.put("dropout", spec.dropout());
        node.put("l2", spec.l2());
        ArrayNode layers = node.putArray("layers");
        for (DenseLayer layer : Parameters.layers(model)) {
            ObjectNode l = layers.addObject();
            l.put("name", layer.weight().name().replace(".weight", ""));
            l.put("inputs", layer.inputs()).put("outputs", layer.outputs()).put("bias", layer.bias() != null);
            l.put("activation", JsonFields.name(layer.activation()));
            if (layer.activation() == DenseLayer.Activation.LEAKY_RELU || layer.activation() == DenseLayer.Activation.ELU) {
                l.put("alpha", layer.alpha());
            }
        }
        return node;
    }

    private static MlpSpec spec(JsonNode n, JsonFields f) throws BundleFormatException {
        String at = "network";
        List<Integer> hidden = f.smallIntegers(n, "hidden", at);
        try {
            return new MlpSpec(f.constant(n, "task", at, TaskKind.class), f.smallInteger(n, "inputs", at), hidden,
                    f.smallInteger(n, "outputs", at), f.constant(n, "activation", at, Activation.class),
                    f.constant(n, "outputActivation", at, OutputActivation.class), f.constant(n, "loss", at, LossFunction.class),
                    f.bool(n, "bias", at), f.number(n, "dropout", at), f.number(n, "l2", at));
        } catch (IllegalArgumentException e) {
            throw f.fail(at, "describes no valid network: " + e.getMessage());
        }
    }

    static String producer() {
        String version = ModelJson.class.getPackage().getImplementationVersion();
        return "MLP Workbench " + (version == null ? "development" : version);
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static Map<String, Double> metrics(JsonNode node, String path, JsonFields f) throws BundleFormatException {
        Map<String, Double> metrics = new LinkedHashMap<>();
        var fields = node.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            metrics.put(e.getKey(), f.number(e.getValue(), path + "." + e.getKey()));
        }
        return metrics;
    }
}
