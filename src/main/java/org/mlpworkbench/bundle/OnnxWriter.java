package org.mlpworkbench.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encodes a stack of dense layers as ONNX nodes of an {@link OnnxGraph}: one {@code Gemm} per layer
 * ({@code transB=1}, so weights keep the PyTorch {@code [out, in]} layout; no {@code C} input for a
 * layer without bias), then the layer's activation. GELU is the exact form
 * {@code 0.5·x·(1 + erf(x/√2))} built from {@code Div}, {@code Erf}, {@code Add}, {@code Mul}, since
 * opset 17 has no GELU operator. Softmax runs over axis 1. {@link #write} makes the features-only model:
 * input {@code [batch, features]} float32, the network, one output.
 */
final class OnnxWriter {
    private OnnxWriter() {
    }

    /**
     * The serialized features-only {@code ModelProto}.
     *
     * @param metadata     key/value pairs stored as the model's {@code metadata_props}
     * @param outputScale  multiplies each output after the last activation ({@code null}: none), e.g. to undo a
     *                     standardized regression target together with {@code outputShift}
     * @param outputShift  is then added to each output ({@code null}: none)
     */
    static byte[] write(List<DenseLayer> layers, String inputName, String outputName, String producerVersion,
                        Map<String, String> metadata, float[] outputScale, float[] outputShift) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        OnnxGraph graph = new OnnxGraph();
        graph.input(graph.reserve(inputName, "the input"), OnnxGraph.Type.FLOAT, layers.get(0).inputs());
        graph.reserve(outputName, "the output");
        network(graph, layers, inputName, outputName, outputScale, outputShift);
        graph.output(outputName, OnnxGraph.Type.FLOAT, layers.get(layers.size() - 1).outputs());
        return graph.model("mlp", producerVersion, metadata);
    }

    /**
     * Adds the network from the value {@code input} ({@code [batch, inputs]} float32) to the reserved value
     * {@code output}, scaled and shifted per output when {@code outputScale} / {@code outputShift} are given.
     */
    static void network(OnnxGraph graph, List<DenseLayer> layers, String input, String output,
                        float[] outputScale, float[] outputShift) {
        String value = input;
        int width = layers.get(layers.size() - 1).outputs();
        for (int i = 0; i < layers.size(); i++) {
            boolean last = i == layers.size() - 1 && outputScale == null && outputShift == null;
            value = layer(graph, layers.get(i), i, value, last ? output : null);
        }
        if (outputScale != null) {
            String scale = graph.floats("output.scale", new int[] {width}, outputScale);
            value = emit(graph, "Mul", "output.scaled", List.of(value, scale), outputShift == null ? output : null);
        }
        if (outputShift != null) {
            String shift = graph.floats("output.shift", new int[] {width}, outputShift);
            emit(graph, "Add", "output.shifted", List.of(value, shift), output);
        }
    }

    /** The layer's nodes; the last one writes {@code out} when it is not {@code null}. */
    private static String layer(OnnxGraph graph, DenseLayer layer, int index, String input, String out) {
        String prefix = "layers." + index;
        List<String> gemmInputs = new ArrayList<>(List.of(input, constant(graph, layer.weight())));
        if (layer.bias() != null) {
            gemmInputs.add(constant(graph, layer.bias()));
        }
        DenseLayer.Activation f = layer.activation();
        String x = emit(graph, "Gemm", prefix + ".linear", gemmInputs, f == DenseLayer.Activation.IDENTITY ? out : null,
                OnnxGraph.Attribute.of("transB", 1L));
        List<String> in = List.of(x);
        return switch (f) {
            case IDENTITY -> x;
            case RELU -> emit(graph, "Relu", prefix + ".relu", in, out);
            case TANH -> emit(graph, "Tanh", prefix + ".tanh", in, out);
            case SIGMOID -> emit(graph, "Sigmoid", prefix + ".sigmoid", in, out);
            case LEAKY_RELU -> emit(graph, "LeakyRelu", prefix + ".leaky_relu", in, out, OnnxGraph.Attribute.of("alpha", layer.alpha()));
            case ELU -> emit(graph, "Elu", prefix + ".elu", in, out, OnnxGraph.Attribute.of("alpha", layer.alpha()));
            case SOFTMAX -> emit(graph, "Softmax", prefix + ".softmax", in, out, OnnxGraph.Attribute.of("axis", 1L));
            case GELU -> gelu(graph, x, prefix, out);
        };
    }

    private static String gelu(OnnxGraph graph, String x, String prefix, String out) {
        String sqrt2 = scalar(graph, prefix + ".gelu.sqrt2", (float) Math.sqrt(2.0));
        String one = scalar(graph, prefix + ".gelu.one", 1f);
        String half = scalar(graph, prefix + ".gelu.half", 0.5f);
        String scaled = graph.op("Div", prefix + ".gelu.scaled", List.of(x, sqrt2));
        String erf = graph.op("Erf", prefix + ".gelu.erf", List.of(scaled));
        String onePlus = graph.op("Add", prefix + ".gelu.one_plus", List.of(erf, one));
        String product = graph.op("Mul", prefix + ".gelu.product", List.of(x, onePlus));
        return emit(graph, "Mul", prefix + ".gelu", List.of(product, half), out);
    }

    /** A node writing {@code out}, or a fresh value named after {@code hint} when {@code out} is {@code null}. */
    private static String emit(OnnxGraph graph, String opType, String hint, List<String> in, String out,
                               OnnxGraph.Attribute... attributes) {
        return out == null ? graph.op(opType, hint, in, attributes) : graph.node("", opType, out, in, attributes);
    }

    private static String constant(OnnxGraph graph, NamedArray array) {
        return graph.floats(array.name(), array.shape(), array.data());
    }

    private static String scalar(OnnxGraph graph, String name, float value) {
        return graph.floats(name, new int[0], new float[] {value});
    }
}
