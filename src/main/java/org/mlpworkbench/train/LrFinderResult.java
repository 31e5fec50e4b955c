package org.mlpworkbench.train;

import java.util.List;

/**
 * The curve of a learning-rate sweep and the rate it suggests (NaN when the curve is too short to
 * judge, e.g. the loss diverged at once).
 */
public record LrFinderResult(List<Point> points, double suggestedRate) {

    /** One step of the sweep: the rate used, the batch loss and its exponentially smoothed value. */
    public record Point(double learningRate, double loss, double smoothedLoss) {
    }

    public LrFinderResult {
        points = List.copyOf(points);
    }
}
