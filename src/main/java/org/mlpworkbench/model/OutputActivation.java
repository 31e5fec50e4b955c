package org.mlpworkbench.model;

/** The function applied to the output layer's logits to give probabilities or values. */
public enum OutputActivation {
    /** One independent probability per output. */
    SIGMOID,
    /** Probabilities over mutually exclusive classes that sum to 1 (needs at least two outputs). */
    SOFTMAX,
    /** The logits themselves, for unbounded regression targets. */
    IDENTITY
}
