package org.mlpworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Seeded initial parameters: hidden layers He (Kaiming) normal {@code N(0, 2/fan_in)} for the
 * rectifier family or Xavier (Glorot) uniform {@code U(±sqrt(6/(fan_in+fan_out)))} for tanh and
 * sigmoid; the output layer Xavier uniform (it feeds a sigmoid, softmax or identity); biases zero.
 */
final class Initializer {

    private Initializer() {
    }

    static List<float[]> initialParameters(MlpSpec spec, RandomGenerator random) {
        List<float[]> tensors = new ArrayList<>();
        for (ParameterLayout.Entry entry : ParameterLayout.of(spec).entries()) {
            float[] values = new float[entry.size()];
            if (entry.weight()) {
                boolean hidden = entry.layer() < spec.layerCount() - 1;
                int fanIn = entry.cols();
                int fanOut = entry.rows();
                if (hidden && spec.activation().usesHeInitialisation()) {
                    double std = Math.sqrt(2.0 / fanIn);
                    for (int i = 0; i < values.length; i++) {
                        values[i] = (float) (random.nextGaussian() * std);
                    }
                } else {
                    double limit = Math.sqrt(6.0 / (fanIn + fanOut));
                    for (int i = 0; i < values.length; i++) {
                        values[i] = (float) ((2.0 * random.nextDouble() - 1.0) * limit);
                    }
                }
            }
            tensors.add(values);
        }
        return tensors;
    }
}
