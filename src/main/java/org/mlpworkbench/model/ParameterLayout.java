package org.mlpworkbench.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The order, names, shapes and flat offsets of a network's parameters. The parameter vector is the
 * concatenation, in this order, of {@code layers.0.weight, layers.0.bias, layers.1.weight, …}
 * (biases absent when the spec has none); each tensor is row-major, weights {@code [out, in]}.
 * Optimizers, snapshots and exports index the flat vector through this layout.
 */
public final class ParameterLayout {

    /** One tensor of the layout. */
    public record Entry(String name, int layer, boolean weight, int rows, int cols, int offset) {

        public int size() {
            return rows * cols;
        }

        /** {@code [out, in]} for a weight, {@code [out]} for a bias. */
        public int[] shape() {
            return weight ? new int[] {rows, cols} : new int[] {rows};
        }
    }

    private final List<Entry> entries;
    private final int size;

    private ParameterLayout(List<Entry> entries, int size) {
        this.entries = List.copyOf(entries);
        this.size = size;
    }

    public static ParameterLayout of(MlpSpec spec) {
        List<Entry> entries = new ArrayList<>();
        int offset = 0;
        for (int layer = 0; layer < spec.layerCount(); layer++) {
            int out = spec.layerOutputs(layer);
            int in = spec.layerInputs(layer);
            entries.add(new Entry("layers." + layer + ".weight", layer, true, out, in, offset));
            offset = Math.addExact(offset, Math.multiplyExact(out, in));
            if (spec.bias()) {
                entries.add(new Entry("layers." + layer + ".bias", layer, false, out, 1, offset));
                offset = Math.addExact(offset, out);
            }
        }
        return new ParameterLayout(entries, offset);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Total number of parameters (length of the flat vector). */
    public int size() {
        return size;
    }
}
