package org.mlpworkbench.train;

import java.util.List;
import org.mlpworkbench.model.Network;
import org.mlpworkbench.model.ParameterLayout;

/**
 * Applies one optimizer step to a network's live parameter tensors from its gradient tensors.
 * State (momentum buffers, Adam moments) is preallocated per tensor; a step allocates nothing.
 */
abstract sealed class ParameterUpdater permits SgdUpdater, AdamUpdater {

    protected final List<float[]> parameters;
    protected final List<float[]> gradients;
    protected final boolean[] isWeight;

    protected ParameterUpdater(Network network) {
        this.parameters = network.parameters();
        this.gradients = network.gradients();
        List<ParameterLayout.Entry> entries = network.layout().entries();
        this.isWeight = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            isWeight[i] = entries.get(i).weight();
        }
    }

    static ParameterUpdater create(Network network, TrainConfig config) {
        return switch (config.optimizer()) {
            case SGD -> new SgdUpdater(network, config.momentum(), config.nesterov());
            case ADAM -> new AdamUpdater(network, config.beta1(), config.beta2(), config.epsilon(), 0);
            case ADAMW -> new AdamUpdater(network, config.beta1(), config.beta2(), config.epsilon(), config.weightDecay());
        };
    }

    /** Updates every parameter with the current gradients and the given learning rate. */
    abstract void step(double learningRate);
}
