package org.mlpworkbench.train;

import java.util.Objects;

/**
 * How to train: epochs, mini-batch size, base learning rate and its schedule, the optimizer and its
 * hyper-parameters (PyTorch's meanings and defaults), early-stopping patience in epochs (0 = off)
 * and the seed that fixes initial weights, shuffling and dropout. {@code weightDecay} is AdamW's
 * decoupled decay; the other optimizers take an L2 penalty through {@code MlpSpec.l2} instead.
 */
public record TrainConfig(int epochs, int batchSize, double learningRate, Optimizer optimizer, double momentum,
                          boolean nesterov, double beta1, double beta2, double epsilon, double weightDecay,
                          LearningRateSchedule schedule, int patience, long seed) {

    public TrainConfig {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
        require(epochs >= 1, "epochs must be at least 1, got " + epochs);
        require(batchSize >= 1, "batch size must be at least 1, got " + batchSize);
        require(learningRate > 0 && Double.isFinite(learningRate), "learning rate must be > 0, got " + learningRate);
        require(momentum >= 0 && momentum < 1, "momentum must be in [0, 1), got " + momentum);
        require(!nesterov || (optimizer == Optimizer.SGD && momentum > 0),
                "Nesterov needs the SGD optimizer with momentum > 0");
        require(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1,
                "Adam betas must be in [0, 1), got " + beta1 + " and " + beta2);
        require(epsilon > 0, "epsilon must be > 0, got " + epsilon);
        require(weightDecay >= 0 && Double.isFinite(weightDecay), "weight decay must be >= 0, got " + weightDecay);
        require(weightDecay == 0 || optimizer == Optimizer.ADAMW,
                "weight decay is AdamW's decoupled decay; for " + optimizer + " use the model's L2 penalty");
        require(patience >= 0, "patience must be >= 0 (0 = no early stopping), got " + patience);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Adam with PyTorch's defaults (betas 0.9/0.999, eps 1e-8), constant rate, no early stopping, seed 42. */
    public static TrainConfig adam(double learningRate, int epochs, int batchSize) {
        return new TrainConfig(epochs, batchSize, learningRate, Optimizer.ADAM, 0, false, 0.9, 0.999, 1e-8, 0,
                new LearningRateSchedule.Constant(), 0, 42);
    }

    /** Plain SGD (no momentum), constant rate, no early stopping, seed 42. */
    public static TrainConfig sgd(double learningRate, int epochs, int batchSize) {
        return adam(learningRate, epochs, batchSize).withOptimizer(Optimizer.SGD);
    }

    public TrainConfig withOptimizer(Optimizer newOptimizer) {
        return new TrainConfig(epochs, batchSize, learningRate, newOptimizer, momentum, nesterov, beta1, beta2,
                epsilon, weightDecay, schedule, patience, seed);
    }

    public TrainConfig withMomentum(double newMomentum, boolean newNesterov) {
        return new TrainConfig(epochs, batchSize, learningRate, optimizer, newMomentum, newNesterov, beta1, beta2,
                epsilon, weightDecay, schedule, patience, seed);
    }

    public TrainConfig withBetas(double newBeta1, double newBeta2) {
        return new TrainConfig(epochs, batchSize, learningRate, optimizer, momentum, nesterov, newBeta1, newBeta2,
                epsilon, weightDecay, schedule, patience, seed);
    }

    public TrainConfig withWeightDecay(double newWeightDecay) {
        return new TrainConfig(epochs, batchSize, learningRate, optimizer, momentum, nesterov, beta1, beta2,
                epsilon, newWeightDecay, schedule, patience, seed);
    }

    public TrainConfig withSchedule(LearningRateSchedule newSchedule) {
        return new TrainConfig(epochs, batchSize, learningRate, optimizer, momentum, nesterov, beta1, beta2,
                epsilon, weightDecay, newSchedule, patience, seed);
    }

    public TrainConfig withPatience(int newPatience) {
        return new TrainConfig(epochs, batchSize, learningRate, optimizer, momentum, nesterov, beta1, beta2,
                epsilon, weightDecay, schedule, newPatience, seed);
    }

    public TrainConfig withSeed(long newSeed) {
        return new TrainConfig(epochs, batchSize, learningRate, optimizer, momentum, nesterov, beta1, beta2,
                epsilon, weightDecay, schedule, patience, newSeed);
    }

    public TrainConfig withEpochs(int newEpochs) {
        return new TrainConfig(newEpochs, batchSize, learningRate, optimizer, momentum, nesterov, beta1, beta2,
                epsilon, weightDecay, schedule, patience, seed);
    }

    public TrainConfig withLearningRate(double newLearningRate) {
        return new TrainConfig(epochs, batchSize, newLearningRate, optimizer, momentum, nesterov, beta1, beta2,
                epsilon, weightDecay, schedule, patience, seed);
    }

    public TrainConfig withBatchSize(int newBatchSize) {
        return new TrainConfig(epochs, newBatchSize, learningRate, optimizer, momentum, nesterov, beta1, beta2,
                epsilon, weightDecay, schedule, patience, seed);
    }
}
