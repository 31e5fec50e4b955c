package org.mlpworkbench.metrics;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.WorkerThread;

/**
 * How well predicted probabilities match observed frequencies: a reliability diagram of
 * {@link #BINS} equal-width bins, the Brier score and the expected calibration error (ECE), for one
 * binary question (a binary output, one label of a multi-label model, or "is the most probable class
 * the true one" for a multi-class model). Immutable; computed in one pass, accumulated in double.
 *
 * <p>Bin {@code i} holds the probabilities in {@code [i/10, (i+1)/10)}, the last bin also 1.0 (the index
 * is {@code min(floor(10·p), 9)}, exact for float inputs). Brier = {@code mean((p − y)²)};
 * ECE = {@code Σ_bins (count/N)·|observedRate − meanPredicted|}.
 *
 * @param bins  the {@link #BINS} bins, lowest first
 * @param brier the Brier score (0 is perfect)
 * @param ece   the expected calibration error (0 is perfectly calibrated)
 * @param rows  rows counted
 */
public record Calibration(List<CalibrationBin> bins, double brier, double ece, int rows) {

    /** Number of equal-width bins. */
    public static final int BINS = 10;

    public Calibration {
        bins = List.copyOf(bins);
    }

    /** Calibration of probabilities {@code p} against 0/1 targets {@code y}. */
    public static Calibration of(float[] p, boolean[] y) {
        WorkerThread.require("computing calibration");
        Inputs.sameLength(p.length, y.length);
        int[] counts = new int[BINS];
        double[] sumP = new double[BINS];
        int[] positives = new int[BINS];
        double squared = 0;
        for (int i = 0; i < p.length; i++) {
            Inputs.probability(p[i], i, 0);
            int b = bin(p[i]);
            counts[b]++;
            sumP[b] += p[i];
            double d = p[i] - (y[i] ? 1.0 : 0.0);
            squared += d * d;
            if (y[i]) {
                positives[b]++;
            }
        }
        List<CalibrationBin> bins = new ArrayList<>(BINS);
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            double mean = counts[b] == 0 ? Double.NaN : sumP[b] / counts[b];
            double rate = counts[b] == 0 ? Double.NaN : (double) positives[b] / counts[b];
            if (counts[b] > 0) {
                ece += (double) counts[b] / p.length * Math.abs(rate - mean);
            }
            bins.add(new CalibrationBin((double) b / BINS, (double) (b + 1) / BINS, counts[b], mean, rate));
        }
        return new Calibration(bins, squared / p.length, ece, p.length);
    }

    /** Calibration of column {@code col} of {@code probabilities} against the 0/1 column of {@code targets}. */
    public static Calibration ofColumn(Matrix probabilities, Matrix targets, int col) {
        Inputs.sameShape(probabilities, targets);
        float[] p = probabilities.column(col);
        float[] t = targets.column(col);
        boolean[] y = new boolean[t.length];
        for (int i = 0; i < t.length; i++) {
            Inputs.binary(t[i], i * targets.cols() + col, targets.cols());
            y[i] = t[i] == 1f;
        }
        return of(p, y);
    }

    /**
     * Top-class (confidence) calibration of a multi-class model: per row the highest probability
     * (lowest index on a tie, as {@link MultiClassMetrics}) against whether that class is the true one.
     */
    public static Calibration topClass(Matrix probabilities, Matrix oneHot) {
        Inputs.sameShape(probabilities, oneHot);
        float[] p = new float[probabilities.rows()];
        boolean[] y = new boolean[p.length];
        for (int r = 0; r < p.length; r++) {
            int top = ConfusionRows.argMax(probabilities, r);
            p[r] = probabilities.get(r, top);
            y[r] = oneHot.get(r, top) == 1f;
        }
        return of(p, y);
    }

    /** The bin of probability {@code p}: {@code min(floor(10·p), 9)}. */
    public static int bin(float p) {
        return Math.min((int) (p * (double) BINS), BINS - 1);
    }
}
