package org.mlpworkbench.bundle;

import java.util.Arrays;

/**
 * A named float32 array in C (row-major) order: one parameter of a network as it travels in
 * {@code .npz}, JSON and ONNX files. {@code shape} is empty for a scalar.
 */
public record NamedArray(String name, int[] shape, float[] data) {

    public NamedArray {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an array needs a name");
        }
        shape = shape.clone();
        long size = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("array " + name + " has a negative dimension: " + Arrays.toString(shape));
            }
            size *= d;
        }
        if (size != data.length) {
            throw new IllegalArgumentException("array " + name + " has shape " + Arrays.toString(shape)
                    + " but " + data.length + " values");
        }
    }

    /** The shape (a copy). */
    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Number of values: the product of the shape. */
    public int size() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamedArray a && a.name.equals(name) && Arrays.equals(a.shape, shape)
                && Arrays.equals(a.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(shape)) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "NamedArray[" + name + " " + Arrays.toString(shape) + "]";
    }
}
