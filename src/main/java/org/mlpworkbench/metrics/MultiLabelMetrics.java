package org.mlpworkbench.metrics;

import org.mlpworkbench.data.WorkerThread;
import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.Matrix;

/**
 * Multi-label evaluation of an {@code n × k} probability matrix against 0/1 targets: one
 * {@link ThresholdCurve} per label, their pooled curve, and scores at one global threshold or at one
 * threshold per label. Same rule as everywhere: label {@code j} is predicted iff {@code p > t_j}.
 */
public final class MultiLabelMetrics {
    private final Matrix probabilities;
    private final Matrix targets;
    private final List<ThresholdCurve> labelCurves;
    private final ThresholdCurve pooled;
    private final ExactMatch exactMatch;

    private MultiLabelMetrics(Matrix probabilities, Matrix targets) {
        this.probabilities = probabilities;
        this.targets = targets;
        List<ThresholdCurve> curves = new ArrayList<>(probabilities.cols());
        for (int j = 0; j < probabilities.cols(); j++) {
            curves.add(CurveBuilder.column(probabilities, targets, j));
        }
        this.labelCurves = List.copyOf(curves);
        this.pooled = ThresholdCurve.merge(labelCurves);
        this.exactMatch = new ExactMatch(probabilities.data(), targets.data(), probabilities.rows(), probabilities.cols());
    }

    /** Probabilities and 0/1 targets, both {@code rows × labels}. */
    public static MultiLabelMetrics of(Matrix probabilities, Matrix targets) {
        Inputs.sameShape(probabilities, targets);
        return new MultiLabelMetrics(probabilities, targets);
    }

    /** Row-major {@code rows × labels} probabilities and targets as flat arrays. */
    public static MultiLabelMetrics of(float[] probabilities, boolean[] targets, int labels) {
        WorkerThread.require("building multi-label curves");
        Inputs.sameLength(probabilities.length, targets.length);
        if (labels <= 0 || probabilities.length % labels != 0) {
            throw new IllegalArgumentException(
                    probabilities.length + " values do not form rows of " + labels + " labels");
        }
        float[] y = new float[targets.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = targets[i] ? 1f : 0f;
        }
        int rows = probabilities.length / labels;
        return of(new Matrix(rows, labels, probabilities.clone()), new Matrix(rows, labels, y));
    }

    public int labels() {
        return labelCurves.size();
    }

    public int rows() {
        return probabilities.rows();
    }

    /** The curve of label {@code j} (ROC and PR per label: {@code RocCurve.of(label(j))}). */
    public ThresholdCurve label(int j) {
        return labelCurves.get(j);
    }

    /** All labels pooled: accuracy at {@code t} is {@code mean((p > t) == target)} over every cell. */
    public ThresholdCurve pooled() {
        return pooled;
    }

    /** Each label's best threshold by {@code metric} (see {@link ThresholdCurve#best}). */
    public double[] bestThresholds(ThresholdObjective metric) {
        double[] out = new double[labels()];
        for (int j = 0; j < out.length; j++) {
            out[j] = labelCurves.get(j).best(metric).threshold();
        }
        return out;
    }

    /** Scores with one threshold for every label. */
    public MultiLabelScores at(double threshold) {
        double[] thresholds = new double[labels()];
        java.util.Arrays.fill(thresholds, threshold);
        return at(thresholds);
    }

    /** Scores with threshold {@code thresholds[j]} for label {@code j}. */
    public MultiLabelScores at(double[] thresholds) {
        if (thresholds.length != labels()) {
            throw new IllegalArgumentException(thresholds.length + " thresholds given for " + labels() + " labels");
        }
        List<ThresholdPoint> perLabel = new ArrayList<>(labels());
        for (int j = 0; j < thresholds.length; j++) {
            perLabel.add(labelCurves.get(j).at(thresholds[j]));
        }
        return new MultiLabelScores(perLabel, subsetAccuracy(thresholds));
    }

    /** What predicting all zeros scores: the baseline a multi-label model must beat. */
    public MultiLabelScores allZerosBaseline() {
        return at(Double.POSITIVE_INFINITY);
    }

    private double subsetAccuracy(double[] thresholds) {
        return (double) exactMatch.at(thresholds) / rows();
    }
}
