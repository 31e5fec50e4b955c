package org.mlpworkbench.model;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.Matrix;

/**
 * An immutable trained multi-layer perceptron: its {@link MlpSpec} and its parameters (named as in
 * {@link NamedParameter}). {@link #predict} is thread-safe: each call uses its own buffers.
 */
public final class Mlp {

    private static final int PREDICT_CHUNK_ROWS = 1024;

    private final MlpSpec spec;
    private final List<float[]> tensors;

    private Mlp(MlpSpec spec, List<float[]> tensors) {
        this.spec = spec;
        this.tensors = tensors;
    }

    /** A model from copies of tensors in layout order (no checks beyond sizes). */
    static Mlp fromTensors(MlpSpec spec, List<float[]> source) {
        List<ParameterLayout.Entry> entries = ParameterLayout.of(spec).entries();
        List<float[]> copies = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (source.get(i).length != entries.get(i).size()) {
                throw new IllegalArgumentException("tensor " + entries.get(i).name() + " has "
                        + source.get(i).length + " values, expected " + entries.get(i).size());
            }
            copies.add(source.get(i).clone());
        }
        return new Mlp(spec, List.copyOf(copies));
    }

    /**
     * Builds a model from a spec and its parameters (e.g. read from an export). Every tensor the spec
     * needs must be present exactly once, with the expected shape; no other may be.
     */
    public static Mlp of(MlpSpec spec, List<NamedParameter> parameters) {
        List<ParameterLayout.Entry> entries = ParameterLayout.of(spec).entries();
        if (parameters.size() != entries.size()) {
            throw new IllegalArgumentException("the spec " + spec.describe() + " has " + entries.size()
                    + " parameter tensors, got " + parameters.size());
        }
        List<float[]> tensors = new ArrayList<>();
        for (ParameterLayout.Entry entry : entries) {
            NamedParameter match = parameters.stream().filter(p -> p.name().equals(entry.name())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("missing parameter " + entry.name()));
            if (!java.util.Arrays.equals(match.shape(), entry.shape())) {
                throw new IllegalArgumentException("parameter " + entry.name() + " has shape "
                        + java.util.Arrays.toString(match.shape()) + ", expected " + java.util.Arrays.toString(entry.shape()));
            }
            tensors.add(match.values());
        }
        return new Mlp(spec, List.copyOf(tensors));
    }

    public MlpSpec spec() {
        return spec;
    }

    /** All parameters, in layout order, as copies. */
    public List<NamedParameter> parameters() {
        List<ParameterLayout.Entry> entries = ParameterLayout.of(spec).entries();
        List<NamedParameter> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            out.add(new NamedParameter(entries.get(i).name(), entries.get(i).shape(), tensors.get(i)));
        }
        return out;
    }

    public int parameterCount() {
        return ParameterLayout.of(spec).size();
    }

    List<float[]> tensorCopies() {
        List<float[]> copies = new ArrayList<>();
        for (float[] tensor : tensors) {
            copies.add(tensor.clone());
        }
        return copies;
    }

    /**
     * Probabilities (sigmoid, softmax) or values (identity) for each row of {@code features}
     * ({@code rows × inputs}); returns {@code rows × outputs}.
     */
    public Matrix predict(Matrix features) {
        if (features.cols() != spec.inputs()) {
            throw new IllegalArgumentException("the model expects " + spec.inputs() + " feature columns, got "
                    + features.cols());
        }
        int rows = features.rows();
        float[] result = new float[rows * spec.outputs()];
        if (rows == 0) {
            return new Matrix(0, spec.outputs(), result);
        }
        int chunk = Math.min(rows, PREDICT_CHUNK_ROWS);
        Engine<float[]> engine = new Engine<>(spec, FloatKernels.INSTANCE, tensors, chunk, false, null);
        float[] input = new float[chunk * spec.inputs()];
        for (int start = 0; start < rows; start += chunk) {
            int count = Math.min(chunk, rows - start);
            System.arraycopy(features.data(), start * spec.inputs(), input, 0, count * spec.inputs());
            engine.forward(input, count, false);
            engine.evaluate(null, count, false);
            double[] outputs = engine.outputs();
            int offset = start * spec.outputs();
            for (int i = 0; i < count * spec.outputs(); i++) {
                result[offset + i] = (float) outputs[i];
            }
        }
        return new Matrix(rows, spec.outputs(), result);
    }

    @Override
    public String toString() {
        return "Mlp[" + spec.describe() + ", " + parameterCount() + " parameters]";
    }
}
