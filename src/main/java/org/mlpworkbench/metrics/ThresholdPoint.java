package org.mlpworkbench.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The confusion matrix of the rule {@code predicted positive ⇔ p > threshold}, and every metric derived
 * from it. A ratio whose denominator is zero (precision when nothing is predicted positive, recall when
 * there are no positives, …) is defined as {@code 0.0}, as scikit-learn does by default; so is MCC when
 * any row or column of the confusion matrix is empty.
 *
 * @param threshold the threshold; {@code -∞} for the curve's "below all scores" point
 * @param tp positives scored above the threshold
 * @param fp negatives scored above the threshold
 * @param tn negatives scored at or below the threshold
 * @param fn positives scored at or below the threshold
 */
public record ThresholdPoint(double threshold, long tp, long fp, long tn, long fn) {

    public ThresholdPoint {
        if (tp < 0 || fp < 0 || tn < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count in " + tp + "/" + fp + "/" + tn + "/" + fn);
        }
    }

    public long total() {
        return tp + fp + tn + fn;
    }

    /** Real positives, {@code tp + fn}. */
    public long positives() {
        return tp + fn;
    }

    /** Real negatives, {@code tn + fp}. */
    public long negatives() {
        return tn + fp;
    }

    /** {@code (tp + tn) / total}: for pooled multi-label counts, {@code mean((p > t) == target)}. */
    public double accuracy() {
        return ratio(tp + tn, total());
    }

    /** {@code tp / (tp + fp)}; 0 when nothing is predicted positive. */
    public double precision() {
        return ratio(tp, tp + fp);
    }

    /** Recall, sensitivity or true-positive rate, {@code tp / (tp + fn)}; 0 when there are no positives. */
    public double recall() {
        return ratio(tp, tp + fn);
    }

    /** False-positive rate {@code fp / (fp + tn)}; 0 when there are no negatives. */
    public double fpr() {
        return ratio(fp, fp + tn);
    }

    /** Specificity or true-negative rate {@code tn / (tn + fp)}; 0 when there are no negatives. */
    public double specificity() {
        return ratio(tn, tn + fp);
    }

    /** {@code 2tp / (2tp + fp + fn)}, the harmonic mean of precision and recall; 0 when all three counts are 0. */
    public double f1() {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    /** {@code (recall + specificity) / 2}. */
    public double balancedAccuracy() {
        return (recall() + specificity()) / 2;
    }

    /** Youden's J, {@code recall + specificity − 1}. */
    public double youdenJ() {
        return recall() + specificity() - 1;
    }

    /** Matthews correlation coefficient; 0 when any marginal of the confusion matrix is 0. */
    public double mcc() {
        double denominator = Math.sqrt((double) (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        return denominator == 0 ? 0.0 : ((double) tp * tn - (double) fp * fn) / denominator;
    }

    /** Fraction predicted positive, {@code (tp + fp) / total}. */
    public double positiveRate() {
        return ratio(tp + fp, total());
    }

    /** The confusion matrix as {@code [[tn, fp], [fn, tp]]} (rows: actual 0, 1; columns: predicted 0, 1). */
    public long[][] confusionMatrix() {
        return new long[][] {{tn, fp}, {fn, tp}};
    }

    /** Every metric by name, in a fixed order (the names used by {@link CrossValidation}). */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", accuracy());
        m.put("precision", precision());
        m.put("recall", recall());
        m.put("f1", f1());
        m.put("fpr", fpr());
        m.put("specificity", specificity());
        m.put("balanced_accuracy", balancedAccuracy());
        m.put("mcc", mcc());
        m.put("positive_rate", positiveRate());
        return m;
    }

    static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }
}
