package org.mlpworkbench.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.model.Network;

/** One call of {@link Trainer#train}: the epoch loop with its bookkeeping. */
final class TrainingRun {

    private final Network network;
    private final Matrix xTrain;
    private final Matrix yTrain;
    private final Matrix xVal;
    private final Matrix yVal;
    private final TrainConfig config;
    private final TrainingListener listener;
    private final TrainingControl control;
    private final ParameterUpdater updater;
    private final MiniBatches batches;
    private final MetricAccumulator metric;
    private final List<EpochStats> history = new ArrayList<>();
    private final float[] lastGood;
    private final float[] best;
    private final float[] scratch;
    /** A batch loss this many times the first one (or than 1, if larger) means the run has diverged. */
    static final double EXPLOSION = 1e6;

    private double bestLoss = Double.POSITIVE_INFINITY;
    private double explosion = Double.NaN;
    private int bestEpoch;
    private long step;

    TrainingRun(Network network, Matrix xTrain, Matrix yTrain, Matrix xVal, Matrix yVal, TrainConfig config,
                TrainingListener listener, TrainingControl control) {
        this.network = network;
        this.xTrain = xTrain;
        this.yTrain = yTrain;
        this.xVal = xVal;
        this.yVal = yVal;
        this.config = config;
        this.listener = listener;
        this.control = control;
        this.updater = ParameterUpdater.create(network, config);
        this.batches = new MiniBatches(xTrain, yTrain, config.batchSize(),
                new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + 1));
        this.metric = new MetricAccumulator(network.spec().task(), network.spec().outputs());
        this.lastGood = new float[network.layout().size()];
        this.best = new float[network.layout().size()];
        this.scratch = new float[network.layout().size()];
        network.copyParametersTo(lastGood);
    }

    TrainingResult run() {
        long start = System.nanoTime();
        long totalSteps = (long) batches.count() * config.epochs();
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            batches.shuffle();
            metric.reset();
            double lossSum = 0;
            long trainNanos = 0;
            double rate = config.learningRate();
            for (int b = 0; b < batches.count(); b++) {
                control.awaitIfPaused();
                if (control.stopRequested()) {
                    return finish(StopReason.CANCELLED, "Stopped on request at epoch " + epoch + ", batch " + (b + 1)
                            + "; the model keeps the weights reached so far.");
                }
                long t0 = System.nanoTime();
                int rows = batches.gather(b);
                double loss = network.computeGradients(batches.features(), batches.targets(), rows);
                if (!Double.isFinite(loss)) {
                    return diverged("loss became " + loss + " at epoch " + epoch + ", batch " + (b + 1), epoch);
                }
                if (Double.isNaN(explosion)) {
                    explosion = EXPLOSION * Math.max(loss, 1.0);
                } else if (loss > explosion) {
                    return diverged("loss exploded to " + format(loss) + " at epoch " + epoch + ", batch " + (b + 1)
                            + ", a million times its first value", epoch);
                }
                rate = config.schedule().rate(config.learningRate(), epoch - 1, step, totalSteps);
                updater.step(rate);
                step++;
                trainNanos += System.nanoTime() - t0;
                lossSum += loss * rows;
                metric.add(network.outputs(), batches.targets(), rows);
                listener.onBatch(new BatchStats(epoch, b + 1, batches.count(), loss, rate));
            }
            EpochStats stats = epochStats(epoch, lossSum / xTrain.rows(), start, trainNanos, rate);
            network.copyParametersTo(scratch);
            if (!allFinite(scratch) || stats.hasValidation() && !Double.isFinite(stats.validationLoss())) {
                return diverged("the weights or the validation loss became non-finite in epoch " + epoch, epoch);
            }
            System.arraycopy(scratch, 0, lastGood, 0, lastGood.length);
            history.add(stats);
            listener.onEpoch(stats);
            double monitored = stats.hasValidation() ? stats.validationLoss() : stats.trainLoss();
            if (monitored < bestLoss) {
                bestLoss = monitored;
                bestEpoch = epoch;
                System.arraycopy(lastGood, 0, best, 0, best.length);
            } else if (config.patience() > 0 && epoch - bestEpoch >= config.patience()) {
                network.copyParametersFrom(best);
                return finish(StopReason.EARLY_STOPPED, "Stopped early after epoch " + epoch + ": the "
                        + monitoredName() + " did not improve for " + config.patience() + " epochs; restored the weights of epoch "
                        + bestEpoch + " (" + monitoredName() + " " + format(bestLoss) + ").");
            }
        }
        if (config.patience() > 0) {
            network.copyParametersFrom(best);
        }
        return finish(StopReason.COMPLETED, "Trained " + config.epochs() + " epochs; best epoch " + bestEpoch + " ("
                + monitoredName() + " " + format(bestLoss) + ")" + (config.patience() > 0 ? ", whose weights the model keeps." : "."));
    }

    private EpochStats epochStats(int epoch, double trainLoss, long start, long trainNanos, double rate) {
        double trainMetric = metric.value();
        double validationLoss = Double.NaN;
        double validationMetric = Double.NaN;
        if (xVal != null) {
            metric.reset();
            double sum = 0;
            for (int from = 0; from < xVal.rows(); from += network.batchCapacity()) {
                int rows = batches.load(xVal, yVal, from, Math.min(network.batchCapacity(), xVal.rows() - from));
                sum += network.evaluate(batches.features(), batches.targets(), rows) * rows;
                metric.add(network.outputs(), batches.targets(), rows);
            }
            validationLoss = sum / xVal.rows();
            validationMetric = metric.value();
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        double samplesPerSecond = xTrain.rows() / Math.max(trainNanos * 1e-9, 1e-9);
        return new EpochStats(epoch, trainLoss, validationLoss, network.spec().task().metricName(), trainMetric,
                validationMetric, elapsedMillis, samplesPerSecond, rate);
    }

    private TrainingResult diverged(String what, int epoch) {
        network.copyParametersFrom(lastGood);
        String kept = epoch > 1 ? "the weights from the end of epoch " + (epoch - 1) : "its initial weights";
        return finish(StopReason.DIVERGED, what + " — try a lower learning rate. The model keeps " + kept + ".");
    }

    private TrainingResult finish(StopReason reason, String message) {
        return new TrainingResult(network.toModel(), history, bestEpoch, reason, message);
    }

    private String monitoredName() {
        return xVal != null ? "validation loss" : "training loss";
    }

    private static boolean allFinite(float[] values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.4g", value);
    }
}
