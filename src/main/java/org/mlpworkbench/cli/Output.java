package org.mlpworkbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;

/** Writing results: pretty JSON (non-finite numbers as {@code null}) and short number formats. */
final class Output {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Output() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static void print(PrintWriter out, JsonNode node) {
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
        out.flush();
    }

    static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    static ObjectNode numbers(Map<String, Double> values) {
        ObjectNode node = object();
        values.forEach((name, value) -> putNumber(node, name, value));
        return node;
    }

    /** A metric for a progress line: four significant decimals. */
    static String number(double value) {
        return Double.isFinite(value) ? String.format(java.util.Locale.ROOT, "%.4f", value) : "n/a";
    }
}
