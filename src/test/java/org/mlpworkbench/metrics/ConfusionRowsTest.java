package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.mlpworkbench.data.Matrix;

/** A cell's rows are exactly as many as the confusion matrix counts there, for binary and multi-class models. */
class ConfusionRowsTest {

    @Property(tries = 200)
    void binaryCellsPartitionTheRowsAsTheCurveCounts(@ForAll @IntRange(min = 1, max = 300) int n,
                                                      @ForAll long seed, @ForAll @DoubleRange(min = 0, max = 1) double t) {
        Random random = new Random(seed);
        float[] p = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            p[i] = random.nextBoolean() ? random.nextInt(11) / 10f : random.nextFloat();
            y[i] = random.nextBoolean() ? 1 : 0;
        }
        Matrix probs = new Matrix(n, 1, p);
        Matrix targets = new Matrix(n, 1, y);
        ThresholdPoint point = ThresholdCurve.build(probs, targets).at(t);
        assertThat((long) ConfusionRows.binary(probs, targets, 0, t, true, true).length).isEqualTo(point.tp());
        assertThat((long) ConfusionRows.binary(probs, targets, 0, t, true, false).length).isEqualTo(point.fn());
        assertThat((long) ConfusionRows.binary(probs, targets, 0, t, false, true).length).isEqualTo(point.fp());
        assertThat((long) ConfusionRows.binary(probs, targets, 0, t, false, false).length).isEqualTo(point.tn());
        for (int r : ConfusionRows.binary(probs, targets, 0, t, true, false)) {
            assertThat(y[r]).isEqualTo(1f);
            assertThat(p[r] > t).isFalse();
        }
    }

    @Property(tries = 100)
    void multiClassCellsMatchTheConfusionMatrix(@ForAll @IntRange(min = 1, max = 200) int n, @ForAll long seed) {
        Random random = new Random(seed);
        int k = 4;
        float[] p = new float[n * k];
        float[] y = new float[n * k];
        for (int r = 0; r < n; r++) {
            y[r * k + random.nextInt(k)] = 1;
            for (int c = 0; c < k; c++) {
                p[r * k + c] = random.nextInt(4) / 4f; // many ties: the lowest index wins, as in the counts
            }
        }
        Matrix probs = new Matrix(n, k, p);
        Matrix oneHot = new Matrix(n, k, y);
        long[][] counts = MultiClassMetrics.of(probs, oneHot).confusionMatrix();
        for (int a = 0; a < k; a++) {
            for (int q = 0; q < k; q++) {
                assertThat((long) ConfusionRows.multiClass(probs, oneHot, a, q).length).isEqualTo(counts[a][q]);
            }
        }
    }
}
