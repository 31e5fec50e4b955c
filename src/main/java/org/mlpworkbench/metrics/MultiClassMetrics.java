package org.mlpworkbench.metrics;

import org.mlpworkbench.data.WorkerThread;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.data.Matrix;

/**
 * Multi-class evaluation of an {@code n × k} probability matrix (k ≥ 2) against one-hot targets. The
 * predicted class is the arg-max, the lowest index on a tie; top-k ranks ties the same way, so
 * {@code topKAccuracy(1) == accuracy()}. Log-loss divides each row by its sum (as scikit-learn does) and
 * clips the true class's probability to {@code [1e-15, 1 − 1e-15]}.
 */
public final class MultiClassMetrics {
    static final double LOG_LOSS_EPSILON = 1e-15;

    private final float[] probabilities;
    private final int classes;
    private final int[] actual;
    private final long[][] confusion;

    private MultiClassMetrics(float[] probabilities, int classes, int[] actual) {
        this.probabilities = probabilities;
        this.classes = classes;
        this.actual = actual;
        this.confusion = new long[classes][classes];
        for (int r = 0; r < actual.length; r++) {
            confusion[actual[r]][argMax(r)]++;
        }
    }

    /** Probabilities and one-hot targets, both {@code rows × classes}. */
    public static MultiClassMetrics of(Matrix probabilities, Matrix oneHotTargets) {
        Inputs.sameShape(probabilities, oneHotTargets);
        int k = probabilities.cols();
        int[] labels = new int[probabilities.rows()];
        float[] y = oneHotTargets.data();
        for (int r = 0; r < labels.length; r++) {
            int hot = -1;
            for (int c = 0; c < k; c++) {
                int i = r * k + c;
                Inputs.binary(y[i], i, k);
                if (y[i] == 1f) {
                    if (hot >= 0) {
                        throw new IllegalArgumentException("target row " + r + " has a 1 in columns " + hot + " and " + c
                                + "; expected exactly one (one-hot)");
                    }
                    hot = c;
                }
            }
            if (hot < 0) {
                throw new IllegalArgumentException("target row " + r + " has no 1; expected exactly one (one-hot)");
            }
            labels[r] = hot;
        }
        return of(probabilities.data(), k, labels);
    }

    /** Row-major {@code rows × classes} probabilities and each row's true class index. */
    public static MultiClassMetrics of(float[] probabilities, int classes, int[] labels) {
        WorkerThread.require("computing multi-class metrics");
        if (classes < 2) {
            throw new IllegalArgumentException("multi-class metrics need at least 2 classes, got " + classes);
        }
        Inputs.notEmpty(labels.length);
        if (probabilities.length != (long) labels.length * classes) {
            throw new IllegalArgumentException(probabilities.length + " probabilities do not form "
                    + labels.length + " rows of " + classes + " classes");
        }
        for (int i = 0; i < probabilities.length; i++) {
            Inputs.probability(probabilities[i], i, classes);
        }
        for (int r = 0; r < labels.length; r++) {
            if (labels[r] < 0 || labels[r] >= classes) {
                throw new IllegalArgumentException(
                        "label at row " + r + " is " + labels[r] + "; expected a class in 0.." + (classes - 1));
            }
        }
        return new MultiClassMetrics(probabilities.clone(), classes, labels.clone());
    }

    public int classes() {
        return classes;
    }

    public int rows() {
        return actual.length;
    }

    /** Counts {@code [actual][predicted]} (a copy). */
    public long[][] confusionMatrix() {
        long[][] copy = new long[classes][];
        for (int c = 0; c < classes; c++) {
            copy[c] = confusion[c].clone();
        }
        return copy;
    }

    public double accuracy() {
        long correct = 0;
        for (int c = 0; c < classes; c++) {
            correct += confusion[c][c];
        }
        return (double) correct / rows();
    }

    /** Precision, recall, F1 and support of every class, in class order. */
    public List<ClassScores> perClass() {
        List<ClassScores> out = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            long predicted = 0;
            long support = 0;
            for (int o = 0; o < classes; o++) {
                predicted += confusion[o][c];
                support += confusion[c][o];
            }
            long tp = confusion[c][c];
            ThresholdPoint p = new ThresholdPoint(Double.NaN, tp, predicted - tp, rows() - predicted - support + tp, support - tp);
            out.add(new ClassScores(c, p.precision(), p.recall(), p.f1(), support));
        }
        return out;
    }

    /** Unweighted mean of the classes' F1. */
    public double macroF1() {
        return perClass().stream().mapToDouble(ClassScores::f1).average().orElseThrow();
    }

    /** Mean of the classes' F1 weighted by support. */
    public double weightedF1() {
        return perClass().stream().mapToDouble(s -> s.f1() * s.support()).sum() / rows();
    }

    /** Fraction of rows whose true class is among the {@code k} most probable (ties: lower index first). */
    public double topKAccuracy(int k) {
        if (k < 1 || k > classes) {
            throw new IllegalArgumentException("top-k needs k in 1.." + classes + ", got " + k);
        }
        long hits = 0;
        for (int r = 0; r < actual.length; r++) {
            int truth = actual[r];
            float pTrue = probabilities[r * classes + truth];
            int rank = 0;
            for (int c = 0; c < classes; c++) {
                float p = probabilities[r * classes + c];
                if (p > pTrue || (p == pTrue && c < truth)) {
                    rank++;
                }
            }
            if (rank < k) {
                hits++;
            }
        }
        return (double) hits / rows();
    }

    /** Mean negative log-probability of the true class (natural log); see the class note for normalising. */
    public double logLoss() {
        double sum = 0;
        for (int r = 0; r < actual.length; r++) {
            double rowSum = 0;
            for (int c = 0; c < classes; c++) {
                rowSum += probabilities[r * classes + c];
            }
            double p = rowSum > 0 ? probabilities[r * classes + actual[r]] / rowSum : 0;
            sum -= Math.log(Math.min(Math.max(p, LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON));
        }
        return sum / rows();
    }

    /** The summary metrics by name, in a fixed order (the names used by {@link CrossValidation}). */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", accuracy());
        m.put("macro_f1", macroF1());
        m.put("weighted_f1", weightedF1());
        m.put("log_loss", logLoss());
        return m;
    }

    private int argMax(int row) {
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (probabilities[row * classes + c] > probabilities[row * classes + best]) {
                best = c;
            }
        }
        return best;
    }
}
