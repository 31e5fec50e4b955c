package org.mlpworkbench.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** One case of {@code golden/golden.json} (written by {@code golden/make_golden.py} with PyTorch, float64). */
public record GoldenCase(String name, MlpSpec spec, int rows, double[] x, double[] y, double[] probabilities,
                         double loss, JsonNode parameters, JsonNode gradients, JsonNode optimizer) {

    public static List<GoldenCase> load() {
        try (InputStream in = GoldenCase.class.getResourceAsStream("/golden/golden.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<GoldenCase> cases = new ArrayList<>();
            for (JsonNode c : root.get("cases")) {
                List<Integer> hidden = new ArrayList<>();
                c.get("hidden").forEach(h -> hidden.add(h.asInt()));
                MlpSpec spec = new MlpSpec(TaskKind.valueOf(c.get("task").asText()), c.get("inputs").asInt(), hidden,
                        c.get("outputs").asInt(), Activation.valueOf(c.get("activation").asText()),
                        OutputActivation.valueOf(c.get("outputActivation").asText()),
                        LossFunction.valueOf(c.get("loss").asText()), c.get("bias").asBoolean(), 0, 0);
                cases.add(new GoldenCase(c.get("name").asText(), spec, c.get("rows").asInt(), doubles(c.get("x")),
                        doubles(c.get("y")), doubles(c.get("probabilities")), c.get("lossValue").asDouble(),
                        c.get("parameters"), c.get("gradients"), c.get("optimizer")));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    public static float[] floats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    /** The case's parameters as a model (exact: they were drawn in float32). */
    public Mlp model() {
        return Mlp.of(spec, namedParameters(parameters));
    }

    /** Named tensors of a {@code {name: [values]}} node, in layout order, with the layout's shapes. */
    public List<NamedParameter> namedParameters(JsonNode tensors) {
        List<NamedParameter> named = new ArrayList<>();
        for (ParameterLayout.Entry entry : ParameterLayout.of(spec).entries()) {
            named.add(new NamedParameter(entry.name(), entry.shape(), floats(doubles(tensors.get(entry.name())))));
        }
        return named;
    }

    @Override
    public String toString() {
        return name;
    }
}
