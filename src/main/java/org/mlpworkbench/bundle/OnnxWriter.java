package org.mlpworkbench.bundle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encodes a stack of dense layers as an ONNX model (IR version 8, default opset 17): input
 * {@code [batch, features]} float32 with a dynamic batch dimension, one {@code Gemm} per layer
 * ({@code transB=1}, so weights keep the PyTorch {@code [out, in]} layout; no {@code C} input for a
 * layer without bias), then the layer's activation. GELU is the exact form
 * {@code 0.5·x·(1 + erf(x/√2))} built from {@code Div}, {@code Erf}, {@code Add}, {@code Mul}, since
 * opset 17 has no GELU operator. Softmax runs over axis 1. Field numbers follow {@code onnx.proto}.
 */
final class OnnxWriter {
    static final long IR_VERSION = 8;
    static final long OPSET = 17;
    private static final int FLOAT = 1;
    private static final int ATTRIBUTE_FLOAT = 1;
    private static final int ATTRIBUTE_INT = 2;

    private record Attribute(String name, int type, float f, long i) {
    }

    private record Node(String opType, List<String> inputs, String output, List<Attribute> attributes) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<NamedArray> initializers = new ArrayList<>();

    private OnnxWriter() {
    }

    /**
     * The serialized {@code ModelProto}.
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
        OnnxWriter writer = new OnnxWriter();
        String value = inputName;
        for (int i = 0; i < layers.size(); i++) {
            value = writer.layer(layers.get(i), i, value);
        }
        int width = layers.get(layers.size() - 1).outputs();
        if (outputScale != null) {
            writer.initializers.add(new NamedArray("output.scale", new int[] {width}, outputScale));
            value = writer.node("Mul", List.of(value, "output.scale"), "output.scaled", List.of());
        }
        if (outputShift != null) {
            writer.initializers.add(new NamedArray("output.shift", new int[] {width}, outputShift));
            writer.node("Add", List.of(value, "output.shift"), "output.shifted", List.of());
        }
        Node last = writer.nodes.remove(writer.nodes.size() - 1);
        writer.nodes.add(new Node(last.opType, last.inputs, outputName, last.attributes));

        int inputWidth = layers.get(0).inputs();
        int outputWidth = layers.get(layers.size() - 1).outputs();
        ProtoWriter graph = new ProtoWriter();
        for (Node node : writer.nodes) {
            graph.message(1, encode(node));
        }
        graph.string(2, "mlp");
        for (NamedArray tensor : writer.initializers) {
            graph.message(5, encode(tensor));
        }
        graph.message(11, valueInfo(inputName, inputWidth));
        graph.message(12, valueInfo(outputName, outputWidth));

        ProtoWriter model = new ProtoWriter()
                .varint(1, IR_VERSION)
                .string(2, "MLP Workbench")
                .string(3, producerVersion)
                .message(7, graph)
                .message(8, new ProtoWriter().string(1, "").varint(2, OPSET));
        metadata.forEach((key, val) -> model.message(14, new ProtoWriter().string(1, key).string(2, val)));
        return model.toByteArray();
    }

    private String layer(DenseLayer layer, int index, String input) {
        String prefix = "layers." + index;
        initializers.add(layer.weight());
        List<String> gemmInputs = new ArrayList<>(List.of(input, layer.weight().name()));
        if (layer.bias() != null) {
            initializers.add(layer.bias());
            gemmInputs.add(layer.bias().name());
        }
        String x = node("Gemm", gemmInputs, prefix + ".linear", List.of(new Attribute("transB", ATTRIBUTE_INT, 0, 1)));
        return switch (layer.activation()) {
            case IDENTITY -> x;
            case RELU -> node("Relu", List.of(x), prefix + ".relu", List.of());
            case TANH -> node("Tanh", List.of(x), prefix + ".tanh", List.of());
            case SIGMOID -> node("Sigmoid", List.of(x), prefix + ".sigmoid", List.of());
            case LEAKY_RELU -> node("LeakyRelu", List.of(x), prefix + ".leaky_relu",
                    List.of(new Attribute("alpha", ATTRIBUTE_FLOAT, layer.alpha(), 0)));
            case ELU -> node("Elu", List.of(x), prefix + ".elu", List.of(new Attribute("alpha", ATTRIBUTE_FLOAT, layer.alpha(), 0)));
            case SOFTMAX -> node("Softmax", List.of(x), prefix + ".softmax", List.of(new Attribute("axis", ATTRIBUTE_INT, 0, 1)));
            case GELU -> gelu(x, prefix);
        };
    }

    private String gelu(String x, String prefix) {
        String sqrt2 = constant(prefix + ".gelu.sqrt2", (float) Math.sqrt(2.0));
        String one = constant(prefix + ".gelu.one", 1f);
        String half = constant(prefix + ".gelu.half", 0.5f);
        String scaled = node("Div", List.of(x, sqrt2), prefix + ".gelu.scaled", List.of());
        String erf = node("Erf", List.of(scaled), prefix + ".gelu.erf", List.of());
        String onePlus = node("Add", List.of(erf, one), prefix + ".gelu.one_plus", List.of());
        String product = node("Mul", List.of(x, onePlus), prefix + ".gelu.product", List.of());
        return node("Mul", List.of(product, half), prefix + ".gelu", List.of());
    }

    private String constant(String name, float value) {
        initializers.add(new NamedArray(name, new int[0], new float[] {value}));
        return name;
    }

    private String node(String opType, List<String> inputs, String output, List<Attribute> attributes) {
        nodes.add(new Node(opType, inputs, output, attributes));
        return output;
    }

    private static ProtoWriter encode(Node node) {
        ProtoWriter proto = new ProtoWriter();
        node.inputs().forEach(input -> proto.string(1, input));
        proto.string(2, node.output()).string(3, node.output()).string(4, node.opType());
        for (Attribute a : node.attributes()) {
            ProtoWriter attribute = new ProtoWriter().string(1, a.name());
            if (a.type() == ATTRIBUTE_FLOAT) {
                attribute.float32(2, a.f());
            } else {
                attribute.varint(3, a.i());
            }
            proto.message(5, attribute.varint(20, a.type()));
        }
        return proto;
    }

    private static ProtoWriter encode(NamedArray tensor) {
        long[] dims = new long[tensor.shape().length];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = tensor.shape()[i];
        }
        ByteBuffer raw = ByteBuffer.allocate(tensor.size() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(tensor.data());
        ProtoWriter proto = new ProtoWriter();
        if (dims.length > 0) {
            proto.packedVarints(1, dims);
        }
        return proto.varint(2, FLOAT).string(8, tensor.name()).bytes(9, raw.array());
    }

    private static ProtoWriter valueInfo(String name, int width) {
        ProtoWriter shape = new ProtoWriter()
                .message(1, new ProtoWriter().string(2, "batch"))
                .message(1, new ProtoWriter().varint(1, width));
        ProtoWriter tensorType = new ProtoWriter().varint(1, FLOAT).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
    }
}
