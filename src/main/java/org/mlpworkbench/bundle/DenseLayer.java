package org.mlpworkbench.bundle;

/**
 * One dense layer as the exports see it: {@code y = f(x · weightᵀ + bias)} with weight {@code [out, in]}
 * and bias {@code [out]} (or {@code null} for a layer without bias), {@code f} applied after it.
 * {@code alpha} is the negative slope of leaky ReLU or the α of ELU (ignored by the other functions).
 */
record DenseLayer(NamedArray weight, NamedArray bias, Activation activation, float alpha) {

    /** The functions that may follow a dense layer; softmax runs over the outputs of one row. */
    enum Activation {
        IDENTITY, RELU, LEAKY_RELU, TANH, SIGMOID, ELU, GELU, SOFTMAX
    }

    DenseLayer {
        int[] w = weight.shape();
        if (w.length != 2) {
            throw new IllegalArgumentException("weight " + weight.name() + " must be [out, in], not " + java.util.Arrays.toString(w));
        }
        if (bias != null && (bias.shape().length != 1 || bias.shape()[0] != w[0])) {
            throw new IllegalArgumentException("bias " + bias.name() + " must be [" + w[0] + "]");
        }
    }

    int inputs() {
        return weight.shape()[1];
    }

    int outputs() {
        return weight.shape()[0];
    }
}
