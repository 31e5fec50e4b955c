package org.mlpworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.model.Mlp;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.NamedParameter;
import org.mlpworkbench.model.TaskKind;

/** Early stopping, stop and pause, the divergence guard, determinism and input checks. */
class TrainingBehaviourTest {

    private static final MlpSpec MOONS = MlpSpec.forTask(TaskKind.BINARY, 2, List.of(16), 1);

    @Test
    void earlyStoppingRestoresTheBestEpochsWeights() {
        SyntheticData.Split train = SyntheticData.noisyBinary(60, 10, 1);
        SyntheticData.Split val = SyntheticData.noisyBinary(300, 10, 2);
        MlpSpec big = MlpSpec.forTask(TaskKind.BINARY, 10, List.of(128, 128), 1);
        TrainingResult result = Trainer.train(big, train.x(), train.y(), val.x(), val.y(),
                TrainConfig.adam(0.01, 200, 16).withPatience(5), TrainingListener.NONE, TrainingControl.NONE);

        assertThat(result.stopReason()).isEqualTo(StopReason.EARLY_STOPPED);
        int epochs = result.history().size();
        assertThat(epochs).isLessThan(200).isEqualTo(result.bestEpoch() + 5);
        double bestLoss = result.history().get(result.bestEpoch() - 1).validationLoss();
        double lastLoss = result.history().get(epochs - 1).validationLoss();
        assertThat(lastLoss).isGreaterThan(bestLoss);
        double restoredLoss = binaryCrossEntropy(result.model().predict(val.x()), val.y());
        assertThat(restoredLoss).isCloseTo(bestLoss, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(result.message()).contains("restored the weights of epoch " + result.bestEpoch());
    }

    @Test
    void theRestoredWeightsAreThoseOfARunThatStopsAtTheBestEpoch() {
        SyntheticData.Split train = SyntheticData.noisyBinary(60, 10, 1);
        SyntheticData.Split val = SyntheticData.noisyBinary(300, 10, 2);
        MlpSpec spec = MlpSpec.forTask(TaskKind.BINARY, 10, List.of(64), 1).withDropout(0.2);
        TrainConfig capped = TrainConfig.adam(0.01, 300, 16).withOptimizer(Optimizer.ADAMW).withWeightDecay(0.1)
                .withPatience(5).withSeed(7);
        TrainingResult stopped = Trainer.train(spec, train.x(), train.y(), val.x(), val.y(), capped,
                TrainingListener.NONE, TrainingControl.NONE);
        int best = stopped.bestEpoch();
        assertThat(stopped.stopReason()).isEqualTo(StopReason.EARLY_STOPPED);
        assertThat(best).isGreaterThan(1).isLessThan(stopped.history().size());

        TrainingResult fixed = Trainer.train(spec, train.x(), train.y(), val.x(), val.y(),
                capped.withEpochs(best).withPatience(0), TrainingListener.NONE, TrainingControl.NONE);
        assertThat(fixed.history()).hasSize(best);
        assertThat(stopped.model().parameters()).isEqualTo(fixed.model().parameters());
        TrainingResult overfitted = Trainer.train(spec, train.x(), train.y(), val.x(), val.y(),
                capped.withEpochs(stopped.history().size()).withPatience(0), TrainingListener.NONE, TrainingControl.NONE);
        assertThat(stopped.model().parameters()).isNotEqualTo(overfitted.model().parameters());
    }

    @Test
    void stopRequestEndsTrainingWithinOneBatchAndKeepsTheWeights() {
        SyntheticData.Split moons = SyntheticData.twoMoons(320, 0.1, 1);
        TrainingSwitch control = new TrainingSwitch();
        AtomicInteger batchesAfterStop = new AtomicInteger();
        List<BatchStats> seen = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onBatch(BatchStats stats) {
                if (control.stopRequested()) {
                    batchesAfterStop.incrementAndGet();
                }
                seen.add(stats);
                if (stats.epoch() == 2 && stats.batch() == 3) {
                    control.requestStop();
                }
            }
        };
        TrainingResult result = Trainer.train(MOONS, moons.x(), moons.y(), null, null,
                TrainConfig.adam(0.01, 50, 32), listener, control);

        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(batchesAfterStop.get()).isZero();
        assertThat(seen).hasSize(10 + 3);
        assertThat(result.history()).hasSize(1);
        assertThat(result.message()).contains("epoch 2, batch 4");
        Mlp fresh = Trainer.train(MOONS, moons.x(), moons.y(), null, null, TrainConfig.adam(0.01, 1, 32),
                TrainingListener.NONE, TrainingControl.NONE).model();
        assertThat(result.model().parameters()).isNotEqualTo(fresh.parameters());
    }

    @Test
    void pauseBlocksTheTrainingThreadUntilResumed() throws Exception {
        SyntheticData.Split moons = SyntheticData.twoMoons(200, 0.1, 1);
        TrainingSwitch control = new TrainingSwitch();
        AtomicInteger batches = new AtomicInteger();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onBatch(BatchStats stats) {
                if (batches.incrementAndGet() == 2) {
                    control.pause();
                }
            }
        };
        CompletableFuture<TrainingResult> running = CompletableFuture.supplyAsync(() -> Trainer.train(MOONS,
                moons.x(), moons.y(), null, null, TrainConfig.adam(0.01, 3, 20), listener, control));
        Thread.sleep(300);
        assertThat(running).isNotDone();
        assertThat(batches.get()).isEqualTo(2);
        control.resume();
        TrainingResult result = running.get(30, TimeUnit.SECONDS);
        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(batches.get()).isEqualTo(30);
    }

    @Test
    void stopReleasesAPausedTrainer() throws Exception {
        SyntheticData.Split moons = SyntheticData.twoMoons(200, 0.1, 1);
        TrainingSwitch control = new TrainingSwitch();
        control.pause();
        CompletableFuture<TrainingResult> running = CompletableFuture.supplyAsync(() -> Trainer.train(MOONS,
                moons.x(), moons.y(), null, null, TrainConfig.adam(0.01, 3, 20), TrainingListener.NONE, control));
        Thread.sleep(200);
        assertThat(running).isNotDone();
        control.requestStop();
        assertThat(running.get(30, TimeUnit.SECONDS).stopReason()).isEqualTo(StopReason.CANCELLED);
    }

    @Test
    void aLossThatExplodesWithoutBecomingInfiniteIsDivergenceToo() {
        int n = 256;
        java.util.Random random = new java.util.Random(3);
        float[] x = new float[n * 2];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = (float) random.nextGaussian();
            x[2 * i + 1] = (float) random.nextGaussian();
            y[i] = random.nextBoolean() ? 1 : 0;
        }
        MlpSpec spec = MlpSpec.forTask(TaskKind.BINARY, 2, List.of(16), 1);
        TrainingResult result = Trainer.train(spec, new Matrix(n, 2, x), new Matrix(n, 1, y), null, null,
                TrainConfig.adam(1e9, 5, 32), TrainingListener.NONE, TrainingControl.NONE);
        assertThat(result.stopReason()).isEqualTo(StopReason.DIVERGED);
        assertThat(result.history()).as("no epoch ended").isEmpty();
        assertThat(result.message()).matches("loss exploded to \\S+ at epoch 1, batch \\d+, a million times its first"
                + " value — try a lower learning rate\\. The model keeps its initial weights\\.");
    }

    @Test
    void divergenceStopsWithAClearMessageAndFiniteWeights() {
        int n = 64;
        float[] x = new float[n * 3];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[3 * i] = i;
            x[3 * i + 1] = -i;
            x[3 * i + 2] = 1;
            y[i] = 1000f * i;
        }
        MlpSpec spec = MlpSpec.forTask(TaskKind.REGRESSION, 3, List.of(16), 1);
        TrainingResult result = Trainer.train(spec, new Matrix(n, 3, x), new Matrix(n, 1, y), null, null,
                TrainConfig.sgd(10, 20, 8), TrainingListener.NONE, TrainingControl.NONE);

        assertThat(result.stopReason()).isEqualTo(StopReason.DIVERGED);
        assertThat(result.message()).matches("loss (became (NaN|Infinity)|exploded to \\S+) at epoch \\d+, batch \\d+"
                + "(, a million times its first value)? — try a lower learning rate\\. The model keeps (its initial weights"
                + "|the weights from the end of epoch \\d+)\\.");
        for (NamedParameter p : result.model().parameters()) {
            for (float v : p.values()) {
                assertThat(Float.isFinite(v)).isTrue();
            }
        }
    }

    @Test
    void sameSeedGivesBitIdenticalLossesAndWeights() {
        SyntheticData.Split moons = SyntheticData.twoMoons(300, 0.2, 1);
        SyntheticData.Split val = SyntheticData.twoMoons(100, 0.2, 2);
        MlpSpec spec = MOONS.withDropout(0.2).withL2(1e-3);
        TrainConfig config = TrainConfig.adam(0.01, 5, 32).withSeed(123);
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        TrainingResult a = Trainer.train(spec, moons.x(), moons.y(), val.x(), val.y(), config,
                batchLosses(first), TrainingControl.NONE);
        TrainingResult b = Trainer.train(spec, moons.x(), moons.y(), val.x(), val.y(), config,
                batchLosses(second), TrainingControl.NONE);
        TrainingResult other = Trainer.train(spec, moons.x(), moons.y(), val.x(), val.y(), config.withSeed(124),
                TrainingListener.NONE, TrainingControl.NONE);

        assertThat(first).isEqualTo(second).hasSize(50);
        assertThat(a.model().parameters()).isEqualTo(b.model().parameters());
        assertThat(a.history().stream().map(EpochStats::validationLoss).toList())
                .isEqualTo(b.history().stream().map(EpochStats::validationLoss).toList());
        assertThat(other.model().parameters()).isNotEqualTo(a.model().parameters());
    }

    @Test
    void inputsThatDoNotFitAreRejectedWithAPreciseMessage() {
        SyntheticData.Split moons = SyntheticData.twoMoons(10, 0.1, 1);
        TrainConfig config = TrainConfig.adam(0.01, 1, 4);
        Matrix badTargets = new Matrix(10, 1, new float[] {0, 1, 0, 1, 0, 2, 0, 1, 0, 1});
        assertThatThrownBy(() -> Trainer.train(MOONS, moons.x(), badTargets, null, null, config, null, null))
                .hasMessage("the training target at row 6, column 1 is 2.0; binary cross-entropy needs targets between 0 and 1");
        assertThatThrownBy(() -> Trainer.train(MOONS.withBias(false), moons.y(), moons.y(), null, null, config, null, null))
                .hasMessage("the training features have 1 columns but the network has 2 inputs");
        float[] nan = moons.x().data().clone();
        nan[5] = Float.NaN;
        assertThatThrownBy(() -> Trainer.train(MOONS, new Matrix(10, 2, nan), moons.y(), null, null, config, null, null))
                .hasMessage("the training features have NaN at row 3, column 2; every value must be a finite number");
        assertThatThrownBy(() -> TrainConfig.sgd(0.1, 1, 4).withWeightDecay(0.1))
                .hasMessageContaining("use the model's L2 penalty");
    }

    private static TrainingListener batchLosses(List<Double> sink) {
        return new TrainingListener() {
            @Override
            public void onBatch(BatchStats stats) {
                sink.add(stats.loss());
            }
        };
    }

    private static double binaryCrossEntropy(Matrix p, Matrix y) {
        double total = 0;
        for (int i = 0; i < y.rows(); i++) {
            double q = p.get(i, 0);
            total -= y.get(i, 0) > 0.5 ? Math.log(q) : Math.log(1 - q);
        }
        return total / y.rows();
    }
}
