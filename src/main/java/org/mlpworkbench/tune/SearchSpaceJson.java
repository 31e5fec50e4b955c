package org.mlpworkbench.tune;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.prep.JsonDocuments;
import org.mlpworkbench.train.Optimizer;

/**
 * A search space as JSON (docs/tuning.md): every field optional, a missing one keeps the value of the
 * space it is read over (the defaults for the data).
 *
 * <pre>{"hidden": [[64], [128, 64]], "activations": ["relu", "tanh"], "dropout": {"min": 0, "max": 0.5},
 *  "weightDecay": {"min": 1e-5, "max": 0.1, "zero": true}, "learningRate": {"min": 1e-4, "max": 1e-2},
 *  "batchSizes": [32, 64], "optimizers": ["adamw", "adam", "sgd"]}</pre>
 */
public final class SearchSpaceJson {
    private static final ObjectMapper MAPPER = JsonDocuments.mapper();
    private static final Set<String> FIELDS = Set.of("hidden", "activations", "dropout", "weightDecay", "learningRate",
            "batchSizes", "optimizers");

    private SearchSpaceJson() {
    }

    /**
     * Reads {@code json} over {@code base}.
     *
     * @throws IllegalArgumentException naming the field, for JSON that is not a space or a space that is refused
     */
    public static SearchSpace read(String json, SearchSpace base) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the search space is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the search space must be a JSON object such as {\"hidden\": [[64], [128]]}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("the search space has an unknown field '" + name + "'; the fields are "
                        + FIELDS.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        SearchSpace space = base;
        if (root.has("hidden")) {
            List<List<Integer>> hidden = new ArrayList<>();
            for (JsonNode choice : array(root, "hidden")) {
                if (!choice.isArray()) {
                    throw new IllegalArgumentException("hidden: expected a list of layer lists such as [[64], [128, 64]], got " + choice);
                }
                List<Integer> widths = new ArrayList<>();
                choice.forEach(w -> widths.add(whole("hidden", w)));
                hidden.add(widths);
            }
            space = space.withHidden(hidden);
        }
        if (root.has("activations")) {
            space = space.withActivations(constants(root, "activations", Activation.class));
        }
        if (root.has("dropout")) {
            space = space.withDropout(range(root, "dropout"));
        }
        if (root.has("weightDecay")) {
            JsonNode zero = root.get("weightDecay").get("zero");
            if (zero != null && !zero.isBoolean()) {
                throw new IllegalArgumentException("weightDecay.zero: expected true or false, got " + zero);
            }
            space = space.withWeightDecay(range(root, "weightDecay"), zero == null ? space.weightDecayZero() : zero.booleanValue());
        }
        if (root.has("learningRate")) {
            space = space.withLearningRate(range(root, "learningRate"));
        }
        if (root.has("batchSizes")) {
            List<Integer> sizes = new ArrayList<>();
            array(root, "batchSizes").forEach(s -> sizes.add(whole("batchSizes", s)));
            space = space.withBatchSizes(sizes);
        }
        if (root.has("optimizers")) {
            space = space.withOptimizers(constants(root, "optimizers", Optimizer.class));
        }
        return space;
    }

    /** {@code space} as JSON in the format {@link #read} reads. */
    public static ObjectNode write(SearchSpace space) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode hidden = root.putArray("hidden");
        space.hidden().forEach(layers -> {
            ArrayNode widths = hidden.addArray();
            layers.forEach(widths::add);
        });
        ArrayNode activations = root.putArray("activations");
        space.activations().forEach(a -> activations.add(name(a)));
        range(root.putObject("dropout"), space.dropout());
        range(root.putObject("weightDecay"), space.weightDecay()).put("zero", space.weightDecayZero());
        range(root.putObject("learningRate"), space.learningRate());
        ArrayNode batches = root.putArray("batchSizes");
        space.batchSizes().forEach(batches::add);
        ArrayNode optimizers = root.putArray("optimizers");
        space.optimizers().forEach(o -> optimizers.add(name(o)));
        return root;
    }

    /** An option value's spelling: lower case with hyphens ({@code leaky-relu}, {@code adamw}). */
    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ObjectNode range(ObjectNode node, SearchSpace.Range range) {
        return node.put("min", range.min()).put("max", range.max());
    }

    private static JsonNode array(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (!node.isArray()) {
            throw new IllegalArgumentException(field + ": expected a list, got " + node);
        }
        return node;
    }

    private static int whole(String field, JsonNode value) {
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(field + ": expected whole numbers, got " + value);
        }
        return value.intValue();
    }

    private static SearchSpace.Range range(JsonNode root, String field) {
        JsonNode node = root.get(field);
        JsonNode min = node.get("min");
        JsonNode max = node.get("max");
        if (!node.isObject() || min == null || max == null || !min.isNumber() || !max.isNumber()) {
            throw new IllegalArgumentException(field + ": expected {\"min\": number, \"max\": number}, got " + node);
        }
        return new SearchSpace.Range(min.doubleValue(), max.doubleValue());
    }

    private static <E extends Enum<E>> List<E> constants(JsonNode root, String field, Class<E> type) {
        Function<String, String> key = s -> s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        List<E> values = new ArrayList<>();
        for (JsonNode node : array(root, field)) {
            E found = Arrays.stream(type.getEnumConstants()).filter(e -> key.apply(e.name()).equals(key.apply(node.asText())))
                    .findFirst().orElse(null);
            if (!node.isTextual() || found == null) {
                throw new IllegalArgumentException(field + ": expected one of " + Arrays.stream(type.getEnumConstants())
                        .map(SearchSpaceJson::name).collect(Collectors.joining(", ")) + ", got " + node);
            }
            values.add(found);
        }
        return values;
    }
}
