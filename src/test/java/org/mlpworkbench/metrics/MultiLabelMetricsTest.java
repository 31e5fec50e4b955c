package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.Matrix;

class MultiLabelMetricsTest {

    private static final Matrix P = Matrix.of(new float[][] {{0.9f, 0.3f}, {0.6f, 0.8f}, {0.7f, 0.4f}});
    private static final Matrix Y = Matrix.of(new float[][] {{1, 0}, {0, 1}, {0, 1}});

    @Test
    void scoresAtOneGlobalThreshold() {
        // predictions at 0.5: {1,0} {1,1} {1,0}; label 0: tp 1 fp 2; label 1: tp 1 fn 1
        MultiLabelScores s = MultiLabelMetrics.of(P, Y).at(0.5);
        assertThat(s.perLabel()).containsExactly(new ThresholdPoint(0.5, 1, 2, 0, 0), new ThresholdPoint(0.5, 1, 0, 1, 1));
        assertThat(s.hammingLoss()).isEqualTo(0.5);
        assertThat(s.subsetAccuracy()).isEqualTo(1 / 3.0);
        assertThat(s.microF1()).isEqualTo(4 / 7.0);
        assertThat(s.macroF1()).isCloseTo((0.5 + 2 / 3.0) / 2, within(1e-15));
        assertThat(s.micro()).isEqualTo(new ThresholdPoint(0.5, 2, 2, 1, 1));
        assertThat(s.metrics()).containsEntry("hamming_loss", 0.5).containsEntry("label_accuracy", 0.5)
                .containsKeys("subset_accuracy", "micro_f1", "macro_f1");
        assertThat(MultiLabelMetrics.of(P, Y).pooled().accuracyAt(0.5)).isEqualTo(1 - s.hammingLoss());
    }

    @Test
    void perLabelThresholdsAndTheirBestValues() {
        MultiLabelMetrics metrics = MultiLabelMetrics.of(P, Y);
        double[] best = metrics.bestThresholds(ThresholdMetric.ACCURACY);
        assertThat(best[0]).isEqualTo(((double) 0.7f + 0.9f) / 2);
        assertThat(best[1]).isEqualTo(((double) 0.3f + 0.4f) / 2);
        MultiLabelScores s = metrics.at(best);
        assertThat(s.hammingLoss()).isZero();
        assertThat(s.subsetAccuracy()).isEqualTo(1.0);
        assertThat(s.microF1()).isEqualTo(1.0);
        assertThat(s.macroF1()).isEqualTo(1.0);
        assertThat(s.micro().threshold()).isNaN();
        assertThat(metrics.label(1).size()).isEqualTo(4);
        assertThat(RocCurve.of(metrics.label(0)).auc()).isEqualTo(1.0);
    }

    @Test
    void allZerosBaseline() {
        MultiLabelScores zeros = MultiLabelMetrics.of(P, Y).allZerosBaseline();
        assertThat(zeros.hammingLoss()).isEqualTo(0.5);
        assertThat(zeros.subsetAccuracy()).isZero();
        assertThat(zeros.microF1()).isZero();
        assertThat(zeros.macroF1()).isZero();
    }

    @Test
    void flatArraysGiveTheSameResult() {
        MultiLabelMetrics flat = MultiLabelMetrics.of(P.data(), new boolean[] {true, false, false, true, false, true}, 2);
        assertThat(flat.rows()).isEqualTo(3);
        assertThat(flat.at(0.5)).isEqualTo(MultiLabelMetrics.of(P, Y).at(0.5));
        assertThatThrownBy(() -> MultiLabelMetrics.of(new float[5], new boolean[5], 2))
                .hasMessage("5 values do not form rows of 2 labels");
        assertThatThrownBy(() -> MultiLabelMetrics.of(P, Y).at(new double[] {0.5}))
                .hasMessage("1 thresholds given for 2 labels");
    }

    /** Real yeast labels (2417 rows × 14, cardinality 4.237) against a brute-force evaluation of random scores. */
    @Test
    void yeastLabelsAgainstBruteForce() throws IOException {
        List<float[]> rows = new ArrayList<>();
        for (String file : new String[] {"yeast/train.csv", "yeast/test.csv"}) {
            List<String> lines = Files.readAllLines(SampleData.file(file));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(",");
                float[] labels = new float[14];
                for (int j = 0; j < 14; j++) {
                    labels[j] = Float.parseFloat(fields[fields.length - 14 + j]);
                }
                rows.add(labels);
            }
        }
        Matrix targets = Matrix.of(rows.toArray(new float[0][]));
        SplittableRandom random = new SplittableRandom(3);
        float[] p = new float[targets.data().length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) Math.min(1, Math.max(0, 0.3 * targets.data()[i] + 0.7 * random.nextDouble()));
        }
        MultiLabelMetrics metrics = MultiLabelMetrics.of(new Matrix(targets.rows(), 14, p), targets);
        assertThat(metrics.rows()).isEqualTo(2417);
        assertThat(metrics.allZerosBaseline().hammingLoss()).isCloseTo(4.237 / 14, within(0.0005 / 14));

        double t = 0.45;
        long wrong = 0;
        long exact = 0;
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int r = 0; r < targets.rows(); r++) {
            boolean rowExact = true;
            for (int j = 0; j < 14; j++) {
                boolean predicted = p[r * 14 + j] > t;
                boolean actual = targets.get(r, j) == 1f;
                wrong += predicted != actual ? 1 : 0;
                rowExact &= predicted == actual;
                tp += predicted && actual ? 1 : 0;
                fp += predicted && !actual ? 1 : 0;
                fn += !predicted && actual ? 1 : 0;
            }
            exact += rowExact ? 1 : 0;
        }
        MultiLabelScores s = metrics.at(t);
        assertThat(s.hammingLoss()).isEqualTo((double) wrong / (2417 * 14));
        assertThat(s.subsetAccuracy()).isEqualTo((double) exact / 2417);
        assertThat(s.microF1()).isEqualTo(2.0 * tp / (2.0 * tp + fp + fn));
        assertThat(metrics.pooled().accuracyAt(t)).isCloseTo(1 - (double) wrong / (2417 * 14), within(1e-15));
    }
}
