package org.mlpworkbench.tune;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.train.TrainingControl;

/** The search itself, with a fake objective: halving, budgets, cancel, determinism. */
class TunerTest {

    private static final SearchSpace SPACE = SearchSpace.defaultsFor(500, 10);

    /** Scores a configuration without training: best near a learning rate of 10^-2.5, a little better with more epochs. */
    static class FakeObjective implements TrialEvaluator {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicLong clock;
        final long nanosPerTrial;

        FakeObjective() {
            this(new AtomicLong(), 0);
        }

        FakeObjective(AtomicLong clock, long nanosPerTrial) {
            this.clock = clock;
            this.nanosPerTrial = nanosPerTrial;
        }

        @Override
        public String metric() {
            return "accuracy";
        }

        @Override
        public List<Double> evaluate(TrialParameters parameters, int epochs, long seed, TrainingControl control) {
            if (control.stopRequested()) {
                throw new CancellationException("stopped");
            }
            calls.incrementAndGet();
            clock.addAndGet(nanosPerTrial);
            double base = 1 - Math.abs(Math.log10(parameters.learningRate()) + 2.5) / 10 + epochs * 1e-4;
            return List.of(base, base - parameters.dropout() / 10);
        }
    }

    private static TuneResult search(TrialEvaluator objective, TuneSettings settings) {
        return new Tuner(objective, TrialRunner.SEQUENTIAL).search(SPACE, settings, TuneListener.NONE, TrainingControl.NONE);
    }

    @Test
    void oneRoundWithoutBudgetRunsEveryRungAndCompletes() {
        TuneResult result = search(new FakeObjective(), new TuneSettings(9, 27, 0, null, 1));

        assertThat(result.stopReason()).isEqualTo(TuneResult.StopReason.COMPLETED);
        assertThat(result.trials()).extracting(Trial::epochs).containsExactly(3, 3, 3, 3, 3, 3, 3, 3, 3, 9, 9, 9, 27);
        assertThat(result.trials()).extracting(Trial::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(result.best().epochs()).isEqualTo(27);
        assertThat(result.best().score()).isEqualTo(result.trials().stream().mapToDouble(Trial::score).max().orElseThrow());
        assertThat(result.metric()).isEqualTo("accuracy");
    }

    @Test
    void successiveHalvingKeepsTheBestThirdAtEachRung() {
        TuneSettings settings = new TuneSettings(27, 27, 0, null, 7);
        TuneResult result = search(new FakeObjective(), settings);

        assertThat(settings.rungs()).isEqualTo(4);
        for (int rung = 0; rung + 1 < settings.rungs(); rung++) {
            int r = rung;
            List<Trial> here = result.trials().stream().filter(t -> t.rung() == r).toList();
            List<Trial> next = result.trials().stream().filter(t -> t.rung() == r + 1).toList();
            assertThat(here).hasSize(settings.size(rung));
            assertThat(next).hasSize(here.size() / TuneSettings.ETA);
            List<TrialParameters> expected = here.stream().sorted(Comparator.comparingDouble(Trial::score).reversed())
                    .limit(next.size()).map(Trial::parameters).toList();
            assertThat(next).extracting(Trial::parameters).containsExactlyElementsOf(expected);
            assertThat(next).allSatisfy(t -> assertThat(t.epochs()).isEqualTo(here.get(0).epochs() * TuneSettings.ETA));
        }
    }

    @Test
    void sameSeedGivesTheSameTrialsAndScores() {
        TuneSettings settings = new TuneSettings(9, 9, 20, null, 42);
        TuneResult first = search(new FakeObjective(), settings);
        TuneResult second = search(new FakeObjective(), settings);
        TuneResult other = search(new FakeObjective(), new TuneSettings(9, 9, 20, null, 43));

        assertThat(second.trials()).extracting(Trial::parameters).containsExactlyElementsOf(
                first.trials().stream().map(Trial::parameters).toList());
        assertThat(second.trials()).extracting(Trial::score).containsExactlyElementsOf(
                first.trials().stream().map(Trial::score).toList());
        assertThat(other.trials().get(0).parameters()).isNotEqualTo(first.trials().get(0).parameters());
    }

    @Test
    void aTrialBudgetRunsExactlyThatManyTrials() {
        FakeObjective cut = new FakeObjective();
        TuneResult withinOneRound = search(cut, new TuneSettings(9, 27, 5, null, 1));
        TuneResult twoRounds = search(new FakeObjective(), new TuneSettings(9, 27, 20, null, 1));

        assertThat(withinOneRound.trials()).hasSize(5);
        assertThat(cut.calls).hasValue(5);
        assertThat(withinOneRound.stopReason()).isEqualTo(TuneResult.StopReason.TRIALS);
        assertThat(twoRounds.trials()).hasSize(20);
        assertThat(twoRounds.stopReason()).isEqualTo(TuneResult.StopReason.TRIALS);
        assertThat(twoRounds.trials()).extracting(Trial::bracket).containsOnly(1, 2);
        assertThat(twoRounds.trials().get(13).bracket()).isEqualTo(2);
    }

    @Test
    void aZeroTimeBudgetStartsNoTrialAndStillReturnsAResult() {
        FakeObjective objective = new FakeObjective();
        TuneResult result = search(objective, new TuneSettings(9, 27, 0, Duration.ZERO, 1));

        assertThat(objective.calls).hasValue(0);
        assertThat(result.trials()).isEmpty();
        assertThat(result.best()).isNull();
        assertThat(result.trialsPerMinute()).isZero();
        assertThat(result.stopReason()).isEqualTo(TuneResult.StopReason.BUDGET);
    }

    @Test
    void noTrialStartsAfterTheTimeBudget() {
        AtomicLong clock = new AtomicLong();
        FakeObjective objective = new FakeObjective(clock, 10_000_000_000L);
        TuneResult result = new Tuner(objective, TrialRunner.SEQUENTIAL, clock::get)
                .search(SPACE, new TuneSettings(9, 27, 0, Duration.ofSeconds(25), 1), TuneListener.NONE, TrainingControl.NONE);

        assertThat(result.trials()).hasSize(3); // started at 0, 10 and 20 s; the fourth would start at 30 s
        assertThat(result.stopReason()).isEqualTo(TuneResult.StopReason.BUDGET);
        assertThat(result.best()).isNotNull();
        assertThat(result.seconds()).isEqualTo(30.0);
        assertThat(result.trialsPerMinute()).isEqualTo(6.0);
    }

    @Test
    void cancelKeepsTheFinishedTrials() {
        List<Trial> seen = new ArrayList<>();
        TrainingControl stopAfterFour = new TrainingControl() {
            @Override
            public boolean stopRequested() {
                return seen.size() >= 4;
            }

            @Override
            public void awaitIfPaused() {
            }
        };
        TuneResult result = new Tuner(new FakeObjective(), TrialRunner.SEQUENTIAL)
                .search(SPACE, new TuneSettings(9, 27, 0, null, 1), seen::add, stopAfterFour);

        assertThat(result.stopReason()).isEqualTo(TuneResult.StopReason.CANCELLED);
        assertThat(result.trials()).hasSize(4).containsExactlyElementsOf(seen);
        assertThat(result.best()).isIn(seen);
    }

    @Test
    void aTrialThatTrainingRefusesIsKeptAsFailedAndRankedLast() {
        TrialEvaluator refusesSmallBatches = new FakeObjective() {
            @Override
            public List<Double> evaluate(TrialParameters parameters, int epochs, long seed, TrainingControl control) {
                if (parameters.batchSize() == 16) {
                    throw new IllegalArgumentException("batch too small");
                }
                return super.evaluate(parameters, epochs, seed, control);
            }
        };
        TuneResult result = search(refusesSmallBatches, new TuneSettings(27, 9, 0, null, 3));

        List<Trial> failed = result.trials().stream().filter(t -> !t.scored()).toList();
        assertThat(failed).isNotEmpty().allSatisfy(t -> {
            assertThat(t.failure()).isEqualTo("batch too small");
            assertThat(t.foldScores()).isEmpty();
            assertThat(t.rung()).isZero();
        });
        assertThat(result.best().scored()).isTrue();
    }

    @Test
    void everyRungIsHandedToTheRunnerAsOneBatch() {
        List<Integer> batches = new ArrayList<>();
        TrialRunner counting = new TrialRunner() {
            @Override
            public <T> List<T> runAll(List<java.util.function.Supplier<T>> trials) {
                batches.add(trials.size());
                return SEQUENTIAL.runAll(trials);
            }
        };
        new Tuner(new FakeObjective(), counting).search(SPACE, new TuneSettings(9, 27, 0, null, 1), TuneListener.NONE,
                TrainingControl.NONE);

        assertThat(batches).containsExactly(9, 3, 1);
    }
}
