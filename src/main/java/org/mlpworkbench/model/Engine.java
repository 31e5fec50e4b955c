package org.mlpworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Forward and backward passes of an MLP over preallocated buffers for up to {@code capacity} rows,
 * written once for both precisions through {@link Kernels}. Layer {@code l} computes
 * {@code z = a_(l-1) · W_lᵀ + b_l} (the bias is written into {@code z} first and the product added
 * by the same BLAS call) and, for hidden layers, {@code a_l = dropout(act(z))}; the last
 * layer's {@code z} are the logits handed to {@link OutputLoss}. Nothing is allocated per batch.
 * Not thread-safe: one engine per thread.
 *
 * @param <A> the array type ({@code float[]} or {@code double[]})
 */
final class Engine<A> {

    private final MlpSpec spec;
    private final Kernels<A> kernels;
    private final int layers;
    private final int capacity;
    private final List<A> parameters;
    private final List<A> gradients;
    private final List<A> preActivations = new ArrayList<>();
    private final List<A> activations = new ArrayList<>();
    private final List<A> masks = new ArrayList<>();
    private final A deltaA;
    private final A deltaB;
    private final A logitGradient;
    private final double[] logits;
    private final double[] targets;
    private final double[] outputs;
    private final double[] outputGradient;
    private final RandomGenerator dropoutRandom;
    private boolean masksDrawn;

    /**
     * @param parameters    tensors in {@link ParameterLayout} order; used in place, never copied
     * @param trainable     allocate gradient buffers and allow {@link #backward}
     * @param dropoutRandom random source for dropout masks (used only in training mode)
     */
    Engine(MlpSpec spec, Kernels<A> kernels, List<A> parameters, int capacity, boolean trainable,
           RandomGenerator dropoutRandom) {
        if (capacity < 1) {
            throw new IllegalArgumentException("batch capacity must be at least 1, got " + capacity);
        }
        this.spec = spec;
        this.kernels = kernels;
        this.layers = spec.layerCount();
        this.capacity = capacity;
        this.parameters = List.copyOf(parameters);
        this.dropoutRandom = dropoutRandom;
        int widest = spec.inputs();
        for (int l = 0; l < layers; l++) {
            int width = spec.layerOutputs(l);
            widest = Math.max(widest, width);
            preActivations.add(kernels.allocate(capacity * width));
            boolean hidden = l < layers - 1;
            activations.add(hidden ? kernels.allocate(capacity * width) : null);
            masks.add(hidden && spec.dropout() > 0 ? kernels.allocate(capacity * width) : null);
        }
        int outputSize = capacity * spec.outputs();
        logits = new double[outputSize];
        targets = new double[outputSize];
        outputs = new double[outputSize];
        if (trainable) {
            gradients = new ArrayList<>();
            for (ParameterLayout.Entry entry : ParameterLayout.of(spec).entries()) {
                gradients.add(kernels.allocate(entry.size()));
            }
            deltaA = kernels.allocate(capacity * widest);
            deltaB = kernels.allocate(capacity * widest);
            logitGradient = kernels.allocate(outputSize);
            outputGradient = new double[outputSize];
        } else {
            gradients = null;
            deltaA = null;
            deltaB = null;
            logitGradient = null;
            outputGradient = null;
        }
    }

    int capacity() {
        return capacity;
    }

    List<A> parameters() {
        return parameters;
    }

    List<A> gradients() {
        return gradients;
    }

    /** Outputs (probabilities or values) of the last {@link #evaluate}, {@code rows × outputs}. */
    double[] outputs() {
        return outputs;
    }

    /** Pre-activations {@code z} of a layer from the last forward pass (for gradient checks). */
    A preActivation(int layer) {
        return preActivations.get(layer);
    }

    private A weight(int layer) {
        return parameters.get(spec.bias() ? 2 * layer : layer);
    }

    private A bias(int layer) {
        return spec.bias() ? parameters.get(2 * layer + 1) : null;
    }

    /** Runs the layers on {@code rows} rows of {@code x}; dropout is applied only when training. */
    void forward(A x, int rows, boolean training) {
        checkRows(rows);
        A input = x;
        boolean dropout = training && spec.dropout() > 0;
        for (int l = 0; l < layers; l++) {
            int in = spec.layerInputs(l);
            int out = spec.layerOutputs(l);
            A z = preActivations.get(l);
            if (spec.bias()) {
                kernels.broadcastRows(bias(l), z, rows, out);
            }
            kernels.gemm(false, true, rows, out, in, input, weight(l), z, spec.bias());
            A activated = activations.get(l);
            if (activated != null) {
                kernels.activate(z, activated, rows * out, spec.activation());
                if (dropout) {
                    kernels.dropout(activated, masks.get(l), rows * out, spec.dropout(), dropoutRandom);
                }
            }
            input = activated;
        }
        masksDrawn = dropout;
    }

    /**
     * Computes the outputs from the logits of the last {@link #forward} and, when {@code y} is given,
     * returns the mean data loss (without the L2 penalty) and, when {@code withGradient}, prepares
     * the gradient for {@link #backward}. Returns NaN without targets.
     */
    double evaluate(A y, int rows, boolean withGradient) {
        int n = rows * spec.outputs();
        kernels.toDouble(preActivations.get(layers - 1), logits, n);
        double[] targetValues = null;
        if (y != null) {
            kernels.toDouble(y, targets, n);
            targetValues = targets;
        }
        double loss = OutputLoss.evaluate(spec.outputActivation(), spec.loss(), logits, targetValues,
                rows, spec.outputs(), outputs, withGradient ? outputGradient : null);
        if (withGradient) {
            kernels.fromDouble(outputGradient, logitGradient, n);
        }
        return loss;
    }

    /** Back-propagates the gradient prepared by {@link #evaluate} into {@link #gradients()}, L2 included. */
    void backward(A x, int rows) {
        A delta = logitGradient;
        A spare = deltaA;
        for (int l = layers - 1; l >= 0; l--) {
            int in = spec.layerInputs(l);
            int out = spec.layerOutputs(l);
            A previous = l == 0 ? x : activations.get(l - 1);
            int weightIndex = spec.bias() ? 2 * l : l;
            A weightGradient = gradients.get(weightIndex);
            kernels.gemm(true, false, out, in, rows, delta, previous, weightGradient, false);
            if (spec.l2() > 0) {
                kernels.addL2(weight(l), weightGradient, out * in, spec.l2());
            }
            if (spec.bias()) {
                kernels.columnSums(delta, rows, out, gradients.get(weightIndex + 1));
            }
            if (l > 0) {
                kernels.gemm(false, false, rows, in, out, delta, weight(l), spare, false);
                kernels.activationBackward(spare, preActivations.get(l - 1), masksDrawn ? masks.get(l - 1) : null,
                        rows * in, spec.activation());
                A used = delta;
                delta = spare;
                spare = used == logitGradient ? deltaB : used;
            }
        }
    }

    /** The L2 penalty {@code l2/2 · Σ w²} over all weights (0 without L2). */
    double penalty() {
        if (spec.l2() == 0) {
            return 0;
        }
        double total = 0;
        for (int l = 0; l < layers; l++) {
            total += kernels.addL2(weight(l), null, spec.layerOutputs(l) * spec.layerInputs(l), spec.l2());
        }
        return total;
    }

    private void checkRows(int rows) {
        if (rows < 1 || rows > capacity) {
            throw new IllegalArgumentException("batch of " + rows + " rows does not fit capacity " + capacity);
        }
    }
}
