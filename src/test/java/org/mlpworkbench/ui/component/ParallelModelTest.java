package org.mlpworkbench.ui.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.ui.component.ParallelModel.Axis;

/** How the parallel-coordinates model places values: linear, log (with and without a place for 0), categorical. */
class ParallelModelTest {

    @Test
    void aLinearAxisMapsItsRangeOntoZeroToOne() {
        Axis a = Axis.linear("dropout", 0.1, 0.5);
        assertThat(a.position(0.1)).isEqualTo(0);
        assertThat(a.position(0.5)).isEqualTo(1);
        assertThat(a.position(0.3)).isCloseTo(0.5, within(1e-12));
        assertThat(a.position(0.9)).as("clamped").isEqualTo(1);
        assertThat(Axis.linear("x", 2, 2).position(2)).isEqualTo(0.5);
    }

    @Test
    void aLogAxisSpacesDecadesEvenly() {
        Axis a = Axis.log("learning rate", 1e-4, 1e-2, false);
        assertThat(a.position(1e-4)).isCloseTo(0, within(1e-12));
        assertThat(a.position(1e-3)).isCloseTo(0.5, within(1e-12));
        assertThat(a.position(1e-2)).isCloseTo(1, within(1e-12));
        for (double v : new double[] {2e-4, 5e-4, 3e-3, 7e-3}) {
            double expected = (Math.log10(v) + 4) / 2;
            assertThat(a.position(v)).as("brute force for " + v).isCloseTo(expected, within(1e-12));
        }
        assertThat(a.ticks()).extracting(ParallelModel.Tick::text).containsExactly("1.0e-04", "0.01");
    }

    @Test
    void aLogAxisWithZeroKeepsZeroAtTheBottomBelowAGap() {
        Axis a = Axis.log("weight decay", 1e-5, 1e-1, true);
        assertThat(a.position(0)).isEqualTo(0);
        assertThat(a.position(1e-5)).isCloseTo(Axis.ZERO_GAP, within(1e-12));
        assertThat(a.position(1e-3)).isCloseTo(Axis.ZERO_GAP + (1 - Axis.ZERO_GAP) * 0.5, within(1e-12));
        assertThat(a.position(1e-1)).isCloseTo(1, within(1e-12));
        assertThat(a.ticks()).extracting(ParallelModel.Tick::text).containsExactly("0", "1.0e-05", "0.1");
        assertThatThrownBy(() -> Axis.log("bad", 0, 1, true)).hasMessageContaining("bounds > 0");
    }

    @Test
    void aCategoricalAxisSpreadsItsCategoriesEvenly() {
        Axis a = Axis.categorical("activation", List.of("gelu", "relu", "tanh"));
        assertThat(a.position(0)).isEqualTo(0);
        assertThat(a.position(1)).isEqualTo(0.5);
        assertThat(a.position(2)).isEqualTo(1);
        assertThat(a.ticks()).extracting(ParallelModel.Tick::position).containsExactly(0.0, 0.5, 1.0);
        assertThat(Axis.categorical("one", List.of("adamw")).position(0)).isEqualTo(0.5);
    }

    @Test
    void everyLineHasOneValuePerAxis() {
        List<Axis> axes = List.of(Axis.linear("a", 0, 1), Axis.linear("b", 0, 1));
        assertThatThrownBy(() -> new ParallelModel(axes, List.of(new ParallelModel.Line(List.of(0.5), 1)), -1))
                .hasMessage("a line has 1 values for 2 axes");
    }

    @Test
    void aLinePassesOnlyTheBandsItCrosses() {
        List<Axis> axes = List.of(Axis.log("rate", 1e-4, 1e-2, false), Axis.categorical("act", List.of("gelu", "relu", "tanh")));
        ParallelModel m = new ParallelModel(axes, List.of(new ParallelModel.Line(List.of(1e-3, 0.0), 0),
                new ParallelModel.Line(List.of(1e-2, 2.0), 1)), -1);
        assertThat(m.passes(0, java.util.Map.of())).isTrue();
        java.util.Map<Integer, ParallelModel.Band> upper = java.util.Map.of(0, new ParallelModel.Band(1.0, 0.6));
        assertThat(upper.get(0).low()).as("a band dragged downwards is ordered").isEqualTo(0.6);
        assertThat(m.passes(0, upper)).as("1e-3 sits at 0.5 on the log axis").isFalse();
        assertThat(m.passes(1, upper)).isTrue();
        java.util.Map<Integer, ParallelModel.Band> both = java.util.Map.of(0, new ParallelModel.Band(0.4, 1),
                1, new ParallelModel.Band(0, 0.2));
        assertThat(m.passes(0, both)).isTrue();
        assertThat(m.passes(1, both)).as("tanh sits at the top of the categorical axis").isFalse();
    }
}
