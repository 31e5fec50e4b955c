package org.mlpworkbench.metrics;

/**
 * Chooses the threshold that maximises a metric (or minimises a cost). The points attaining the maximum form runs of
 * consecutive points (plateaus); run {@code a..b} holds for every threshold in
 * {@code [threshold(a), threshold(b + 1))}. Within the probability range [0, 1] the widest such interval
 * wins (the lower one on a tie), and its midpoint is returned: the threshold farthest from the scores
 * on either side, like a maximum-margin boundary. When the interval has no width inside [0, 1]
 * (everything positive is best but some score is 0, or everything negative is best and some score is 1),
 * the nearest threshold that still gives that classification is returned.
 */
final class BestThreshold {
    private BestThreshold() {
    }

    static double find(ThresholdCurve curve, ThresholdObjective metric) {
        int size = curve.size();
        long positives = curve.positives();
        long negatives = curve.negatives();
        int best = 0;
        for (int i = 1; i < size; i++) {
            if (metric.compare(curve.tp(i), curve.fp(i), curve.tp(best), curve.fp(best), positives, negatives) > 0) {
                best = i;
            }
        }
        double bestWidth = Double.NEGATIVE_INFINITY;
        double bestThreshold = Double.NaN;
        int i = 0;
        while (i < size) {
            if (metric.compare(curve.tp(i), curve.fp(i), curve.tp(best), curve.fp(best), positives, negatives) != 0) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < size && metric.compare(curve.tp(end + 1), curve.fp(end + 1),
                    curve.tp(best), curve.fp(best), positives, negatives) == 0) {
                end++;
            }
            double lo = curve.threshold(i);
            double hi = end + 1 < size ? curve.threshold(end + 1) : Double.POSITIVE_INFINITY;
            double clampedLo = Math.max(lo, 0.0);
            double clampedHi = Math.min(hi, 1.0);
            double width = clampedHi - clampedLo;
            if (width > bestWidth) {
                bestWidth = width;
                bestThreshold = width > 0 ? (clampedLo + clampedHi) / 2 : insideOf(lo, hi);
            }
            i = end + 1;
        }
        return bestThreshold;
    }

    /** A threshold in {@code [lo, hi)} for an interval that does not overlap [0, 1] with positive width. */
    private static double insideOf(double lo, double hi) {
        return lo == Double.NEGATIVE_INFINITY ? Math.nextDown(hi) : lo;
    }
}
