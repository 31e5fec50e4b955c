package org.mlpworkbench.model;

/**
 * Training losses, averaged as PyTorch averages them: binary cross-entropy and MSE over all
 * {@code rows × outputs} elements, cross-entropy over rows. Cross-entropies are computed from the
 * logits in the log-sum-exp form, so they never take {@code log(0)} and never overflow.
 */
public enum LossFunction {
    /** Needs {@link OutputActivation#SIGMOID}; targets in [0, 1]. */
    BINARY_CROSS_ENTROPY,
    /** Needs {@link OutputActivation#SOFTMAX}; each target row a probability vector (one-hot). */
    CROSS_ENTROPY,
    /** Works with every output activation (e.g. sigmoid + MSE, to see why it learns worse than BCE). */
    MSE;

    /** Whether this loss is defined on the given output activation's values. */
    public boolean isCompatibleWith(OutputActivation output) {
        return switch (this) {
            case BINARY_CROSS_ENTROPY -> output == OutputActivation.SIGMOID;
            case CROSS_ENTROPY -> output == OutputActivation.SOFTMAX;
            case MSE -> true;
        };
    }
}
