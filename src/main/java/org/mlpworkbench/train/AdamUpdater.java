package org.mlpworkbench.train;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.model.Network;

/**
 * Adam / AdamW with the formula of PyTorch's {@code torch.optim.Adam(W)}:
 * {@code m = β1·m + (1-β1)·g}, {@code v = β2·v + (1-β2)·g²},
 * {@code w -= (lr / (1-β1^t)) · m / (sqrt(v) / sqrt(1-β2^t) + ε)}; AdamW first multiplies the
 * weights (not the biases) by {@code 1 - lr·decay}. One fused loop per tensor (dividing by
 * {@code sqrt(1-β2^t)} is done as a multiplication by its inverse: one division less per element).
 */
final class AdamUpdater extends ParameterUpdater {

    private final double beta1;
    private final double beta2;
    private final float epsilon;
    private final double decoupledDecay;
    private final List<float[]> firstMoments = new ArrayList<>();
    private final List<float[]> secondMoments = new ArrayList<>();
    private long step;

    AdamUpdater(Network network, double beta1, double beta2, double epsilon, double decoupledDecay) {
        super(network);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = (float) epsilon;
        this.decoupledDecay = decoupledDecay;
        for (float[] p : parameters) {
            firstMoments.add(new float[p.length]);
            secondMoments.add(new float[p.length]);
        }
    }

    @Override
    void step(double learningRate) {
        step++;
        float stepSize = (float) (learningRate / (1 - Math.pow(beta1, step)));
        float inverseCorrection2Sqrt = (float) (1 / Math.sqrt(1 - Math.pow(beta2, step)));
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float oneMinusB1 = (float) (1 - beta1);
        float oneMinusB2 = (float) (1 - beta2);
        float decayFactor = (float) (1 - learningRate * decoupledDecay);
        for (int t = 0; t < parameters.size(); t++) {
            float[] w = parameters.get(t);
            float[] g = gradients.get(t);
            float[] m = firstMoments.get(t);
            float[] v = secondMoments.get(t);
            if (decoupledDecay > 0 && isWeight[t]) {
                for (int i = 0; i < w.length; i++) {
                    w[i] *= decayFactor;
                }
            }
            for (int i = 0; i < w.length; i++) {
                float gi = g[i];
                float mi = m[i] * b1 + gi * oneMinusB1;
                float vi = v[i] * b2 + gi * gi * oneMinusB2;
                m[i] = mi;
                v[i] = vi;
                w[i] -= stepSize * (mi / ((float) Math.sqrt(vi) * inverseCorrection2Sqrt + epsilon));
            }
        }
    }
}
