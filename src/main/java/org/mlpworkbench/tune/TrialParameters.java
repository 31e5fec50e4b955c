package org.mlpworkbench.tune;

import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.TrainDefaults;

/**
 * One configuration of a search: the network and the optimizer settings a trial trains with. Every other
 * setting is the training defaults' (bias in every layer, constant learning rate, SGD with momentum 0.9,
 * no early stopping: the search's rungs decide how long a configuration trains).
 *
 * @param weightDecay AdamW's decoupled decay; 0 for the other optimizers
 */
public record TrialParameters(List<Integer> hidden, Activation activation, double dropout, double weightDecay,
                              double learningRate, int batchSize, Optimizer optimizer) {

    static final double SGD_MOMENTUM = Double.parseDouble(TrainDefaults.SGD_MOMENTUM);

    public TrialParameters {
        hidden = List.copyOf(hidden);
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(optimizer, "optimizer");
    }

    /**
     * Draws one configuration from {@code space}. Every draw takes the same numbers from {@code random}
     * in the same order, whatever the space holds, so one seed gives one sequence of configurations.
     */
    public static TrialParameters sample(SearchSpace space, Random random) {
        List<Integer> hidden = pick(space.hidden(), random);
        Activation activation = pick(space.activations(), random);
        double dropout = uniform(space.dropout(), random);
        boolean noDecay = random.nextBoolean();
        double decay = logUniform(space.weightDecay(), random);
        double rate = logUniform(space.learningRate(), random);
        int batch = pick(space.batchSizes(), random);
        Optimizer optimizer = pick(space.optimizers(), random);
        if (optimizer != Optimizer.ADAMW || (space.weightDecayZero() && noDecay)) {
            decay = 0;
        }
        return new TrialParameters(hidden, activation, dropout, decay, rate, batch, optimizer);
    }

    /** The network to train (bias in every layer, no L2 penalty). */
    public BundleTrainer.NetworkChoice network() {
        return new BundleTrainer.NetworkChoice(hidden, activation, true, dropout, 0.0);
    }

    /** The training configuration for {@code epochs} epochs with {@code seed}. */
    public TrainConfig config(int epochs, long seed) {
        TrainConfig config = TrainConfig.adam(learningRate, epochs, batchSize).withOptimizer(optimizer).withSeed(seed);
        if (optimizer == Optimizer.SGD) {
            config = config.withMomentum(SGD_MOMENTUM, false);
        }
        return config.withWeightDecay(weightDecay);
    }

    private static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static double uniform(SearchSpace.Range range, Random random) {
        return range.min() + (range.max() - range.min()) * random.nextDouble();
    }

    private static double logUniform(SearchSpace.Range range, Random random) {
        double lo = Math.log(range.min());
        double hi = Math.log(range.max());
        return Math.min(range.max(), Math.max(range.min(), Math.exp(lo + (hi - lo) * random.nextDouble())));
    }
}
