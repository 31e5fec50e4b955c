package org.mlpworkbench.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.prep.Task;

/** Thresholds chosen on out-of-fold predictions, checked against a brute-force search per label. */
class ChosenThresholdsTest {

    @Test
    void eachLabelsThresholdReachesTheBruteForceBestAccuracyOnThePooledFolds() {
        Random random = new Random(3);
        int labels = 4;
        List<Matrix> outputs = new ArrayList<>();
        List<Matrix> targets = new ArrayList<>();
        for (int rows : new int[] {37, 41, 29}) {
            float[] p = new float[rows * labels];
            float[] y = new float[rows * labels];
            for (int i = 0; i < p.length; i++) {
                int label = i % labels;
                y[i] = random.nextDouble() < 0.2 + 0.2 * label ? 1f : 0f;
                // scores on a coarse grid, so that ties and plateaus occur; label 3 is shifted well above 0.5
                double signal = 0.25 * y[i] + 0.75 * random.nextDouble() + (label == 3 ? 0.2 : 0);
                p[i] = Math.round(Math.min(1, signal) * 20) / 20f;
            }
            outputs.add(new Matrix(rows, labels, p));
            targets.add(new Matrix(rows, labels, y));
        }

        ChosenThresholds chosen = ChosenThresholds.choose(Task.MULTI_LABEL, outputs, targets);

        assertThat(chosen.thresholds()).hasSize(labels);
        double bestSum = 0;
        double halfSum = 0;
        for (int j = 0; j < labels; j++) {
            double t = chosen.thresholds().get(j);
            assertThat(t).isBetween(0.0, 1.0);
            double brute = bruteForceBestAccuracy(outputs, targets, j);
            assertThat(accuracy(outputs, targets, j, t)).as("label %d at %s", j, t).isEqualTo(brute);
            bestSum += brute;
            halfSum += accuracy(outputs, targets, j, 0.5);
        }
        assertThat(chosen.tunedScore()).isCloseTo(bestSum / labels, within(1e-12));
        assertThat(chosen.pooledScore()).isCloseTo(halfSum / labels, within(1e-12));
        assertThat(chosen.tunedScore()).isGreaterThan(chosen.pooledScore());
    }

    @Test
    void theThresholdIsTheMiddleOfTheWidestBestGap() {
        Matrix p = new Matrix(4, 1, new float[] {0.1f, 0.2f, 0.4f, 0.9f});
        Matrix y = new Matrix(4, 1, new float[] {0, 0, 1, 1});
        Matrix p2 = new Matrix(2, 1, new float[] {0.15f, 0.7f});
        Matrix y2 = new Matrix(2, 1, new float[] {0, 1});

        ChosenThresholds chosen = ChosenThresholds.choose(Task.BINARY, List.of(p, p2), List.of(y, y2));

        // every threshold in [0.2, 0.4) separates the classes; its middle is 0.3
        assertThat(chosen.thresholds().get(0)).isCloseTo(0.3, within(1e-6));
        assertThat(chosen.tunedScore()).isEqualTo(1.0);
        assertThat(chosen.pooledScore()).isCloseTo(5 / 6.0, within(1e-12));
    }

    @Test
    void noThresholdsForOtherTasksOrFoldsThatLearntDifferentOutputs() {
        Matrix two = new Matrix(1, 2, new float[] {0.3f, 0.6f});
        Matrix one = new Matrix(1, 1, new float[] {0.3f});
        Matrix twoY = new Matrix(1, 2, new float[] {0, 1});
        Matrix oneY = new Matrix(1, 1, new float[] {1});

        assertThat(ChosenThresholds.choose(Task.MULTI_CLASS, List.of(two), List.of(twoY))).isNull();
        assertThat(ChosenThresholds.choose(Task.REGRESSION, List.of(one), List.of(oneY))).isNull();
        assertThat(ChosenThresholds.choose(Task.MULTI_LABEL, List.of(two, one), List.of(twoY, oneY))).isNull();
        assertThat(ChosenThresholds.choose(Task.MULTI_LABEL, List.of(), List.of())).isNull();
    }

    /** The best accuracy of {@code p > t} for label {@code j} over every threshold that classifies differently. */
    private static double bruteForceBestAccuracy(List<Matrix> outputs, List<Matrix> targets, int j) {
        TreeSet<Double> candidates = new TreeSet<>(List.of(-1.0, 2.0));
        for (Matrix m : outputs) {
            for (int r = 0; r < m.rows(); r++) {
                candidates.add((double) m.get(r, j));
            }
        }
        double best = -1;
        for (double t : candidates) {
            best = Math.max(best, accuracy(outputs, targets, j, t));
        }
        return best;
    }

    private static double accuracy(List<Matrix> outputs, List<Matrix> targets, int j, double t) {
        int right = 0;
        int total = 0;
        for (int f = 0; f < outputs.size(); f++) {
            for (int r = 0; r < outputs.get(f).rows(); r++) {
                boolean predicted = outputs.get(f).get(r, j) > t;
                boolean actual = targets.get(f).get(r, j) == 1f;
                right += predicted == actual ? 1 : 0;
                total++;
            }
        }
        return (double) right / total;
    }
}
