package org.mlpworkbench.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlpworkbench.bundle.OnnxGraph.Attribute;
import org.mlpworkbench.bundle.OnnxGraph.Type;

/**
 * The per-column operators of {@link OnnxRecipe}: a value looked up among known values with one
 * {@code ai.onnx.ml.LabelEncoder} (text compared as written, numbers as float32), what a missing value
 * and any other value become, and the missing mask of a column — the missing tokens for text, NaN or
 * infinite for numbers, as the CSV reader decides what is missing.
 */
final class OnnxLookup {
    private final OnnxGraph graph;

    OnnxLookup(OnnxGraph graph) {
        this.graph = graph;
    }

    /**
     * {@code [batch, 1]} of {@code out} type: {@code values[i]} where the value is {@code keys[i]}, {@code missing}
     * where it is missing, {@code unseen} otherwise. A key that is a missing token can never match (the CSV
     * reader makes such a field missing), so it is left out.
     */
    String lookup(String column, Type type, List<String> keys, double[] values, double missing, double unseen, Type out) {
        List<String> textKeys = new ArrayList<>();
        List<Double> mapped = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (type == Type.FLOAT || !OnnxInputs.MISSING_TOKENS.contains(keys.get(i))) {
                textKeys.add(keys.get(i));
                mapped.add(values[i]);
            }
        }
        if (type == Type.STRING) {
            for (String token : OnnxInputs.MISSING_TOKENS) {
                textKeys.add(token);
                mapped.add(missing);
            }
        }
        List<Attribute> attributes = new ArrayList<>();
        if (type == Type.STRING) {
            attributes.add(Attribute.strings("keys_strings", textKeys));
        } else {
            float[] numbers = new float[textKeys.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = (float) Double.parseDouble(textKeys.get(i));
            }
            attributes.add(Attribute.floats("keys_floats", numbers));
        }
        if (out == Type.INT64) {
            attributes.add(Attribute.ints("values_int64s", mapped.stream().mapToLong(Double::longValue).toArray()));
            attributes.add(Attribute.of("default_int64", (long) unseen));
        } else {
            float[] floats = new float[mapped.size()];
            for (int i = 0; i < floats.length; i++) {
                floats[i] = mapped.get(i).floatValue();
            }
            attributes.add(Attribute.floats("values_floats", floats));
            attributes.add(Attribute.of("default_float", (float) unseen));
        }
        String looked = graph.node(OnnxGraph.ML_DOMAIN, "LabelEncoder", graph.fresh(column + ".lookup"), List.of(column),
                attributes.toArray(Attribute[]::new));
        if (type == Type.STRING) {
            return looked;
        }
        String value = out == Type.INT64 ? graph.int64s(column + ".if_missing", new int[0], new long[] {(long) missing})
                : graph.floats(column + ".if_missing", new int[0], new float[] {(float) missing});
        return graph.op("Where", column + ".resolved", List.of(missingNumber(column, column), value, looked));
    }

    /** 1 where the column's value is missing, else 0, as float32 {@code [batch, 1]}. */
    String missingFlag(String column, Type type) {
        if (type == Type.FLOAT) {
            return cast(missingNumber(column, column), Type.FLOAT, column + ".missing");
        }
        float[] ones = new float[OnnxInputs.MISSING_TOKENS.size()];
        Arrays.fill(ones, 1f);
        return graph.node(OnnxGraph.ML_DOMAIN, "LabelEncoder", graph.fresh(column + ".missing"), List.of(column),
                Attribute.strings("keys_strings", OnnxInputs.MISSING_TOKENS), Attribute.floats("values_floats", ones),
                Attribute.of("default_float", 0f));
    }

    /** NaN or infinite: what the CSV reader leaves missing in a column of numbers. */
    String missingNumber(String x, String hint) {
        String nan = graph.op("IsNaN", hint + ".is_nan", List.of(x));
        String inf = graph.op("IsInf", hint + ".is_inf", List.of(x));
        return graph.op("Or", hint + ".is_missing", List.of(nan, inf));
    }

    /** {@code x} cast to {@code to}. */
    String cast(String x, Type to, String hint) {
        return graph.op("Cast", hint, List.of(x), Attribute.of("to", (long) to.code));
    }
}
