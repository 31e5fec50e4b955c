package org.mlpworkbench.model;

import java.util.List;
import java.util.Objects;

/**
 * The architecture of a multi-layer perceptron: {@code inputs → hidden widths… → outputs}, one hidden
 * activation for the whole model, the output activation and loss (by default those of the task, see
 * {@link TaskKind#explanation()}), bias on or off for every layer, inverted dropout after each hidden
 * activation (training only), and an L2 penalty {@code l2/2 · Σ w²} on the weights (not the biases)
 * that is part of the training objective. The classic Titanic net is
 * {@code MlpSpec.forTask(BINARY, 10, List.of(128), 1).withBias(false)}.
 */
public record MlpSpec(TaskKind task, int inputs, List<Integer> hiddenWidths, int outputs, Activation activation,
                      OutputActivation outputActivation, LossFunction loss, boolean bias, double dropout, double l2) {

    public MlpSpec {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(outputActivation, "outputActivation");
        Objects.requireNonNull(loss, "loss");
        hiddenWidths = List.copyOf(hiddenWidths);
        if (inputs < 1) {
            throw new IllegalArgumentException("the network needs at least one input feature, got " + inputs);
        }
        if (outputs < 1) {
            throw new IllegalArgumentException("the network needs at least one output, got " + outputs);
        }
        for (int i = 0; i < hiddenWidths.size(); i++) {
            if (hiddenWidths.get(i) < 1) {
                throw new IllegalArgumentException("hidden layer " + (i + 1) + " has width " + hiddenWidths.get(i)
                        + "; every hidden layer needs at least one unit");
            }
        }
        long parameters = parameterCount(inputs, hiddenWidths, outputs, bias);
        if (parameters > MAX_PARAMETERS) {
            throw new IllegalArgumentException("the network " + shape(inputs, hiddenWidths, outputs) + " would have "
                    + String.format(java.util.Locale.ROOT, "%,d", parameters) + " parameters (" + gigabytes(parameters * (double) Float.BYTES)
                    + " of float32 weights); one network holds at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_PARAMETERS)
                    + " — choose smaller hidden layers");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + dropout);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("L2 penalty must be a finite number >= 0, got " + l2);
        }
        if (!loss.isCompatibleWith(outputActivation)) {
            throw new IllegalArgumentException(loss + " needs a " + (loss == LossFunction.CROSS_ENTROPY
                    ? "softmax" : "sigmoid") + " output, not " + outputActivation);
        }
        if (outputActivation == OutputActivation.SOFTMAX && outputs < 2) {
            throw new IllegalArgumentException("a softmax output needs at least two outputs (one per class), got "
                    + outputs);
        }
        if (task == TaskKind.BINARY && outputs != 1) {
            throw new IllegalArgumentException("a binary task has one output (the probability of the positive class), got "
                    + outputs);
        }
    }

    /** The most parameters a network may have: they are indexed by {@code int} and held in Java arrays. */
    public static final long MAX_PARAMETERS = Integer.MAX_VALUE;

    /** The number of parameters of such a network, counted without overflow ({@code Long.MAX_VALUE} beyond it). */
    public static long parameterCount(int inputs, List<Integer> hiddenWidths, int outputs, boolean bias) {
        long count = 0;
        long previous = inputs;
        try {
            for (int layer = 0; layer <= hiddenWidths.size(); layer++) {
                long width = layer < hiddenWidths.size() ? hiddenWidths.get(layer) : outputs;
                count = Math.addExact(count, Math.addExact(Math.multiplyExact(previous, width), bias ? width : 0));
                previous = width;
            }
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
        return count;
    }

    /** The number of parameters (weights and biases). */
    public long parameterCount() {
        return parameterCount(inputs, hiddenWidths, outputs, bias);
    }

    /** {@code 1.5 GB}, {@code 40.0 GB}: a byte count for messages about memory. */
    public static String gigabytes(double bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1e9);
    }

    private static String shape(int inputs, List<Integer> hiddenWidths, int outputs) {
        StringBuilder text = new StringBuilder().append(inputs);
        hiddenWidths.forEach(w -> text.append(" → ").append(w));
        return text.append(" → ").append(outputs).toString();
    }

    /** The task's default output activation and loss, ReLU hidden layers with bias, no dropout, no L2. */
    public static MlpSpec forTask(TaskKind task, int inputs, List<Integer> hiddenWidths, int outputs) {
        return new MlpSpec(task, inputs, hiddenWidths, outputs, Activation.RELU, task.defaultOutputActivation(),
                task.defaultLoss(), true, 0.0, 0.0);
    }

    public MlpSpec withActivation(Activation newActivation) {
        return new MlpSpec(task, inputs, hiddenWidths, outputs, newActivation, outputActivation, loss, bias, dropout, l2);
    }

    /** Overrides the task's default output activation and loss (they are checked to be compatible). */
    public MlpSpec withOutput(OutputActivation newOutput, LossFunction newLoss) {
        return new MlpSpec(task, inputs, hiddenWidths, outputs, activation, newOutput, newLoss, bias, dropout, l2);
    }

    public MlpSpec withBias(boolean newBias) {
        return new MlpSpec(task, inputs, hiddenWidths, outputs, activation, outputActivation, loss, newBias, dropout, l2);
    }

    public MlpSpec withDropout(double newDropout) {
        return new MlpSpec(task, inputs, hiddenWidths, outputs, activation, outputActivation, loss, bias, newDropout, l2);
    }

    public MlpSpec withL2(double newL2) {
        return new MlpSpec(task, inputs, hiddenWidths, outputs, activation, outputActivation, loss, bias, dropout, newL2);
    }

    /** Number of dense layers (hidden layers plus the output layer). */
    public int layerCount() {
        return hiddenWidths.size() + 1;
    }

    /** Width of the input of dense layer {@code layer} (0 = first hidden layer). */
    public int layerInputs(int layer) {
        return layer == 0 ? inputs : hiddenWidths.get(layer - 1);
    }

    /** Width of the output of dense layer {@code layer}. */
    public int layerOutputs(int layer) {
        return layer == hiddenWidths.size() ? outputs : hiddenWidths.get(layer);
    }

    /** A readable summary such as {@code 10 → 128 ReLU → 1 sigmoid (BCE, no bias)}. */
    public String describe() {
        StringBuilder text = new StringBuilder().append(inputs);
        for (int width : hiddenWidths) {
            text.append(" → ").append(width).append(' ').append(activation.displayName());
        }
        text.append(" → ").append(outputs).append(' ').append(outputActivation.name().toLowerCase())
                .append(" (").append(loss.name().toLowerCase().replace('_', ' '))
                .append(bias ? "" : ", no bias")
                .append(dropout > 0 ? ", dropout " + dropout : "")
                .append(l2 > 0 ? ", L2 " + l2 : "")
                .append(')');
        return text.toString();
    }
}
