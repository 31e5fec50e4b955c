package org.mlpworkbench.model;

import org.mlpworkbench.data.WorkerThread;
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
     * ({@code rows × inputs}); returns {@code rows × outputs}. Same as {@code predict(features, 0)}.
     */
    public Matrix predict(Matrix features) {
        return predict(features, 0);
    }

    /**
     * As {@link #predict(Matrix)}, for rows that start at row {@code firstRow} of a longer input. The
     * matrix products run on batches of {@value #PREDICT_CHUNK_ROWS} rows aligned to the whole input
     * (row {@code r} always sits at position {@code r % 1024} of a full batch, the rest padded with
     * zeros), because the BLAS kernels round a row differently at different positions and batch sizes:
     * so a row's outputs are the same bits however the input is cut into pieces.
     */
    public Matrix predict(Matrix features, long firstRow) {
        WorkerThread.require("predicting");
        if (features.cols() != spec.inputs()) {
            throw new IllegalArgumentException("the model expects " + spec.inputs() + " feature columns, got "
                    + features.cols());
        }
        int rows = features.rows();
        int inputs = spec.inputs();
        int outputs = spec.outputs();
        float[] result = new float[rows * outputs];
        if (rows == 0) {
            return new Matrix(0, outputs, result);
        }
        int chunk = PREDICT_CHUNK_ROWS;
        Engine<float[]> engine = new Engine<>(spec, FloatKernels.INSTANCE, tensors, chunk, false, null);
        float[] input = new float[chunk * inputs];
        int position = (int) Math.floorMod(firstRow, (long) chunk);
        for (int start = 0; start < rows; position = 0) {
            int count = Math.min(chunk - position, rows - start);
            java.util.Arrays.fill(input, 0f);
            System.arraycopy(features.data(), start * inputs, input, position * inputs, count * inputs);
            engine.forward(input, chunk, false);
            engine.evaluate(null, chunk, false);
            double[] out = engine.outputs();
            for (int i = 0; i < count * outputs; i++) {
                result[start * outputs + i] = (float) out[position * outputs + i];
            }
            start += count;
        }
        return new Matrix(rows, outputs, result);
    }

    @Override
    public String toString() {
        return "Mlp[" + spec.describe() + ", " + parameterCount() + " parameters]";
    }
}
