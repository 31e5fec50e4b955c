package org.mlpworkbench.metrics;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.Matrix;

/**
 * The threshold curve of out-of-fold predictions (each row scored by the model that did not train on it,
 * all folds pooled), with a band showing how each fold's accuracy at the same threshold varies.
 */
public final class OutOfFoldCurve {
    private final List<ThresholdCurve> folds;
    private final ThresholdCurve pooled;

    private OutOfFoldCurve(List<ThresholdCurve> folds) {
        this.folds = List.copyOf(folds);
        this.pooled = ThresholdCurve.merge(this.folds);
    }

    /** From the curves of each fold's held-out predictions (at least two folds). */
    public static OutOfFoldCurve of(List<ThresholdCurve> folds) {
        if (folds.size() < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds.size());
        }
        return new OutOfFoldCurve(folds);
    }

    /** From each fold's held-out probabilities and targets ({@code n_f × k} each, pooled over labels). */
    public static OutOfFoldCurve ofPredictions(List<Matrix> probabilities, List<Matrix> targets) {
        if (probabilities.size() != targets.size()) {
            throw new IllegalArgumentException(
                    probabilities.size() + " folds of probabilities but " + targets.size() + " folds of targets");
        }
        List<ThresholdCurve> curves = new ArrayList<>(probabilities.size());
        for (int f = 0; f < probabilities.size(); f++) {
            curves.add(ThresholdCurve.build(probabilities.get(f), targets.get(f)));
        }
        return of(curves);
    }

    /** The curve of all out-of-fold predictions pooled. */
    public ThresholdCurve pooled() {
        return pooled;
    }

    public int foldCount() {
        return folds.size();
    }

    public ThresholdCurve fold(int f) {
        return folds.get(f);
    }

    /** The band at the given points of {@link #pooled()} (e.g. {@code pooled().sample(2000)}). */
    public List<BandPoint> band(int[] pointIndices) {
        List<BandPoint> out = new ArrayList<>(pointIndices.length);
        double[] accuracies = new double[folds.size()];
        for (int i : pointIndices) {
            double t = pooled.threshold(i);
            for (int f = 0; f < accuracies.length; f++) {
                accuracies[f] = folds.get(f).accuracyAt(t);
            }
            MetricSummary s = MetricSummary.of("accuracy", accuracies);
            out.add(new BandPoint(t, pooled.accuracy(i), s.mean(), s.std(), s.min(), s.max()));
        }
        return out;
    }
}
