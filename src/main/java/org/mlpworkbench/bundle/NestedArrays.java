package org.mlpworkbench.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Float32 arrays as nested JSON arrays ({@code [out][in]} for a weight, flat for a bias). Values are
 * written as float32 decimal text that parses back to the same float; the reader parses each number's
 * text straight to float32 (the JSON must be read with {@code USE_BIG_DECIMAL_FOR_FLOATS} so the text is
 * kept), avoiding a double-rounding detour through {@code double}. The one
 * value that does not survive is negative zero, which reads back as zero (the same predictions).
 */
final class NestedArrays {
    private NestedArrays() {
    }

    /** The array as nested JSON arrays following its shape (a bare number for a scalar). */
    static JsonNode toJson(NamedArray array) {
        return nest(array.data(), array.shape(), 0, 0);
    }

    private static JsonNode nest(float[] data, int[] shape, int axis, int offset) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (axis == shape.length) {
            return json.numberNode(data[offset]);
        }
        int stride = 1;
        for (int a = axis + 1; a < shape.length; a++) {
            stride *= shape[a];
        }
        ArrayNode node = json.arrayNode(shape[axis]);
        for (int i = 0; i < shape[axis]; i++) {
            node.add(nest(data, shape, axis + 1, offset + i * stride));
        }
        return node;
    }

    /**
     * Reads nested arrays back into a float32 array; refuses ragged nesting, non-numbers and a shape
     * other than {@code expectedShape}.
     */
    static NamedArray fromJson(String name, JsonNode node, int[] expectedShape, String source) throws BundleFormatException {
        List<Float> values = new ArrayList<>();
        collect(node, expectedShape, 0, values, name, source);
        float[] data = new float[values.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = values.get(i);
        }
        return new NamedArray(name, expectedShape, data);
    }

    private static void collect(JsonNode node, int[] shape, int axis, List<Float> out, String name, String source)
            throws BundleFormatException {
        if (axis == shape.length) {
            if (!node.isNumber()) {
                throw new BundleFormatException(source + ": parameter " + name + " holds " + node + " where a number was expected");
            }
            out.add(Float.parseFloat(node.asText()));
            return;
        }
        if (!node.isArray() || node.size() != shape[axis]) {
            throw new BundleFormatException(source + ": parameter " + name + " does not have the shape "
                    + java.util.Arrays.toString(shape) + " (axis " + axis + " should have " + shape[axis] + " entries)");
        }
        for (JsonNode child : node) {
            collect(child, shape, axis + 1, out, name, source);
        }
    }
}
