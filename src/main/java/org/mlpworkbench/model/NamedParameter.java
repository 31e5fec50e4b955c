package org.mlpworkbench.model;

import java.util.Arrays;

/**
 * One parameter tensor of a network, named as PyTorch names the parameters of a module holding
 * {@code self.layers = nn.ModuleList([nn.Linear(...), ...])}: {@code layers.<i>.weight} with shape
 * {@code [out, in]} (row-major, row {@code o} holds the weights into unit {@code o}) and
 * {@code layers.<i>.bias} with shape {@code [out]}. Layer 0 is the first hidden layer and the last
 * index is the output layer. The arrays are copies; changing them changes no model.
 */
public record NamedParameter(String name, int[] shape, float[] values) {

    public NamedParameter {
        shape = shape.clone();
        values = values.clone();
        long size = 1;
        for (int dim : shape) {
            size *= dim;
        }
        if (size != values.length) {
            throw new IllegalArgumentException("parameter " + name + " has " + values.length
                    + " values but shape " + Arrays.toString(shape));
        }
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public float[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamedParameter p && p.name.equals(name) && Arrays.equals(p.shape, shape)
                && Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "NamedParameter[" + name + " " + Arrays.toString(shape) + "]";
    }
}
