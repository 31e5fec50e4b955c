package org.mlpworkbench.model;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A mutable single-precision network being trained: live parameter and gradient tensors (in
 * {@link ParameterLayout} order) and preallocated buffers for batches of up to
 * {@link #batchCapacity()} rows. The trainer drives it batch by batch and turns it into an immutable
 * {@link Mlp} with {@link #toModel()}. Not thread-safe.
 */
public final class Network {

    private final MlpSpec spec;
    private final ParameterLayout layout;
    private final Engine<float[]> engine;

    private Network(MlpSpec spec, List<float[]> parameters, int batchCapacity, long dropoutSeed) {
        this.spec = spec;
        this.layout = ParameterLayout.of(spec);
        this.engine = new Engine<>(spec, FloatKernels.INSTANCE, parameters, batchCapacity, true,
                new SplittableRandom(dropoutSeed));
    }

    /** A freshly initialised network (see {@link Initializer}); {@code seed} fixes weights and dropout masks. */
    public static Network initialize(MlpSpec spec, long seed, int batchCapacity) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom initRandom = root.split();
        SplittableRandom dropoutRandom = root.split();
        return new Network(spec, Initializer.initialParameters(spec, initRandom), batchCapacity,
                dropoutRandom.nextLong());
    }

    /** A trainable copy of a model's parameters; {@code seed} fixes the dropout masks. */
    public static Network from(Mlp model, long seed, int batchCapacity) {
        return new Network(model.spec(), model.tensorCopies(), batchCapacity, new SplittableRandom(seed).nextLong());
    }

    public MlpSpec spec() {
        return spec;
    }

    public ParameterLayout layout() {
        return layout;
    }

    public int batchCapacity() {
        return engine.capacity();
    }

    /** The live parameter tensors, in layout order; optimizers update them in place. */
    public List<float[]> parameters() {
        return engine.parameters();
    }

    /** The live gradient tensors of the last {@link #computeGradients}, in layout order. */
    public List<float[]> gradients() {
        return engine.gradients();
    }

    /**
     * Training step without the update: forward in training mode (dropout on), loss and gradients
     * of {@code loss + L2 penalty}. {@code x} holds {@code rows × inputs}, {@code y} {@code rows × outputs}
     * values, row-major from index 0. Returns the mean data loss (without the penalty).
     */
    public double computeGradients(float[] x, float[] y, int rows) {
        engine.forward(x, rows, true);
        double loss = engine.evaluate(y, rows, true);
        engine.backward(x, rows);
        return loss;
    }

    /** Inference-mode forward (no dropout); returns the mean data loss, or NaN when {@code y} is null. */
    public double evaluate(float[] x, float[] y, int rows) {
        engine.forward(x, rows, false);
        return engine.evaluate(y, rows, false);
    }

    /**
     * Outputs (probabilities or values) of the last {@link #computeGradients} or {@link #evaluate},
     * {@code rows × outputs}; a live buffer, valid until the next call.
     */
    public double[] outputs() {
        return engine.outputs();
    }

    /** The L2 penalty {@code l2/2 · Σ w²} of the current weights. */
    public double penalty() {
        return engine.penalty();
    }

    /** Copies all parameters into {@code flat} (length {@link ParameterLayout#size()}), in layout order. */
    public void copyParametersTo(float[] flat) {
        List<ParameterLayout.Entry> entries = layout.entries();
        for (int i = 0; i < entries.size(); i++) {
            System.arraycopy(parameters().get(i), 0, flat, entries.get(i).offset(), entries.get(i).size());
        }
    }

    /** Overwrites all parameters from a flat vector written by {@link #copyParametersTo}. */
    public void copyParametersFrom(float[] flat) {
        List<ParameterLayout.Entry> entries = layout.entries();
        for (int i = 0; i < entries.size(); i++) {
            System.arraycopy(flat, entries.get(i).offset(), parameters().get(i), 0, entries.get(i).size());
        }
    }

    /** An immutable model holding a copy of the current parameters. */
    public Mlp toModel() {
        return Mlp.fromTensors(spec, parameters());
    }
}
