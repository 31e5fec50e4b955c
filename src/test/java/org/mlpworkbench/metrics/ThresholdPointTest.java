package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThresholdPointTest {

    @Test
    void metricsFromAHandMadeConfusionMatrix() {
        ThresholdPoint p = new ThresholdPoint(0.5, 3, 1, 4, 2);
        assertThat(p.total()).isEqualTo(10);
        assertThat(p.positives()).isEqualTo(5);
        assertThat(p.negatives()).isEqualTo(5);
        assertThat(p.accuracy()).isEqualTo(0.7);
        assertThat(p.precision()).isEqualTo(0.75);
        assertThat(p.recall()).isEqualTo(0.6);
        assertThat(p.fpr()).isEqualTo(0.2);
        assertThat(p.specificity()).isEqualTo(0.8);
        assertThat(p.f1()).isCloseTo(2 * 0.75 * 0.6 / (0.75 + 0.6), within(1e-15));
        assertThat(p.balancedAccuracy()).isCloseTo(0.7, within(1e-15));
        assertThat(p.youdenJ()).isCloseTo(0.4, within(1e-15));
        assertThat(p.mcc()).isCloseTo((3.0 * 4 - 1.0 * 2) / Math.sqrt(4.0 * 5 * 5 * 6), within(1e-15));
        assertThat(p.positiveRate()).isEqualTo(0.4);
        assertThat(p.confusionMatrix()).isEqualTo(new long[][] {{4, 1}, {2, 3}});
        assertThat(p.metrics()).containsKeys("accuracy", "precision", "recall", "f1", "fpr", "specificity",
                "balanced_accuracy", "mcc", "positive_rate").containsEntry("precision", 0.75);
    }

    @Test
    void emptyDenominatorsAreZero() {
        ThresholdPoint nothingPredictedNoPositives = new ThresholdPoint(0.9, 0, 0, 5, 0);
        assertThat(nothingPredictedNoPositives.precision()).isZero();
        assertThat(nothingPredictedNoPositives.recall()).isZero();
        assertThat(nothingPredictedNoPositives.f1()).isZero();
        assertThat(nothingPredictedNoPositives.mcc()).isZero();
        assertThat(nothingPredictedNoPositives.fpr()).isZero();
        assertThat(nothingPredictedNoPositives.specificity()).isEqualTo(1.0);
        assertThat(nothingPredictedNoPositives.accuracy()).isEqualTo(1.0);

        ThresholdPoint allPositiveNoNegatives = new ThresholdPoint(0.1, 4, 0, 0, 0);
        assertThat(allPositiveNoNegatives.fpr()).isZero();
        assertThat(allPositiveNoNegatives.specificity()).isZero();
        assertThat(allPositiveNoNegatives.mcc()).isZero();
        assertThat(allPositiveNoNegatives.precision()).isEqualTo(1.0);
        assertThat(allPositiveNoNegatives.f1()).isEqualTo(1.0);
    }

    @Test
    void mccOfAPerfectAndAnInvertedClassifier() {
        assertThat(new ThresholdPoint(0.5, 3, 0, 2, 0).mcc()).isEqualTo(1.0);
        assertThat(new ThresholdPoint(0.5, 0, 2, 0, 3).mcc()).isEqualTo(-1.0);
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> new ThresholdPoint(0.5, -1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative count");
    }
}
