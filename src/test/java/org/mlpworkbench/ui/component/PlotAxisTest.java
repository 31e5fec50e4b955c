package org.mlpworkbench.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlotAxisTest {

    @Test
    void roundsTheRangeOutToStepsOfOneTwoOrFive() {
        PlotAxis loss = PlotAxis.covering(0.113, 0.652, 5);
        assertThat(loss.step()).isEqualTo(0.1);
        assertThat(loss.min()).isEqualTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(loss.max()).isEqualTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(loss.ticks()).hasSize(7);
        assertThat(loss.label(loss.ticks().get(2))).isEqualTo("0.3");

        PlotAxis epochs = PlotAxis.covering(1, 40, 8);
        assertThat(epochs.step()).isEqualTo(5);
        assertThat(epochs.min()).isEqualTo(0);
        assertThat(epochs.max()).isEqualTo(40);
        assertThat(epochs.label(35)).isEqualTo("35");

        assertThat(PlotAxis.covering(-7, 1, 4).step()).isEqualTo(2);
    }

    @Test
    void aSinglePointOrAnUndefinedRangeStillGivesAUsableAxis() {
        PlotAxis single = PlotAxis.covering(0.5, 0.5, 5);
        assertThat(single.min()).isLessThan(0.5);
        assertThat(single.max()).isGreaterThan(0.5);
        PlotAxis zero = PlotAxis.covering(0, 0, 5);
        assertThat(zero.max()).isGreaterThan(zero.min());
        PlotAxis nan = PlotAxis.covering(Double.NaN, 1, 5);
        assertThat(nan.ticks()).isNotEmpty();
    }

    @Test
    void labelsShowTheDecimalsTheStepNeedsAndNoNegativeZero() {
        PlotAxis fine = PlotAxis.covering(0.801, 0.8502, 5);
        assertThat(fine.step()).isEqualTo(0.01);
        assertThat(fine.label(0.82)).isEqualTo("0.82");
        PlotAxis around = PlotAxis.covering(-1, 1, 4);
        assertThat(around.label(-1e-17)).isEqualTo("0.0");
    }
}
