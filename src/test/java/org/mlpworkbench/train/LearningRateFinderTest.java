package org.mlpworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.model.Mlp;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.TaskKind;

class LearningRateFinderTest {

    @Test
    void sweepsGeometricallyStopsWhenTheLossExplodesAndSuggestsAWorkingRate() {
        SyntheticData.Split moons = SyntheticData.twoMoons(512, 0.1, 1);
        MlpSpec spec = MlpSpec.forTask(TaskKind.BINARY, 2, List.of(32), 1);
        TrainConfig config = TrainConfig.sgd(0.01, 1, 32);
        LrFinderResult result = LearningRateFinder.find(spec, moons.x(), moons.y(), config);

        List<LrFinderResult.Point> points = result.points();
        assertThat(points.get(0).learningRate()).isEqualTo(1e-7);
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).learningRate() / points.get(i - 1).learningRate())
                    .isCloseTo(Math.pow(1e8, 1.0 / 99), org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(points.size()).isLessThanOrEqualTo(100);
        assertThat(result.suggestedRate()).isBetween(1e-4, 5.0);

        TrainingResult trained = Trainer.train(spec, moons.x(), moons.y(), null, null,
                config.withLearningRate(result.suggestedRate()).withEpochs(20), null, null);
        assertThat(trained.history().get(19).trainLoss()).isLessThan(0.5 * trained.history().get(0).trainLoss());
    }

    @Test
    void startingModelIsNotChanged() {
        SyntheticData.Split moons = SyntheticData.twoMoons(128, 0.1, 1);
        MlpSpec spec = MlpSpec.forTask(TaskKind.BINARY, 2, List.of(8), 1);
        Mlp start = Trainer.train(spec, moons.x(), moons.y(), null, null, TrainConfig.adam(0.01, 2, 32), null, null).model();
        var before = start.parameters();
        LearningRateFinder.find(spec, start, moons.x(), moons.y(), TrainConfig.adam(0.01, 1, 32), 1e-6, 1, 30);
        assertThat(start.parameters()).isEqualTo(before);
    }

    @Test
    void suggestionIsTheSteepestDescentBeforeTheMinimum() {
        List<LrFinderResult.Point> curve = List.of(
                new LrFinderResult.Point(1e-5, 1, 1.0), new LrFinderResult.Point(1e-4, 1, 1.0),
                new LrFinderResult.Point(1e-3, 1, 0.99), new LrFinderResult.Point(1e-2, 1, 0.9),
                new LrFinderResult.Point(1e-1, 1, 0.5), new LrFinderResult.Point(1, 1, 0.4),
                new LrFinderResult.Point(10, 1, 3.0));
        assertThat(LearningRateFinder.suggest(curve)).isEqualTo(1e-1);
    }
}
