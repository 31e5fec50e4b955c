package org.mlpworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.model.Mlp;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.TaskKind;

/** The trainer learns seeded toy problems (losses must fall, metrics must be high). */
class LearningTest {

    @Test
    void learnsXor() {
        SyntheticData.Split xor = SyntheticData.xor();
        MlpSpec spec = MlpSpec.forTask(TaskKind.BINARY, 2, List.of(8), 1).withActivation(Activation.TANH);
        TrainingResult result = Trainer.train(spec, xor.x(), xor.y(), null, null,
                TrainConfig.adam(0.05, 300, 4), TrainingListener.NONE, TrainingControl.NONE);

        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(result.history().get(0).trainLoss()).isGreaterThan(0.5);
        assertThat(last(result).trainLoss()).isLessThan(0.05);
        float[] p = result.model().predict(xor.x()).data();
        assertThat(p[0]).isLessThan(0.5f);
        assertThat(p[1]).isGreaterThan(0.5f);
        assertThat(p[2]).isGreaterThan(0.5f);
        assertThat(p[3]).isLessThan(0.5f);
    }

    @Test
    void learnsTwoMoons() {
        SyntheticData.Split train = SyntheticData.twoMoons(600, 0.1, 1);
        SyntheticData.Split val = SyntheticData.twoMoons(200, 0.1, 2);
        MlpSpec spec = MlpSpec.forTask(TaskKind.BINARY, 2, List.of(32, 32), 1);
        TrainingResult result = Trainer.train(spec, train.x(), train.y(), val.x(), val.y(),
                TrainConfig.adam(0.01, 60, 32), TrainingListener.NONE, TrainingControl.NONE);

        assertThat(last(result).trainLoss()).isLessThan(0.2 * result.history().get(0).trainLoss());
        assertThat(last(result).validationMetric()).isGreaterThan(0.97);
        assertThat(last(result).metricName()).isEqualTo("accuracy@0.5");
    }

    @Test
    void learnsTwoMoonsWithEveryOptimizerAndSchedule() {
        SyntheticData.Split train = SyntheticData.twoMoons(400, 0.1, 3);
        MlpSpec spec = MlpSpec.forTask(TaskKind.BINARY, 2, List.of(32), 1).withActivation(Activation.GELU);
        List<TrainConfig> configs = List.of(
                TrainConfig.sgd(0.1, 60, 16).withMomentum(0.9, true),
                TrainConfig.sgd(0.3, 60, 16).withSchedule(new LearningRateSchedule.Step(20, 0.5)),
                TrainConfig.adam(0.02, 60, 16).withOptimizer(Optimizer.ADAMW).withWeightDecay(0.01)
                        .withSchedule(new LearningRateSchedule.Cosine(0)),
                TrainConfig.adam(0.05, 60, 16).withSchedule(LearningRateSchedule.OneCycle.defaults()));
        for (TrainConfig config : configs) {
            TrainingResult result = Trainer.train(spec, train.x(), train.y(), null, null, config,
                    TrainingListener.NONE, TrainingControl.NONE);
            assertThat(last(result).trainMetric()).as(config.toString()).isGreaterThan(0.95);
        }
    }

    @Test
    void learnsMultiLabelProblem() {
        SyntheticData.Split train = SyntheticData.multiLabel(1500, 6, 4, 11);
        SyntheticData.Split val = SyntheticData.multiLabel(500, 6, 4, 12);
        MlpSpec spec = MlpSpec.forTask(TaskKind.MULTI_LABEL, 6, List.of(32), 4).withDropout(0.1);
        TrainingResult result = Trainer.train(spec, train.x(), train.y(), val.x(), val.y(),
                TrainConfig.adam(0.01, 40, 32), TrainingListener.NONE, TrainingControl.NONE);

        assertThat(last(result).validationLoss()).isLessThan(0.5 * result.history().get(0).validationLoss());
        assertThat(last(result).validationMetric()).isGreaterThan(0.97);
        Matrix p = result.model().predict(val.x());
        assertThat(p.rows()).isEqualTo(500);
        assertThat(p.cols()).isEqualTo(4);
    }

    @Test
    void learnsRegression() {
        int n = 500;
        float[] x = new float[n];
        float[] y = new float[n * 2];
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < n; i++) {
            x[i] = (float) (random.nextDouble() * 6 - 3);
            y[2 * i] = (float) Math.sin(x[i]);
            y[2 * i + 1] = x[i] * x[i] / 3;
        }
        MlpSpec spec = MlpSpec.forTask(TaskKind.REGRESSION, 1, List.of(32, 32), 2).withActivation(Activation.ELU);
        TrainingResult result = Trainer.train(spec, new Matrix(n, 1, x), new Matrix(n, 2, y), null, null,
                TrainConfig.adam(0.01, 150, 32), TrainingListener.NONE, TrainingControl.NONE);

        assertThat(last(result).metricName()).isEqualTo("RMSE");
        assertThat(last(result).trainMetric()).isLessThan(0.1);
    }

    @Test
    void learnsMultiClassWithSoftmax() {
        SyntheticData.Split moons = SyntheticData.twoMoons(400, 0.1, 8);
        float[] oneHot = new float[400 * 2];
        for (int i = 0; i < 400; i++) {
            oneHot[2 * i + (int) moons.y().get(i, 0)] = 1;
        }
        MlpSpec spec = MlpSpec.forTask(TaskKind.MULTI_CLASS, 2, List.of(32), 2).withActivation(Activation.LEAKY_RELU);
        TrainingResult result = Trainer.train(spec, moons.x(), new Matrix(400, 2, oneHot), null, null,
                TrainConfig.adam(0.02, 60, 16), TrainingListener.NONE, TrainingControl.NONE);
        assertThat(last(result).metricName()).isEqualTo("accuracy");
        assertThat(last(result).trainMetric()).isGreaterThan(0.95);
        Mlp model = result.model();
        float[] p = model.predict(moons.x()).data();
        assertThat(p[0] + p[1]).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
    }

    @Test
    void continuesTrainingFromAModelWithoutChangingIt() {
        SyntheticData.Split moons = SyntheticData.twoMoons(400, 0.1, 9);
        MlpSpec spec = MlpSpec.forTask(TaskKind.BINARY, 2, List.of(32), 1);
        TrainConfig config = TrainConfig.adam(0.01, 5, 32);
        Mlp first = Trainer.train(spec, moons.x(), moons.y(), null, null, config, null, null).model();
        var before = first.parameters();
        TrainingResult more = Trainer.train(first, moons.x(), moons.y(), null, null, config.withEpochs(30), null, null);
        assertThat(first.parameters()).isEqualTo(before);
        TrainingResult fresh = Trainer.train(spec, moons.x(), moons.y(), null, null, config.withEpochs(1), null, null);
        assertThat(more.history().get(0).trainLoss()).isLessThan(fresh.history().get(0).trainLoss());
        assertThat(last(more).trainMetric()).isGreaterThan(0.95);
    }

    static EpochStats last(TrainingResult result) {
        return result.history().get(result.history().size() - 1);
    }
}
