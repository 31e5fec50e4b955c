package org.mlpworkbench.train;

import org.mlpworkbench.data.WorkerThread;
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
        WorkerThread.require("training");
        checkData(spec, xTrain, yTrain, xVal, yVal);
        checkMemory(spec, config, Math.min(config.batchSize(), xTrain.rows()));
        Network network = Network.initialize(spec, config.seed(), Math.min(config.batchSize(), xTrain.rows()));
        return run(network, xTrain, yTrain, xVal, yVal, config, listener, control);
    }

    /**
     * Continues training from a model's weights (which stay unchanged: the result holds a new model).
     * Optimizer state and the schedule start afresh; the seed fixes shuffling and dropout.
     */
    public static TrainingResult train(Mlp start, Matrix xTrain, Matrix yTrain, Matrix xVal, Matrix yVal,
                                       TrainConfig config, TrainingListener listener, TrainingControl control) {
        WorkerThread.require("training");
        checkData(start.spec(), xTrain, yTrain, xVal, yVal);
        checkMemory(start.spec(), config, Math.min(config.batchSize(), xTrain.rows()));
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

    /**
     * Refuses, before allocating, a network whose training cannot fit in this JVM's memory: the
     * parameters, their gradients, the optimizer's state (Adam: two moments; SGD with momentum: one) and
     * the three copies a run keeps (last good, best, scratch), plus a batch's activations.
     */
    static void checkMemory(MlpSpec spec, TrainConfig config, int batch) {
        int states = config.optimizer() == Optimizer.SGD ? (config.momentum() > 0 ? 1 : 0) : 2;
        long widths = spec.inputs() + spec.outputs() + spec.hiddenWidths().stream().mapToLong(Integer::longValue).sum();
        long needed = Float.BYTES * (spec.parameterCount() * (5L + states) + 4L * batch * widths);
        long available = Runtime.getRuntime().maxMemory();
        if (needed > available) {
            throw new IllegalArgumentException("training the network " + spec.describe() + " ("
                    + String.format(java.util.Locale.ROOT, "%,d", spec.parameterCount()) + " parameters) needs about "
                    + MlpSpec.gigabytes(needed) + " of memory, and this Java may use " + MlpSpec.gigabytes(available)
                    + "; give Java more memory (-Xmx) or choose smaller hidden layers");
        }
    }

    private static TrainingResult run(Network network, Matrix xTrain, Matrix yTrain, Matrix xVal, Matrix yVal,
                                      TrainConfig config, TrainingListener listener, TrainingControl control) {
        return new TrainingRun(network, xTrain, yTrain, xVal, yVal, config,
                listener == null ? TrainingListener.NONE : listener,
                control == null ? TrainingControl.NONE : control).run();
    }
}
