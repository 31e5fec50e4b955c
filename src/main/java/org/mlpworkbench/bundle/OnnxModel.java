package org.mlpworkbench.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.bundle.OnnxGraph.Attribute;
import org.mlpworkbench.bundle.OnnxGraph.Type;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.prep.TargetEncoding;

/**
 * The whole model as one ONNX graph: raw column values in ({@link OnnxInputs}), the recipe
 * ({@link OnnxRecipe}), the network ({@link OnnxWriter#network}, its first layer reading the features where the
 * recipe's graph puts them), and out {@code probabilities} (regression:
 * {@code values} in the target's units) and {@code label}, the decision the app makes:
 * <ul>
 * <li>binary: string {@code [batch, 1]}, the positive class where {@code p > threshold} (compared in
 * float64, as the app does), else the negative class;</li>
 * <li>multi-class: string {@code [batch, 1]}, the most probable class (the first on a tie, {@code ArgMax});</li>
 * <li>multi-label: int64 {@code [batch, labels]}, 1 where {@code p > threshold} of that label, else 0;</li>
 * <li>regression: no label.</li>
 * </ul>
 * A row whose probabilities are NaN (a value the app refuses, such as a third value in a boolean column)
 * gets the label {@code ""} (multi-label: -1 for each NaN output): no decision.
 */
final class OnnxModel {
    /** The name of the decision output. */
    static final String LABEL = "label";

    private OnnxModel() {
    }

    /** The serialized model of {@code bundle}. */
    static byte[] write(ModelBundle bundle, String output, Map<String, String> metadata, float[] scale, float[] shift) {
        FittedRecipe recipe = bundle.recipe();
        boolean labelled = bundle.task() != Task.REGRESSION;
        for (String column : recipe.requiredColumns()) {
            if (column.equals(output) || labelled && column.equals(LABEL)) {
                throw new IllegalArgumentException("the end-to-end ONNX graph has an output called '" + column
                        + "', and an input column of that name too; rename the column, or export the features-only ONNX graph");
            }
        }
        OnnxGraph graph = new OnnxGraph();
        graph.reserve(output, "the output");
        if (labelled) {
            graph.reserve(LABEL, "the label output");
        }
        OnnxRecipe.Features features = OnnxRecipe.features(graph, recipe);
        List<DenseLayer> layers = new ArrayList<>(Parameters.layers(bundle.model()));
        layers.set(0, features.reading(layers.get(0)));
        OnnxWriter.network(graph, layers, features.value(), output, scale, shift);
        int outputs = recipe.outputNames().size();
        graph.output(output, Type.FLOAT, outputs);
        if (labelled) {
            label(graph, recipe.target(), bundle.thresholds(), output);
            graph.output(LABEL, bundle.task() == Task.MULTI_LABEL ? Type.INT64 : Type.STRING,
                    bundle.task() == Task.MULTI_LABEL ? outputs : 1);
        }
        return graph.model("mlp-workbench-model", ModelJson.producer(), metadata);
    }

    private static void label(OnnxGraph graph, TargetEncoding target, List<Double> thresholds, String p) {
        if (target instanceof TargetEncoding.MultiClass m) {
            String best = graph.op("ArgMax", "label.arg_max", List.of(p), Attribute.of("axis", 1L), Attribute.of("keepdims", 1L));
            String axes = graph.int64s("label.axes", new int[] {1}, new long[] {1});
            String sum = graph.op("ReduceSum", "label.sum", List.of(p, axes), Attribute.of("keepdims", 1L));
            classText(graph, noDecision(graph, graph.op("IsNaN", "label.is_nan", List.of(sum)), best), m.classes());
            return;
        }
        double[] t = thresholds.stream().mapToDouble(Double::doubleValue).toArray();
        String wide = graph.op("Cast", "label.p_double", List.of(p), Attribute.of("to", (long) Type.DOUBLE.code));
        String above = graph.op("Greater", "label.above", List.of(wide, graph.doubles("label.thresholds", new int[] {t.length}, t)));
        String decision = graph.op("Cast", "label.decision", List.of(above), Attribute.of("to", (long) Type.INT64.code));
        String nan = graph.op("IsNaN", "label.is_nan", List.of(p));
        if (target instanceof TargetEncoding.Binary b) {
            classText(graph, noDecision(graph, nan, decision), List.of(b.negative(), b.positive()));
        } else {
            graph.node("", "Where", LABEL, List.of(nan, minusOne(graph), decision));
        }
    }

    /** -1 where {@code nan}, else {@code index}. */
    private static String noDecision(OnnxGraph graph, String nan, String index) {
        return graph.op("Where", "label.index", List.of(nan, minusOne(graph), index));
    }

    private static String minusOne(OnnxGraph graph) {
        return graph.int64s("label.none", new int[0], new long[] {-1});
    }

    /** The class text of each index ({@code ""} for -1) as the {@code label} output. */
    private static void classText(OnnxGraph graph, String index, List<String> classes) {
        long[] keys = new long[classes.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i;
        }
        graph.node(OnnxGraph.ML_DOMAIN, "LabelEncoder", LABEL, List.of(index), Attribute.ints("keys_int64s", keys),
                Attribute.strings("values_strings", classes), Attribute.of("default_string", ""));
    }
}
