package org.mlpworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    @Test
    void stepDecaysEveryFewEpochs() {
        LearningRateSchedule step = new LearningRateSchedule.Step(10, 0.1);
        assertThat(step.rate(1, 9, 0, 100)).isEqualTo(1.0);
        assertThat(step.rate(1, 10, 0, 100)).isCloseTo(0.1, offset(1e-15));
        assertThat(step.rate(1, 25, 0, 100)).isCloseTo(0.01, offset(1e-15));
    }

    @Test
    void cosineGoesFromBaseToMinimum() {
        LearningRateSchedule cosine = new LearningRateSchedule.Cosine(0.001);
        assertThat(cosine.rate(0.1, 0, 0, 101)).isCloseTo(0.1, offset(1e-15));
        assertThat(cosine.rate(0.1, 0, 50, 101)).isCloseTo(0.0505, offset(1e-12));
        assertThat(cosine.rate(0.1, 0, 100, 101)).isCloseTo(0.001, offset(1e-15));
    }

    @Test
    void oneCycleWarmsUpToTheBaseRateThenAnnealsLikePyTorch() {
        LearningRateSchedule oneCycle = LearningRateSchedule.OneCycle.defaults();
        long total = 1000;
        assertThat(oneCycle.rate(0.1, 0, 0, total)).isCloseTo(0.1 / 25, offset(1e-15));
        assertThat(oneCycle.rate(0.1, 0, 299, total)).isCloseTo(0.1, offset(1e-15));
        assertThat(oneCycle.rate(0.1, 0, 150, total)).isBetween(0.004, 0.1);
        assertThat(oneCycle.rate(0.1, 0, 999, total)).isCloseTo(0.1 / 25 / 1e4, offset(1e-15));
    }
}
