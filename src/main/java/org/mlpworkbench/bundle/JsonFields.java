package org.mlpworkbench.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Strict reading and writing of the fields of {@code model.json} (and of other documents that embed its
 * parts, such as project files): every getter names the field by its
 * path ({@code training.config.epochs}) when it is missing or of the wrong type. Enum constants are
 * spelled in lower case with hyphens ({@code LEAKY_RELU} → {@code "leaky-relu"}), as in the recipe
 * document. Non-finite numbers are written as {@code null} (JSON has no NaN) and read back as NaN.
 */
public final class JsonFields {
    private final String file;

    /** @param file the file named by every error message */
    public JsonFields(String file) {
        this.file = file;
    }

    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    public static void addNumber(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.addNull();
        }
    }

    public JsonNode node(JsonNode parent, String field, String path) throws BundleFormatException {
        JsonNode child = parent.get(field);
        if (child == null || child.isMissingNode()) {
            throw fail(path + "." + field, "is missing");
        }
        return child;
    }

    public JsonNode object(JsonNode parent, String field, String path) throws BundleFormatException {
        JsonNode child = node(parent, field, path);
        if (!child.isObject()) {
            throw fail(path + "." + field, "must be an object");
        }
        return child;
    }

    public JsonNode array(JsonNode parent, String field, String path) throws BundleFormatException {
        JsonNode child = node(parent, field, path);
        if (!child.isArray()) {
            throw fail(path + "." + field, "must be a list");
        }
        return child;
    }

    public String text(JsonNode parent, String field, String path) throws BundleFormatException {
        JsonNode child = node(parent, field, path);
        if (!child.isTextual()) {
            throw fail(path + "." + field, "must be a string");
        }
        return child.asText();
    }

    public long integer(JsonNode parent, String field, String path) throws BundleFormatException {
        JsonNode child = node(parent, field, path);
        if (!child.isIntegralNumber()) {
            throw fail(path + "." + field, "must be a whole number");
        }
        return child.asLong();
    }

    public int smallInteger(JsonNode parent, String field, String path) throws BundleFormatException {
        long value = integer(parent, field, path);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw fail(path + "." + field, "is out of range");
        }
        return (int) value;
    }

    public double number(JsonNode parent, String field, String path) throws BundleFormatException {
        return number(node(parent, field, path), path + "." + field);
    }

    public double number(JsonNode value, String path) throws BundleFormatException {
        if (value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw fail(path, "must be a number");
        }
        return value.asDouble();
    }

    public boolean bool(JsonNode parent, String field, String path) throws BundleFormatException {
        JsonNode child = node(parent, field, path);
        if (!child.isBoolean()) {
            throw fail(path + "." + field, "must be true or false");
        }
        return child.asBoolean();
    }

    public <E extends Enum<E>> E constant(JsonNode parent, String field, String path, Class<E> type) throws BundleFormatException {
        String text = text(parent, field, path);
        for (E value : type.getEnumConstants()) {
            if (name(value).equals(text)) {
                return value;
            }
        }
        List<String> known = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            known.add(name(value));
        }
        throw fail(path + "." + field, "is \"" + text + "\"; expected one of " + String.join(", ", known));
    }

    public List<Double> numbers(JsonNode parent, String field, String path) throws BundleFormatException {
        List<Double> values = new ArrayList<>();
        int i = 0;
        for (JsonNode v : array(parent, field, path)) {
            values.add(number(v, path + "." + field + "[" + i++ + "]"));
        }
        return values;
    }

    /** A list of whole numbers that fit an {@code int}, each named by its index when it does not. */
    public List<Integer> smallIntegers(JsonNode parent, String field, String path) throws BundleFormatException {
        List<Integer> values = new ArrayList<>();
        int i = 0;
        for (JsonNode v : array(parent, field, path)) {
            String at = path + "." + field + "[" + i++ + "]";
            if (!v.isIntegralNumber()) {
                throw fail(at, "must be a whole number, not " + v);
            }
            if (!v.canConvertToInt()) {
                throw fail(at, "is out of range (" + v + ")");
            }
            values.add(v.asInt());
        }
        return values;
    }

    public List<String> texts(JsonNode parent, String field, String path) throws BundleFormatException {
        List<String> values = new ArrayList<>();
        int i = 0;
        for (JsonNode v : array(parent, field, path)) {
            if (!v.isTextual()) {
                throw fail(path + "." + field + "[" + i + "]", "must be a string");
            }
            values.add(v.asText());
            i++;
        }
        return values;
    }

    public BundleFormatException fail(String path, String problem) {
        String field = path.startsWith(".") ? path.substring(1) : path;
        return new BundleFormatException(file + ": field " + field + " " + problem);
    }
}
