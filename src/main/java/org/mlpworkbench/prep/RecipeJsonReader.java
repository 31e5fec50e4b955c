package org.mlpworkbench.prep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the document written by {@link RecipeJson}, with a message naming the field of any problem. */
final class RecipeJsonReader {

    private final String source;

    private RecipeJsonReader(String source) {
        this.source = source;
    }

    static FittedRecipe read(String json, String source) {
        JsonNode root;
        try {
            root = RecipeJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RecipeException(source + ": not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        return new RecipeJsonReader(source).recipe(root);
    }

    private FittedRecipe recipe(JsonNode root) {
        if (root == null || !root.isObject() || !RecipeJson.FORMAT.equals(root.path("format").asText(null))) {
            throw fail("not an MLP Workbench recipe (its field 'format' should be '" + RecipeJson.FORMAT + "')");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToExactIntegral() || version.asInt() < 1) {
            throw fail("field 'version' must be a whole number from 1");
        }
        if (version.asInt() > RecipeJson.VERSION) {
            throw fail("written by a newer MLP Workbench (recipe format version " + version.asInt()
                    + "); this version reads format version " + RecipeJson.VERSION + " at most: update MLP Workbench");
        }
        TargetEncoding target = target(field(root, "target", "", JsonNode::isObject, "an object"));
        List<FittedStep> steps = new ArrayList<>();
        JsonNode stepNodes = field(root, "steps", "", JsonNode::isArray, "an array");
        for (int i = 0; i < stepNodes.size(); i++) {
            JsonNode node = stepNodes.get(i);
            String where = "steps[" + i + "]" + (node.hasNonNull("column") ? " (column '" + node.get("column").asText() + "')" : "");
            steps.add(step(node, where + " "));
        }
        FittedRecipe recipe = build("", () -> new FittedRecipe(steps, target, integer(root, "fittedRows", "")));
        if (!recipe.featureNames().equals(strings(root, "features", "")) || !recipe.outputNames().equals(strings(root, "outputs", ""))) {
            throw fail("the 'features' or 'outputs' list does not match its steps and target (was it edited by hand?)");
        }
        if (!recipe.task().label().equals(text(root, "task", ""))) {
            throw fail("the field 'task' does not match the target");
        }
        return recipe;
    }

    private TargetEncoding target(JsonNode node) {
        String w = "target ";
        Task task = build(w, () -> Task.fromLabel(text(node, "task", w)));
        return build(w, () -> switch (task) {
            case BINARY -> new TargetEncoding.Binary(text(node, "column", w), text(node, "negative", w), text(node, "positive", w));
            case MULTI_CLASS -> new TargetEncoding.MultiClass(text(node, "column", w), strings(node, "classes", w));
            case MULTI_LABEL -> node.has("delimiter")
                    ? new TargetEncoding.LabelSets(text(node, "column", w), text(node, "delimiter", w), strings(node, "labels", w))
                    : new TargetEncoding.LabelColumns(strings(node, "columns", w), strings(node, "negatives", w), strings(node, "positives", w));
            case REGRESSION -> new TargetEncoding.Regression(strings(node, "columns", w), bool(node, "standardized", w),
                    numbers(node, "centers", w), numbers(node, "scales", w));
        });
    }

    private FittedStep step(JsonNode node, String w) {
        if (!node.isObject()) {
            throw fail(w + "must be an object");
        }
        String column = text(node, "column", w);
        String kind = text(node, "step", w);
        FittedStep step = build(w, () -> switch (kind) {
            case "drop" -> new FittedStep.Dropped(column);
            case "missing-indicator" -> new FittedStep.MissingIndicator(column);
            case "numeric" -> new FittedNumeric(column, constant(ColumnStep.Scaling.class, node, "scaling", w),
                    constant(ColumnStep.Imputation.class, node, "imputation", w), number(node, "fill", w),
                    number(node, "center", w), number(node, "scale", w), bool(node, "missingIndicator", w));
            case "categorical" -> new FittedCategorical(column, constant(ColumnStep.Encoding.class, node, "encoding", w),
                    constant(ColumnStep.MissingPolicy.class, node, "missing", w), strings(node, "categories", w),
                    bool(node, "otherBucket", w), bool(node, "missingCategory", w),
                    node.path("fill").isNull() || node.path("fill").isMissingNode() ? null : text(node, "fill", w));
            case "boolean" -> new FittedBool(column, text(node, "false", w), text(node, "true", w),
                    integer(node, "fill", w), bool(node, "missingIndicator", w));
            default -> throw fail(w + "has an unknown step '" + kind
                    + "' (expected drop, missing-indicator, numeric, categorical or boolean)");
        });
        if (!(step instanceof FittedStep.Dropped) && !step.featureNames().equals(strings(node, "features", w))) {
            throw fail(w + "lists features " + strings(node, "features", w) + " but its fields give " + step.featureNames());
        }
        return step;
    }

    private <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String name, String w) {
        String value = text(node, name, w);
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (RecipeJson.name(e).equals(value)) {
                return e;
            }
            names.add(RecipeJson.name(e));
        }
        throw fail(w + "field '" + name + "' is '" + value + "'; expected one of " + String.join(", ", names));
    }

    private JsonNode field(JsonNode node, String name, String w, java.util.function.Predicate<JsonNode> ok, String expected) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw fail(w + "lacks the field '" + name + "'");
        }
        if (!ok.test(value)) {
            throw fail(w + "field '" + name + "' must be " + expected);
        }
        return value;
    }

    private String text(JsonNode node, String name, String w) {
        return field(node, name, w, JsonNode::isTextual, "a string").asText();
    }

    private double number(JsonNode node, String name, String w) {
        return field(node, name, w, n -> n.isNumber() && Double.isFinite(n.asDouble()), "a finite number").asDouble();
    }

    private int integer(JsonNode node, String name, String w) {
        return field(node, name, w, n -> n.isIntegralNumber() && n.canConvertToInt(), "a whole number").asInt();
    }

    private boolean bool(JsonNode node, String name, String w) {
        return field(node, name, w, JsonNode::isBoolean, "true or false").asBoolean();
    }

    private List<String> strings(JsonNode node, String name, String w) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : field(node, name, w, JsonNode::isArray, "an array of strings")) {
            if (!item.isTextual()) {
                throw fail(w + "field '" + name + "' must hold only strings, not " + item);
            }
            out.add(item.asText());
        }
        return out;
    }

    private List<Double> numbers(JsonNode node, String name, String w) {
        List<Double> out = new ArrayList<>();
        for (JsonNode item : field(node, name, w, JsonNode::isArray, "an array of numbers")) {
            if (!item.isNumber() || !Double.isFinite(item.asDouble())) {
                throw fail(w + "field '" + name + "' must hold only finite numbers, not " + item);
            }
            out.add(item.asDouble());
        }
        return out;
    }

    /** Runs a constructor, turning its validation error into a message that says where it happened. */
    private <T> T build(String w, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (RecipeException e) {
            throw e.getMessage().startsWith(source) ? e : fail((w.isEmpty() ? "" : w.strip() + ": ") + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw fail((w.isEmpty() ? "" : w.strip() + ": ") + e.getMessage());
        }
    }

    private RecipeException fail(String problem) {
        return new RecipeException(source + ": " + problem.strip());
    }
}
