package org.mlpworkbench.train;

import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.model.Mlp;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.Network;

/**
 * Trains a multi-layer perceptron by mini-batch gradient descent on the calling thread and returns an
 * immutable model. Rows are shuffled every epoch with a generator seeded from the config's seed; the
 * last batch of an epoch may be smaller. Same seed, data and config give bit-identical losses and
 * weights (for a fixed number of BLAS threads).
 */
public final class Trainer {

    private Trainer() {
    }

    /**
     * Trains a freshly initialised network.
     *
     * @param xVal validation features, or null for none (then {@code yVal} must be null too); with a
     *             validation set, early stopping monitors the validation loss, otherwise the training loss
     * @throws IllegalArgumentException when the data do not fit the spec (message says where and why)
     */
    public static TrainingResult train(MlpSpec spec, Matrix xTrain, Matrix yTrain, Matrix xVal, Matrix yVal,
                                       TrainConfig config, TrainingListener listener, TrainingControl control) {
        checkData(spec, xTrain, yTrain, xVal, yVal);
        Network network = Network.initialize(spec, config.seed(), Math.min(config.batchSize(), xTrain.rows()));
        return run(network, xTrain, yTrain, xVal, yVal, config, listener, control);
    }

    /**
     * Continues training from a model's weights (which stay unchanged: the result holds a new model).
     * Optimizer state and the schedule start afresh; the seed fixes shuffling and dropout.
     */
    public static TrainingResult train(Mlp start, Matrix xTrain, Matrix yTrain, Matrix xVal, Matrix yVal,
                                       TrainConfig config, TrainingListener listener, TrainingControl control) {
        checkData(start.spec(), xTrain, yTrain, xVal, yVal);
        Network network = Network.from(start, config.seed(), Math.min(config.batchSize(), xTrain.rows()));
        return run(network, xTrain, yTrain, xVal, yVal, config, listener, control);
    }

    private static void checkData(MlpSpec spec, Matrix xTrain, Matrix yTrain, Matrix xVal, Matrix yVal) {
        TrainingData.check(spec, xTrain, yTrain, "training");
        if ((xVal == null) != (yVal == null)) {
            throw new IllegalArgumentException("give both validation features and targets, or neither");
        }
        if (xVal != null) {
            TrainingData.check(spec, xVal, yVal, "validation");
        }
    }

    private static TrainingResult run(Network network, Matrix xTrain, Matrix yTrain, Matrix xVal, Matrix yVal,
                                      TrainConfig config, TrainingListener listener, TrainingControl control) {
        return new TrainingRun(network, xTrain, yTrain, xVal, yVal, config,
                listener == null ? TrainingListener.NONE : listener,
                control == null ? TrainingControl.NONE : control).run();
    }
}
