package org.mlpworkbench.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.model.Mlp;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.Network;

/**
 * The learning-rate range test of Leslie Smith, as fastai's {@code lr_find}: train on successive
 * mini-batches while the rate grows geometrically from {@code startRate} to {@code endRate}, record
 * the loss (smoothed with factor 0.98 and bias-corrected), stop early once the smoothed loss exceeds
 * four times its minimum, and suggest the rate where the smoothed loss falls fastest per decade
 * (steepest negative slope before the minimum, ignoring the first tenth of the sweep, at most 10
 * points, whose smoothed loss is still noise). Works on its own copy of the weights.
 */
public final class LearningRateFinder {

    private static final double SMOOTHING = 0.98;
    private static final double DIVERGENCE_FACTOR = 4;
    /** Early points of the sweep whose smoothed loss is still mostly noise (fastai skips 10 of 100). */
    private static final int SKIP_START = 10;

    private LearningRateFinder() {
    }

    /** Sweeps 1e-7 … 10 in 100 steps from a network freshly initialised with the config's seed. */
    public static LrFinderResult find(MlpSpec spec, Matrix x, Matrix y, TrainConfig config) {
        return find(spec, null, x, y, config, 1e-7, 10, 100);
    }

    /**
     * @param start the model to start from (copied, never changed), or null for a fresh initialisation
     */
    public static LrFinderResult find(MlpSpec spec, Mlp start, Matrix x, Matrix y, TrainConfig config,
                                      double startRate, double endRate, int steps) {
        TrainingData.check(spec, x, y, "training");
        if (!(startRate > 0 && endRate > startRate) || steps < 2) {
            throw new IllegalArgumentException("the sweep needs 0 < startRate < endRate and at least 2 steps");
        }
        int capacity = Math.min(config.batchSize(), x.rows());
        Network network = start == null ? Network.initialize(spec, config.seed(), capacity)
                : Network.from(start, config.seed(), capacity);
        ParameterUpdater updater = ParameterUpdater.create(network, config);
        MiniBatches batches = new MiniBatches(x, y, config.batchSize(),
                new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + 1));
        double factor = Math.pow(endRate / startRate, 1.0 / (steps - 1));
        List<LrFinderResult.Point> points = new ArrayList<>();
        double average = 0;
        double minimum = Double.POSITIVE_INFINITY;
        for (int i = 0; i < steps; i++) {
            int batch = i % batches.count();
            if (batch == 0) {
                batches.shuffle();
            }
            int rows = batches.gather(batch);
            double rate = startRate * Math.pow(factor, i);
            double loss = network.computeGradients(batches.features(), batches.targets(), rows);
            if (!Double.isFinite(loss)) {
                break;
            }
            average = SMOOTHING * average + (1 - SMOOTHING) * loss;
            double smoothed = average / (1 - Math.pow(SMOOTHING, i + 1));
            points.add(new LrFinderResult.Point(rate, loss, smoothed));
            minimum = Math.min(minimum, smoothed);
            if (smoothed > DIVERGENCE_FACTOR * minimum) {
                break;
            }
            updater.step(rate);
        }
        return new LrFinderResult(points, suggest(points));
    }

    /** The rate of steepest descent of the smoothed loss against log10(rate), before its minimum. */
    static double suggest(List<LrFinderResult.Point> points) {
        int minimumIndex = 0;
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).smoothedLoss() < points.get(minimumIndex).smoothedLoss()) {
                minimumIndex = i;
            }
        }
        double steepest = 0;
        double suggestion = Double.NaN;
        int skip = Math.min(SKIP_START, points.size() / 10);
        for (int i = skip + 1; i <= minimumIndex; i++) {
            LrFinderResult.Point a = points.get(i - 1);
            LrFinderResult.Point b = points.get(i);
            double slope = (b.smoothedLoss() - a.smoothedLoss())
                    / (Math.log10(b.learningRate()) - Math.log10(a.learningRate()));
            if (slope < steepest) {
                steepest = slope;
                suggestion = b.learningRate();
            }
        }
        return suggestion;
    }
}
