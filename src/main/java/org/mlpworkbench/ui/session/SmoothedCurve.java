package org.mlpworkbench.ui.session;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.ui.component.CurvePoint;

/**
 * An exponentially smoothed, bounded curve of a noisy series (the per-batch loss): each value updates
 * a bias-corrected moving average, and a point is kept every {@code stride} values; when more than
 * {@link #MAX_POINTS} points are kept, every other one is dropped and the stride doubles, so a run of
 * any length draws at most {@code MAX_POINTS} points.
 */
public final class SmoothedCurve {

    /** The most points kept. */
    public static final int MAX_POINTS = 1000;

    private final double beta;
    private final ObservableList<CurvePoint> points = FXCollections.observableArrayList();
    private double average;
    private long count;
    private int stride = 1;

    /** @param beta the smoothing factor in [0, 1): 0 keeps raw values, 0.9 averages over ~10 values */
    public SmoothedCurve(double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("beta must be in [0, 1), got " + beta);
        }
        this.beta = beta;
    }

    /** Adds the value {@code y} at position {@code x}; non-finite values are skipped. */
    public void add(double x, double y) {
        if (!Double.isFinite(y)) {
            return;
        }
        count++;
        average = beta * average + (1 - beta) * y;
        if (count % stride == 0) {
            points.add(new CurvePoint(x, average / (1 - Math.pow(beta, count))));
        }
        if (points.size() > MAX_POINTS) {
            List<CurvePoint> kept = new ArrayList<>(points.size() / 2 + 1);
            for (int i = 1; i < points.size(); i += 2) {
                kept.add(points.get(i));
            }
            stride *= 2;
            points.setAll(kept);
        }
    }

    public ObservableList<CurvePoint> points() {
        return points;
    }
}
