package org.mlpworkbench.ui.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.bundle.BundleFormatException;
import org.mlpworkbench.bundle.JsonFields;
import org.mlpworkbench.prep.ColumnStep;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.Task;

/**
 * The user's recipe choices ({@link Recipe}: targets, task override, positive class, every column's
 * step) as JSON — before fitting, unlike {@code prep.RecipeJson}, which writes a fitted recipe with its
 * statistics. Enum constants are spelled as in the recipe document ({@code ONE_HOT} → {@code "one-hot"}).
 */
final class RecipeChoicesJson {

    private RecipeChoicesJson() {
    }

    static ObjectNode toJson(Recipe recipe) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode targets = node.putArray("targets");
        recipe.targets().forEach(targets::add);
        node.put("task", recipe.task() == null ? null : recipe.task().label());
        node.put("positiveClass", recipe.positiveClass());
        node.put("labelDelimiter", recipe.labelDelimiter());
        node.put("standardizeTargets", recipe.standardizeTargets());
        ArrayNode steps = node.putArray("steps");
        recipe.steps().forEach((column, step) -> step(steps.addObject().put("column", column), step));
        return node;
    }

    private static void step(ObjectNode node, ColumnStep step) {
        if (step instanceof ColumnStep.Numeric n) {
            node.put("step", "numeric").put("scaling", JsonFields.name(n.scaling()))
                    .put("imputation", JsonFields.name(n.imputation())).put("constant", n.constant())
                    .put("indicator", n.indicator());
        } else if (step instanceof ColumnStep.Categorical c) {
            node.put("step", "categorical").put("encoding", JsonFields.name(c.encoding()))
                    .put("maxCategories", c.maxCategories()).put("missing", JsonFields.name(c.missing()));
            ArrayNode categories = node.putArray("categories");
            c.categories().forEach(categories::add);
        } else if (step instanceof ColumnStep.Bool b) {
            node.put("step", "boolean").put("indicator", b.indicator());
        } else if (step instanceof ColumnStep.MissingIndicatorOnly) {
            node.put("step", "missing-indicator");
        } else {
            node.put("step", "drop");
        }
    }

    static Recipe fromJson(JsonNode node, JsonFields f, String at) throws BundleFormatException {
        List<String> targets = f.texts(node, "targets", at);
        Task task = node.path("task").isNull() ? null : task(f.text(node, "task", at), f, at + ".task");
        String positive = optionalText(node, "positiveClass", f, at);
        String delimiter = optionalText(node, "labelDelimiter", f, at);
        boolean standardize = f.bool(node, "standardizeTargets", at);
        Map<String, ColumnStep> steps = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode s : f.array(node, "steps", at)) {
            String here = at + ".steps[" + i++ + "]";
            steps.put(f.text(s, "column", here), step(s, f, here));
        }
        try {
            return new Recipe(targets, task, positive, steps, delimiter, standardize);
        } catch (IllegalArgumentException e) {
            throw f.fail(at, "is not a valid recipe: " + e.getMessage());
        }
    }

    private static ColumnStep step(JsonNode s, JsonFields f, String at) throws BundleFormatException {
        String kind = f.text(s, "step", at);
        try {
            return switch (kind) {
                case "numeric" -> new ColumnStep.Numeric(f.constant(s, "scaling", at, ColumnStep.Scaling.class),
                        f.constant(s, "imputation", at, ColumnStep.Imputation.class), f.number(s, "constant", at),
                        f.bool(s, "indicator", at));
                case "categorical" -> new ColumnStep.Categorical(f.constant(s, "encoding", at, ColumnStep.Encoding.class),
                        f.smallInteger(s, "maxCategories", at), f.constant(s, "missing", at, ColumnStep.MissingPolicy.class),
                        f.texts(s, "categories", at));
                case "boolean" -> new ColumnStep.Bool(f.bool(s, "indicator", at));
                case "missing-indicator" -> ColumnStep.MISSING_INDICATOR_ONLY;
                case "drop" -> ColumnStep.DROP;
                default -> throw f.fail(at + ".step", "is \"" + kind
                        + "\"; expected numeric, categorical, boolean, missing-indicator or drop");
            };
        } catch (IllegalArgumentException e) {
            throw f.fail(at, "is not a valid step: " + e.getMessage());
        }
    }

    private static Task task(String label, JsonFields f, String at) throws BundleFormatException {
        try {
            return Task.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw f.fail(at, "is \"" + label + "\": " + e.getMessage());
        }
    }

    private static String optionalText(JsonNode node, String field, JsonFields f, String at) throws BundleFormatException {
        return node.path(field).isNull() ? null : f.text(node, field, at);
    }
}
