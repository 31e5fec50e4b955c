package org.mlpworkbench.bundle;

/** The element-wise functions (and softmax) that the ONNX writer can place after a dense layer. */
enum OnnxActivation {
    IDENTITY, RELU, LEAKY_RELU, TANH, SIGMOID, ELU, GELU, SOFTMAX
}
