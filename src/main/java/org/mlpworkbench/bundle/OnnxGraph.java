package org.mlpworkbench.bundle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ONNX graph being built, serialized as a {@code ModelProto} (IR version 8; default opset 17, plus
 * {@code ai.onnx.ml} version 3 when a node of that domain is used). Every value gets a unique name:
 * graph inputs and outputs keep the exact name they are {@linkplain #reserve reserved} under (a clash is
 * an error naming both), every other value is named from a hint with a numeric suffix when the hint is
 * taken. Matrices have a symbolic first dimension {@code batch}. Field numbers follow {@code onnx.proto}.
 */
final class OnnxGraph {
    static final long IR_VERSION = 8;
    static final long OPSET = 17;
    static final String ML_DOMAIN = "ai.onnx.ml";
    static final long ML_OPSET = 3;

    /** Tensor element types, with their {@code TensorProto.DataType} codes. */
    enum Type {
        FLOAT(1), INT64(7), STRING(8), BOOL(9), DOUBLE(11);

        final int code;

        Type(int code) {
            this.code = code;
        }
    }

    /** One node attribute, already encoded ({@code AttributeProto}). */
    record Attribute(ProtoWriter proto) {
        static Attribute of(String name, long value) {
            return new Attribute(new ProtoWriter().string(1, name).varint(3, value).varint(20, 2));
        }

        static Attribute of(String name, float value) {
            return new Attribute(new ProtoWriter().string(1, name).float32(2, value).varint(20, 1));
        }

        static Attribute of(String name, String value) {
            return new Attribute(new ProtoWriter().string(1, name).string(4, value).varint(20, 3));
        }

        static Attribute floats(String name, float[] values) {
            ProtoWriter p = new ProtoWriter().string(1, name);
            for (float v : values) {
                p.float32(7, v);
            }
            return new Attribute(p.varint(20, 6));
        }

        static Attribute ints(String name, long[] values) {
            ProtoWriter p = new ProtoWriter().string(1, name);
            for (long v : values) {
                p.varint(8, v);
            }
            return new Attribute(p.varint(20, 7));
        }

        static Attribute strings(String name, List<String> values) {
            ProtoWriter p = new ProtoWriter().string(1, name);
            values.forEach(v -> p.string(9, v));
            return new Attribute(p.varint(20, 8));
        }
    }

    private final Set<String> names = new HashSet<>();
    private final Set<String> domains = new LinkedHashSet<>();
    private final List<ProtoWriter> nodes = new ArrayList<>();
    private final List<ProtoWriter> initializers = new ArrayList<>();
    private final List<ProtoWriter> inputs = new ArrayList<>();
    private final List<ProtoWriter> outputs = new ArrayList<>();

    /**
     * Claims {@code name} exactly, for a graph input or output.
     *
     * @throws IllegalArgumentException when the name is already used, saying what by
     */
    String reserve(String name, String what) {
        if (!names.add(name)) {
            throw new IllegalArgumentException(what + " cannot be called '" + name + "': another input or output of the"
                    + " ONNX graph has that name");
        }
        return name;
    }

    /** A new value name made from {@code hint}. */
    String fresh(String hint) {
        String name = hint;
        for (int i = 2; !names.add(name); i++) {
            name = hint + "_" + i;
        }
        return name;
    }

    /** Declares the reserved {@code name} a graph input of shape {@code [batch, width]}. */
    void input(String name, Type type, int width) {
        inputs.add(valueInfo(name, type, width));
    }

    /** Declares the value {@code name} (reserved, and the output of a node) a graph output of shape {@code [batch, width]}. */
    void output(String name, Type type, int width) {
        outputs.add(valueInfo(name, type, width));
    }

    /** Adds a node of the default domain writing a fresh value named after {@code hint}; returns that name. */
    String op(String opType, String hint, List<String> in, Attribute... attributes) {
        return node("", opType, fresh(hint), in, attributes);
    }

    /** Adds a node of {@code domain} ({@code ""}: the default) writing the value {@code out}; returns it. */
    String node(String domain, String opType, String out, List<String> in, Attribute... attributes) {
        ProtoWriter node = new ProtoWriter();
        in.forEach(i -> node.string(1, i));
        node.string(2, out).string(3, out).string(4, opType);
        for (Attribute a : attributes) {
            node.message(5, a.proto());
        }
        if (!domain.isEmpty()) {
            node.string(7, domain);
            domains.add(domain);
        }
        nodes.add(node);
        return out;
    }

    /** A float32 constant named after {@code hint} ({@code shape} empty: a scalar). */
    String floats(String hint, int[] shape, float[] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        return constant(hint, Type.FLOAT, shape, raw.array());
    }

    /** A float64 constant. */
    String doubles(String hint, int[] shape, double[] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asDoubleBuffer().put(values);
        return constant(hint, Type.DOUBLE, shape, raw.array());
    }

    /** An int64 constant. */
    String int64s(String hint, int[] shape, long[] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asLongBuffer().put(values);
        return constant(hint, Type.INT64, shape, raw.array());
    }

    private String constant(String hint, Type type, int[] shape, byte[] raw) {
        String name = fresh(hint);
        ProtoWriter tensor = new ProtoWriter();
        if (shape.length > 0) {
            long[] dims = new long[shape.length];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = shape[i];
            }
            tensor.packedVarints(1, dims);
        }
        initializers.add(tensor.varint(2, type.code).string(8, name).bytes(9, raw));
        return name;
    }

    /** The serialized model: this graph called {@code graphName}, with {@code metadata} as its {@code metadata_props}. */
    byte[] model(String graphName, String producerVersion, Map<String, String> metadata) {
        ProtoWriter graph = new ProtoWriter();
        nodes.forEach(n -> graph.message(1, n));
        graph.string(2, graphName);
        initializers.forEach(t -> graph.message(5, t));
        inputs.forEach(i -> graph.message(11, i));
        outputs.forEach(o -> graph.message(12, o));
        ProtoWriter model = new ProtoWriter()
                .varint(1, IR_VERSION)
                .string(2, "MLP Workbench")
                .string(3, producerVersion)
                .message(7, graph)
                .message(8, new ProtoWriter().string(1, "").varint(2, OPSET));
        if (domains.contains(ML_DOMAIN)) {
            model.message(8, new ProtoWriter().string(1, ML_DOMAIN).varint(2, ML_OPSET));
        }
        metadata.forEach((key, val) -> model.message(14, new ProtoWriter().string(1, key).string(2, val)));
        return model.toByteArray();
    }

    private static ProtoWriter valueInfo(String name, Type type, int width) {
        ProtoWriter shape = new ProtoWriter()
                .message(1, new ProtoWriter().string(2, "batch"))
                .message(1, new ProtoWriter().varint(1, width));
        ProtoWriter tensorType = new ProtoWriter().varint(1, type.code).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
    }
}
