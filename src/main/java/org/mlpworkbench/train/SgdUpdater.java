package org.mlpworkbench.train;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.model.Network;

/**
 * SGD as PyTorch's {@code torch.optim.SGD} (dampening 0): {@code buf = μ·buf + g} (the first step
 * {@code buf = g}), then {@code w -= lr·buf}, or {@code w -= lr·(g + μ·buf)} with Nesterov.
 */
final class SgdUpdater extends ParameterUpdater {

    private final float momentum;
    private final boolean nesterov;
    private final List<float[]> buffers = new ArrayList<>();
    private boolean first = true;

    SgdUpdater(Network network, double momentum, boolean nesterov) {
        super(network);
        this.momentum = (float) momentum;
        this.nesterov = nesterov;
        if (momentum > 0) {
            for (float[] p : parameters) {
                buffers.add(new float[p.length]);
            }
        }
    }

    @Override
    void step(double learningRate) {
        float lr = (float) learningRate;
        for (int t = 0; t < parameters.size(); t++) {
            float[] w = parameters.get(t);
            float[] g = gradients.get(t);
            if (momentum == 0) {
                for (int i = 0; i < w.length; i++) {
                    w[i] -= lr * g[i];
                }
                continue;
            }
            float[] buf = buffers.get(t);
            for (int i = 0; i < w.length; i++) {
                float b = first ? g[i] : momentum * buf[i] + g[i];
                buf[i] = b;
                w[i] -= lr * (nesterov ? g[i] + momentum * b : b);
            }
        }
        first = false;
    }
}
