package org.mlpworkbench.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.bundle.OnnxGraph.Attribute;
import org.mlpworkbench.bundle.OnnxGraph.Type;
import org.mlpworkbench.prep.FittedBool;
import org.mlpworkbench.prep.FittedCategorical;
import org.mlpworkbench.prep.FittedNumeric;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.FittedStep;

/**
 * The fitted recipe as ONNX nodes, from one graph input per used column to the feature matrix the
 * network reads, computing what {@link FittedRecipe#features} computes. Inputs are typed by
 * {@link OnnxInputs}. A float input is missing when NaN or infinite; a text input when it is one of
 * {@link OnnxInputs#MISSING_TOKENS} (the CSV reader's tokens, the empty string among them).
 *
 * <ul>
 * <li>Numeric steps are done together: their inputs are concatenated, missing values replaced by the
 * fill values ({@code Where}), centred and scaled in float64 as the Java code does, then cast to float32.
 * A missing indicator is the cast of the missing mask (of the steps that have one).</li>
 * <li>A categorical or boolean step maps the value with one {@code ai.onnx.ml.LabelEncoder} (a float input:
 * then {@code Where} for a missing value): each category to its position (one-hot: its slot, which
 * {@code OneHot} turns into the 0/1 features), a missing value to the slot or ordinal value the recipe
 * gives it, any other value to the other bucket's slot (none, all zeros, without one) or
 * {@code len(categories)} for ordinal. A boolean's unseen value — an error in the app — becomes NaN, so
 * the row's outputs are NaN.</li>
 * <li>A missing-indicator step maps the missing tokens to 1 and anything else to 0.</li>
 * </ul>
 * The pieces are concatenated as they come (the numeric block first); {@link Features#column} says where
 * each recipe feature is, and the first layer's weights are permuted to match ({@link Features#reading}),
 * which costs nothing at run time where putting the columns in order would.
 */
final class OnnxRecipe {
    private final OnnxGraph graph;
    private final OnnxLookup lookups;
    private final List<String> pieces = new ArrayList<>();
    private int width;

    private OnnxRecipe(OnnxGraph graph) {
        this.graph = graph;
        this.lookups = new OnnxLookup(graph);
    }

    /**
     * The feature matrix as the graph makes it: {@code value} is {@code [batch, features]} float32 holding recipe
     * feature {@code f} in column {@code column[f]} (the numeric block first, then the other steps in order).
     */
    record Features(String value, int[] column) {
        /** {@code layer} with its weight columns moved to where the graph puts each feature, so it computes the same sums. */
        DenseLayer reading(DenseLayer layer) {
            NamedArray w = layer.weight();
            int out = w.shape()[0];
            int in = w.shape()[1];
            float[] moved = new float[w.size()];
            for (int o = 0; o < out; o++) {
                for (int f = 0; f < in; f++) {
                    moved[o * in + column[f]] = w.data()[o * in + f];
                }
            }
            return new DenseLayer(new NamedArray(w.name(), w.shape(), moved), layer.bias(), layer.activation(), layer.alpha());
        }
    }

    /** Declares one graph input per used column and adds the nodes making the features. */
    static Features features(OnnxGraph graph, FittedRecipe recipe) {
        List<OnnxInputs.Input> inputs = OnnxInputs.of(recipe);
        for (OnnxInputs.Input in : inputs) {
            graph.input(graph.reserve(in.column(), "column '" + in.column() + "'"), in.type(), 1);
        }
        OnnxRecipe builder = new OnnxRecipe(graph);
        List<FittedNumeric> numeric = recipe.steps().stream()
                .filter(FittedNumeric.class::isInstance).map(FittedNumeric.class::cast).toList();
        int[][] numericColumns = builder.numeric(numeric);
        int[] column = new int[recipe.featureNames().size()];
        int f = 0;
        int n = 0;
        for (FittedStep step : recipe.steps()) {
            if (step instanceof FittedNumeric s) {
                column[f++] = numericColumns[0][n];
                if (s.indicator()) {
                    column[f++] = numericColumns[1][n];
                }
                n++;
            } else if (!step.featureNames().isEmpty()) {
                int first = builder.width;
                builder.step(step, OnnxInputs.type(step));
                for (int j = 0; j < step.featureNames().size(); j++) {
                    column[f++] = first + j;
                }
            }
        }
        String all = builder.pieces.size() == 1 ? builder.pieces.get(0)
                : graph.op("Concat", "features", builder.pieces, Attribute.of("axis", 1L));
        return new Features(all, column);
    }

    /** The numeric block and its indicators; returns the column of each step's feature and of its indicator. */
    private int[][] numeric(List<FittedNumeric> steps) {
        int n = steps.size();
        int[][] columns = new int[2][n];
        if (n == 0) {
            return columns;
        }
        double[] fill = new double[n];
        double[] center = new double[n];
        double[] scale = new double[n];
        for (int j = 0; j < n; j++) {
            fill[j] = steps.get(j).fill();
            center[j] = steps.get(j).center();
            scale[j] = steps.get(j).scale();
        }
        List<String> inputs = steps.stream().map(FittedStep::column).toList();
        String x = n == 1 ? inputs.get(0) : graph.op("Concat", "numeric.values", inputs, Attribute.of("axis", 1L));
        String missing = lookups.missingNumber(x, "numeric");
        int[] shape = {n};
        String filled = graph.op("Where", "numeric.filled", List.of(missing, graph.doubles("numeric.fill", shape, fill),
                lookups.cast(x, Type.DOUBLE, "numeric.double")));
        String centred = graph.op("Sub", "numeric.centred", List.of(filled, graph.doubles("numeric.center", shape, center)));
        String scaled = graph.op("Div", "numeric.scaled", List.of(centred, graph.doubles("numeric.scale", shape, scale)));
        for (int j = 0; j < n; j++) {
            columns[0][j] = width + j;
        }
        add(lookups.cast(scaled, Type.FLOAT, "numeric.features"), n);
        long[] flagged = java.util.stream.IntStream.range(0, n).filter(j -> steps.get(j).indicator()).asLongStream().toArray();
        if (flagged.length > 0) {
            for (int i = 0; i < flagged.length; i++) {
                columns[1][(int) flagged[i]] = width + i;
            }
            String chosen = flagged.length == n ? missing : graph.op("Gather", "numeric.flagged",
                    List.of(missing, graph.int64s("numeric.indicators", new int[] {flagged.length}, flagged)), Attribute.of("axis", 1L));
            add(lookups.cast(chosen, Type.FLOAT, "numeric.missing"), flagged.length);
        }
        return columns;
    }

    private void step(FittedStep step, Type type) {
        String column = step.column();
        if (step instanceof FittedStep.MissingIndicator) {
            add(lookups.missingFlag(column, type), 1);
        } else if (step instanceof FittedBool b) {
            List<String> two = List.of(b.falseValue(), b.trueValue());
            add(lookups.lookup(column, type, two, new double[] {0, 1}, b.fill(), Double.NaN, Type.FLOAT), 1);
            if (b.indicator()) {
                add(lookups.missingFlag(column, type), 1);
            }
        } else {
            categorical((FittedCategorical) step, type);
        }
    }

    private void categorical(FittedCategorical c, Type type) {
        int k = c.categories().size();
        double[] positions = new double[k];
        for (int i = 0; i < k; i++) {
            positions[i] = i;
        }
        if (c.encoding() == org.mlpworkbench.prep.ColumnStep.Encoding.ORDINAL) {
            add(lookups.lookup(c.column(), type, c.categories(), positions, c.ordinalMissing(), k, Type.FLOAT), 1);
            return;
        }
        int w = c.featureNames().size();
        String slot = lookups.lookup(c.column(), type, c.categories(), positions, c.missingSlot(), c.otherSlot(), Type.INT64);
        long[] slots = new long[w];
        for (int i = 0; i < w; i++) {
            slots[i] = i;
        }
        String hot = graph.node(OnnxGraph.ML_DOMAIN, "OneHotEncoder", graph.fresh(c.column() + ".one_hot"), List.of(slot),
                Attribute.ints("cats_int64s", slots), Attribute.of("zeros", 1L));
        add(graph.op("Squeeze", c.column() + ".features", List.of(hot, graph.int64s(c.column() + ".axis", new int[] {1}, new long[] {1}))), w);
    }

    private void add(String piece, int columns) {
        pieces.add(piece);
        width += columns;
    }
}
