package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values: scikit-learn's documented example (roc_curve, roc_auc_score, precision_recall_curve, average_precision_score). */
class RocAndPrecisionRecallTest {

    @Test
    void rocCurveOfTheScikitLearnExample() {
        RocCurve roc = RocCurve.of(ThresholdCurveTest.sklearnExample());
        double[] fpr = new double[roc.size()];
        double[] tpr = new double[roc.size()];
        double[] thresholds = new double[roc.size()];
        for (int i = 0; i < roc.size(); i++) {
            fpr[i] = roc.fpr(i);
            tpr[i] = roc.tpr(i);
            thresholds[i] = roc.threshold(i);
        }
        assertThat(fpr).containsExactly(0, 0, 0.5, 0.5, 1);
        assertThat(tpr).containsExactly(0, 0.5, 0.5, 1, 1);
        assertThat(thresholds).containsExactly(0.8f, 0.4f, 0.35f, 0.1f, Double.NEGATIVE_INFINITY);
        assertThat(roc.auc()).isEqualTo(0.75);
    }

    @Test
    void precisionRecallCurveOfTheScikitLearnExample() {
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(ThresholdCurveTest.sklearnExample());
        double[] precision = new double[pr.size()];
        double[] recall = new double[pr.size()];
        for (int i = 0; i < pr.size(); i++) {
            precision[i] = pr.precision(i);
            recall[i] = pr.recall(i);
        }
        // scikit-learn lists them the other way round: precision [0.5, 0.667, 0.5, 1, 1], recall [1, 1, 0.5, 0.5, 0]
        assertThat(recall).containsExactly(0, 0.5, 0.5, 1, 1);
        assertThat(precision).containsExactly(1, 1, 0.5, 2 / 3.0, 0.5);
        assertThat(pr.averagePrecision()).isCloseTo(0.8333333333333333, within(1e-15));
    }

    @Test
    void tiedScoresMakeADiagonal() {
        ThresholdCurve curve = ThresholdCurve.build(new float[] {0.5f, 0.5f, 0.5f, 0.9f},
                new boolean[] {true, false, false, true});
        RocCurve roc = RocCurve.of(curve);
        assertThat(roc.size()).isEqualTo(3);
        // (0,0) → (0, 1/2) → (1, 1): area 1/2·1 + 1·(1/2 + 1)/2 ... = 0.5 + 0.25
        assertThat(roc.auc()).isEqualTo(0.75);
        assertThat(PrecisionRecallCurve.of(curve).averagePrecision()).isCloseTo(0.5 * 1 + 0.5 * 0.5, within(1e-15));
    }

    @Test
    void perfectAndInvertedRankings() {
        boolean[] y = {false, false, true, true};
        assertThat(RocCurve.of(ThresholdCurve.build(new float[] {0.1f, 0.2f, 0.8f, 0.9f}, y)).auc()).isEqualTo(1.0);
        assertThat(RocCurve.of(ThresholdCurve.build(new float[] {0.9f, 0.8f, 0.2f, 0.1f}, y)).auc()).isEqualTo(0.0);
        assertThat(PrecisionRecallCurve.of(ThresholdCurve.build(new float[] {0.1f, 0.2f, 0.8f, 0.9f}, y))
                .averagePrecision()).isEqualTo(1.0);
    }

    @Test
    void singleClassTargetsHaveNoAuc() {
        ThresholdCurve onlyPositives = ThresholdCurve.build(new float[] {0.3f, 0.6f}, new boolean[] {true, true});
        assertThat(RocCurve.of(onlyPositives).auc()).isNaN();
        assertThat(PrecisionRecallCurve.of(onlyPositives).averagePrecision()).isEqualTo(1.0);
        ThresholdCurve onlyNegatives = ThresholdCurve.build(new float[] {0.3f, 0.6f}, new boolean[] {false, false});
        assertThat(RocCurve.of(onlyNegatives).auc()).isNaN();
        assertThat(PrecisionRecallCurve.of(onlyNegatives).averagePrecision()).isNaN();
        assertThat(RocCurve.of(onlyNegatives).tpr(2)).isZero();
    }

    @Test
    void samplesOfLargeCurvesKeepTheirEnds() {
        int n = 20_000;
        float[] scores = new float[n];
        boolean[] targets = new boolean[n];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            targets[i] = random.nextBoolean();
            scores[i] = (float) (targets[i] ? Math.sqrt(random.nextDouble()) : random.nextDouble());
        }
        RocCurve roc = RocCurve.of(ThresholdCurve.build(scores, targets));
        int[] rocSample = roc.sample(500);
        assertThat(rocSample).hasSizeLessThanOrEqualTo(500).startsWith(0).endsWith(roc.size() - 1);
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(ThresholdCurve.build(scores, targets));
        int[] prSample = pr.sample(500);
        assertThat(prSample).hasSizeLessThanOrEqualTo(500).startsWith(0).endsWith(pr.size() - 1);
        double minPrecision = 1;
        for (int i = 0; i < pr.size(); i++) {
            minPrecision = Math.min(minPrecision, pr.precision(i));
        }
        double sampledMin = 1;
        for (int i : prSample) {
            sampledMin = Math.min(sampledMin, pr.precision(i));
        }
        assertThat(sampledMin).isEqualTo(minPrecision);
    }
}
