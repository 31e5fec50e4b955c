package org.mlpworkbench.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.train.Optimizer;

/**
 * The hyperparameters a search draws from. Immutable: change it by building a new one (the record's
 * constructor, or the {@code with…} methods). Choices are drawn uniformly from their lists; dropout
 * uniformly from its range; the learning rate and the weight decay log-uniformly (a rate of 1e-4 is as
 * likely as 1e-3), and when {@code weightDecayZero} is set, a decay of exactly 0 is drawn half of the
 * time, so "no decay" competes with the whole range.
 *
 * <p>Weight decay is AdamW's decoupled decay ({@code TrainConfig.weightDecay}); a trial with Adam or SGD
 * has none (its decay is recorded as 0). AdamW with decay 0 is Adam, so the defaults search AdamW only.
 *
 * @param hidden       the hidden-layer choices, e.g. {@code [64]}, {@code [128, 64]}
 * @param dropout      dropout after each hidden layer, within [0, 0.95]
 * @param weightDecay  log-scale range of AdamW's decay, both bounds &gt; 0
 * @param learningRate log-scale range of the base learning rate, both bounds &gt; 0
 * @throws IllegalArgumentException naming the field and what it expects, for an empty choice list, a range
 *                                  whose minimum exceeds its maximum, a log bound that is not positive, a
 *                                  width or batch size below 1, or dropout outside [0, 0.95]
 */
public record SearchSpace(List<List<Integer>> hidden, List<Activation> activations, Range dropout, Range weightDecay,
                          boolean weightDecayZero, Range learningRate, List<Integer> batchSizes, List<Optimizer> optimizers) {

    /** Dropout above this would drop nearly every unit. */
    public static final double MAX_DROPOUT = 0.95;

    /** A closed interval {@code [min, max]}. */
    public record Range(double min, double max) {
        public Range {
            if (!Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("a range needs finite bounds, got " + min + " and " + max);
            }
        }
    }

    public SearchSpace {
        hidden = List.copyOf(copyHidden(hidden));
        activations = List.copyOf(choices("activations", activations));
        batchSizes = List.copyOf(choices("batchSizes", batchSizes));
        optimizers = List.copyOf(choices("optimizers", optimizers));
        Objects.requireNonNull(dropout, "dropout");
        Objects.requireNonNull(weightDecay, "weightDecay");
        Objects.requireNonNull(learningRate, "learningRate");
        for (int size : batchSizes) {
            require(size >= 1, "batchSizes: expected sizes of at least 1, got " + size);
        }
        require(dropout.min() >= 0 && dropout.max() <= MAX_DROPOUT,
                "dropout: expected a range within [0, " + MAX_DROPOUT + "], got [" + dropout.min() + ", " + dropout.max() + "]");
        ordered("dropout", dropout);
        logRange("weightDecay", weightDecay);
        logRange("learningRate", learningRate);
    }

    /**
     * Sensible defaults for a table of {@code rows} rows and {@code features} input features, after the
     * usual rule that a network much larger than its data overfits and a network much narrower than its
     * inputs throws information away:
     * <ul>
     * <li>hidden layers: below 1,000 rows one layer of 16 to 128 units (Titanic's 891 rows fit a 128-unit
     *     layer, more memorises them); up to 20,000 rows 32 to 256 units and one two-layer net; above that up
     *     to 512 units and two layers. A width of at least the feature count (rounded up to a power of two)
     *     is always among the choices, so wide one-hot inputs are not squeezed through 16 units.</li>
     * <li>batch sizes: 16–64 below 1,000 rows (more updates per epoch where an epoch is short), 32–128 up
     *     to 20,000, 128–512 above (the products are larger and faster per row).</li>
     * <li>learning rate 1e-4 to 1e-2 on a log scale, around Adam's usual 1e-3; dropout 0 to 0.5;
     *     AdamW's decay 1e-5 to 0.1 (PyTorch's default 0.01 in the middle) or none; ReLU, GELU or tanh.</li>
     * </ul>
     */
    public static SearchSpace defaultsFor(int rows, int features) {
        if (rows < 1 || features < 1) {
            throw new IllegalArgumentException("a search space needs at least one row and one feature, got "
                    + rows + " rows and " + features + " features");
        }
        List<List<Integer>> hidden = new ArrayList<>();
        List<Integer> batches;
        if (rows < 1_000) {
            for (int w : new int[] {16, 32, 64, 128}) {
                hidden.add(List.of(w));
            }
            batches = List.of(16, 32, 64);
        } else if (rows <= 20_000) {
            for (int w : new int[] {32, 64, 128, 256}) {
                hidden.add(List.of(w));
            }
            hidden.add(List.of(128, 64));
            batches = List.of(32, 64, 128);
        } else {
            for (int w : new int[] {128, 256, 512}) {
                hidden.add(List.of(w));
            }
            hidden.add(List.of(256, 128));
            hidden.add(List.of(512, 256));
            batches = List.of(128, 256, 512);
        }
        int wide = Integer.highestOneBit(Math.min(features, 1 << 12) * 2 - 1);
        if (hidden.stream().noneMatch(h -> h.get(0) >= wide)) {
            hidden.add(List.of(wide));
        }
        return new SearchSpace(hidden, List.of(Activation.RELU, Activation.GELU, Activation.TANH), new Range(0, 0.5),
                new Range(1e-5, 0.1), true, new Range(1e-4, 1e-2), batches, List.of(Optimizer.ADAMW));
    }

    public SearchSpace withHidden(List<List<Integer>> newHidden) {
        return new SearchSpace(newHidden, activations, dropout, weightDecay, weightDecayZero, learningRate, batchSizes, optimizers);
    }

    public SearchSpace withActivations(List<Activation> newActivations) {
        return new SearchSpace(hidden, newActivations, dropout, weightDecay, weightDecayZero, learningRate, batchSizes, optimizers);
    }

    public SearchSpace withDropout(Range newDropout) {
        return new SearchSpace(hidden, activations, newDropout, weightDecay, weightDecayZero, learningRate, batchSizes, optimizers);
    }

    public SearchSpace withWeightDecay(Range newDecay, boolean zero) {
        return new SearchSpace(hidden, activations, dropout, newDecay, zero, learningRate, batchSizes, optimizers);
    }

    public SearchSpace withLearningRate(Range newRate) {
        return new SearchSpace(hidden, activations, dropout, weightDecay, weightDecayZero, newRate, batchSizes, optimizers);
    }

    public SearchSpace withBatchSizes(List<Integer> newSizes) {
        return new SearchSpace(hidden, activations, dropout, weightDecay, weightDecayZero, learningRate, newSizes, optimizers);
    }

    public SearchSpace withOptimizers(List<Optimizer> newOptimizers) {
        return new SearchSpace(hidden, activations, dropout, weightDecay, weightDecayZero, learningRate, batchSizes, newOptimizers);
    }

    private static List<List<Integer>> copyHidden(List<List<Integer>> hidden) {
        choices("hidden", hidden);
        List<List<Integer>> copy = new ArrayList<>();
        for (int i = 0; i < hidden.size(); i++) {
            List<Integer> layers = hidden.get(i);
            if (layers == null || layers.isEmpty()) {
                throw new IllegalArgumentException("hidden[" + i + "]: expected at least one layer width, got none");
            }
            for (Integer width : layers) {
                require(width != null && width >= 1, "hidden[" + i + "]: expected widths of at least 1, got " + width);
            }
            copy.add(List.copyOf(layers));
        }
        return List.copyOf(copy);
    }

    private static <T> List<T> choices(String field, List<T> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(field + ": expected at least one choice, got none");
        }
        for (T value : values) {
            require(value != null, field + ": expected no empty choice, got null");
        }
        return List.copyOf(values);
    }

    private static void ordered(String field, Range range) {
        require(range.min() <= range.max(), field + ": expected min <= max, got min " + range.min() + " > max " + range.max());
    }

    private static void logRange(String field, Range range) {
        require(range.min() > 0, field + ": expected bounds > 0 (the scale is logarithmic), got min " + range.min());
        ordered(field, range);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
