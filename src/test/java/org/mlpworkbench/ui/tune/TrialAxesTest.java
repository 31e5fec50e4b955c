package org.mlpworkbench.ui.tune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.tune.TrialParameters;
import org.mlpworkbench.ui.component.ParallelModel;

/** The axes the Tune step's parallel-coordinates plot gets from trials, and the progress line's arithmetic. */
class TrialAxesTest {

    private static Trial trial(int number, List<Integer> hidden, Activation activation, double decay, double rate, double score) {
        return new Trial(number, 1, 0, 3, new TrialParameters(hidden, activation, 0.1 * number, decay, rate, 32, Optimizer.ADAMW),
                List.of(score), score, 1, null);
    }

    @Test
    void parametersThatVaryBecomeAxesAndTheScoreComesLast() {
        List<Trial> trials = List.of(trial(1, List.of(128, 64), Activation.RELU, 0, 1e-3, 0.80),
                trial(2, List.of(64), Activation.TANH, 1e-4, 1e-2, 0.84),
                trial(3, List.of(256), Activation.RELU, 1e-2, 1e-4, 0.82),
                new Trial(4, 1, 0, 3, new TrialParameters(List.of(8), Activation.GELU, 0, 0, 1e-3, 32, Optimizer.ADAMW),
                        List.of(), Double.NaN, 1, "refused"));
        ParallelModel m = TrialAxes.of(trials, trials.get(2), "accuracy");
        assertThat(m.axes()).extracting(ParallelModel.Axis::name)
                .containsExactly("layers", "activation", "dropout", "decay", "rate", "accuracy");
        ParallelModel.Axis layers = m.axes().get(0);
        assertThat(layers.categories()).as("by total width, the failed trial left out").containsExactly("64", "128,64", "256");
        ParallelModel.Axis decay = m.axes().get(3);
        assertThat(decay.scale()).isEqualTo(ParallelModel.Scale.LOG);
        assertThat(decay.zero()).isTrue();
        assertThat(decay.position(m.lines().get(0).values().get(3))).isEqualTo(0);
        assertThat(m.lines()).hasSize(3);
        assertThat(m.lines().get(0).shade()).isEqualTo(0);
        assertThat(m.lines().get(1).shade()).isEqualTo(1);
        assertThat(m.lines().get(2).shade()).isCloseTo((0.82 - 0.80) / (0.84 - 0.80), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(m.highlighted()).isEqualTo(2);
        assertThat(m.lines().get(1).values().get(5)).isEqualTo(0.84);
    }

    @Test
    void noScoredTrialGivesAnEmptyPlot() {
        assertThat(TrialAxes.of(List.of(), null, "accuracy")).isEqualTo(ParallelModel.EMPTY);
    }

    @Test
    void theProgressLineCountsTrialsAndTheBudget() {
        var settings = new org.mlpworkbench.tune.TuneSettings(9, 27, 0, java.time.Duration.ofMinutes(2), 1);
        TuneProgress p = TuneProgress.of(3, settings, 30, false, null, "accuracy");
        assertThat(p.fraction()).isEqualTo(0.25);
        assertThat(p.text()).isEqualTo("3 trials done · 0:30 elapsed · about 1:30 left");
        var counted = new org.mlpworkbench.tune.TuneSettings(9, 27, 10, null, 1);
        assertThat(TuneProgress.of(4, counted, 40, true, null, "accuracy").text())
                .isEqualTo("Paused · 4 trials of 10 done · 0:40 elapsed · about 1:00 left");
        assertThat(TuneProgress.planned(new org.mlpworkbench.tune.TuneSettings(9, 27, 0, null, 1))).isEqualTo(13);
    }
}
