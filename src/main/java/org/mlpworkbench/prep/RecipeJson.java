package org.mlpworkbench.prep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlpworkbench.data.FileNames;

/**
 * The fitted recipe as a versioned, human-readable JSON document (schema in {@code docs/recipe.md}):
 * every column step with its fitted statistics and feature names, and the target encoding with its
 * class or label names. {@link #read} gives back an equal {@link FittedRecipe}, and refuses a newer
 * format version or a malformed document with a message naming the field.
 */
public final class RecipeJson {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "mlp-workbench-recipe";
    /** The format version this code writes and the newest it reads. */
    public static final int VERSION = 1;

    static final ObjectMapper MAPPER = JsonDocuments.mapper();

    private RecipeJson() {
    }

    /** The JSON document of {@code recipe}. */
    public static String write(FittedRecipe recipe) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("task", recipe.task().label());
        root.put("fittedRows", recipe.fittedRows());
        strings(root.putArray("features"), recipe.featureNames());
        strings(root.putArray("outputs"), recipe.outputNames());
        target(root.putObject("target"), recipe.target());
        ArrayNode steps = root.putArray("steps");
        recipe.steps().forEach(s -> step(steps.addObject(), s));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** Writes the document of {@code recipe} to {@code file} (UTF-8). */
    public static void write(FittedRecipe recipe, Path file) throws IOException {
        Files.writeString(file, write(recipe), StandardCharsets.UTF_8);
    }

    /**
     * The recipe in {@code json}.
     *
     * @throws RecipeException when the document is not valid JSON, not a recipe, of a newer version, or
     *                         has a missing or ill-typed field (the message names it)
     */
    public static FittedRecipe read(String json) {
        return RecipeJsonReader.read(json, "the recipe document");
    }

    /** The recipe in {@code file}; messages name the file. */
    public static FittedRecipe read(Path file) throws IOException {
        return RecipeJsonReader.read(Files.readString(file, StandardCharsets.UTF_8), FileNames.name(file));
    }

    /** The JSON spelling of an enum constant: {@code ONE_HOT} → {@code "one-hot"}. */
    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void target(ObjectNode node, TargetEncoding target) {
        node.put("task", target.task().label());
        if (target instanceof TargetEncoding.Binary b) {
            node.put("column", b.column());
            node.put("negative", b.negative());
            node.put("positive", b.positive());
        } else if (target instanceof TargetEncoding.MultiClass m) {
            node.put("column", m.column());
            strings(node.putArray("classes"), m.classes());
        } else if (target instanceof TargetEncoding.LabelColumns l) {
            strings(node.putArray("columns"), l.columns());
            strings(node.putArray("negatives"), l.negatives());
            strings(node.putArray("positives"), l.positives());
        } else if (target instanceof TargetEncoding.LabelSets s) {
            node.put("column", s.column());
            node.put("delimiter", s.delimiter());
            strings(node.putArray("labels"), s.labels());
        } else {
            TargetEncoding.Regression g = (TargetEncoding.Regression) target;
            strings(node.putArray("columns"), g.columns());
            node.put("standardized", g.standardized());
            g.centers().forEach(node.putArray("centers")::add);
            g.scales().forEach(node.putArray("scales")::add);
        }
    }

    private static void step(ObjectNode node, FittedStep step) {
        node.put("column", step.column());
        if (step instanceof FittedStep.Dropped) {
            node.put("step", "drop");
            return;
        }
        if (step instanceof FittedStep.MissingIndicator) {
            node.put("step", "missing-indicator");
        } else if (step instanceof FittedNumeric n) {
            node.put("step", "numeric");
            node.put("scaling", name(n.scaling()));
            node.put("imputation", name(n.imputation()));
            node.put("fill", n.fill());
            node.put("center", n.center());
            node.put("scale", n.scale());
            node.put("missingIndicator", n.indicator());
        } else if (step instanceof FittedCategorical c) {
            node.put("step", "categorical");
            node.put("encoding", name(c.encoding()));
            strings(node.putArray("categories"), c.categories());
            node.put("otherBucket", c.otherBucket());
            node.put("missing", name(c.missingPolicy()));
            node.put("missingCategory", c.missingCategory());
            node.put("fill", c.fill());
        } else {
            FittedBool b = (FittedBool) step;
            node.put("step", "boolean");
            node.put("false", b.falseValue());
            node.put("true", b.trueValue());
            node.put("fill", b.fill());
            node.put("missingIndicator", b.indicator());
        }
        strings(node.putArray("features"), step.featureNames());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
