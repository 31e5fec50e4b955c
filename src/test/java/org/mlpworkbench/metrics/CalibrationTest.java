package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;

/** Reliability bins against a brute-force count by bounds, Brier and ECE against direct loops. */
class CalibrationTest {

    record Case(float[] p, boolean[] y) {
    }

    @Provide
    Arbitrary<Case> cases() {
        // bin edges (0.1, 0.2, …, 1.0) and values just below them, besides any probability
        Arbitrary<Float> edge = Arbitraries.integers().between(0, 10).map(i -> i / 10f);
        Arbitrary<Float> below = Arbitraries.integers().between(1, 10).map(i -> Math.nextDown(i / 10f));
        Arbitrary<Float> any = Arbitraries.floats().between(0f, 1f);
        Arbitrary<Float> p = Arbitraries.frequencyOf(Tuple.of(1, edge), Tuple.of(1, below), Tuple.of(2, any));
        return Arbitraries.integers().between(1, 300).flatMap(n -> Combinators.combine(
                p.array(float[].class).ofSize(n),
                Arbitraries.of(true, false).array(boolean[].class).ofSize(n)).as(Case::new));
    }

    @Property
    void binsMatchABruteForceCountByBounds(@ForAll("cases") Case c) {
        Calibration cal = Calibration.of(c.p(), c.y());
        assertThat(cal.bins()).hasSize(10);
        int total = 0;
        for (int b = 0; b < 10; b++) {
            double lo = b / 10.0;
            double hi = (b + 1) / 10.0;
            int count = 0;
            int positives = 0;
            double sum = 0;
            for (int i = 0; i < c.p().length; i++) {
                double v = c.p()[i];
                boolean in = v >= lo && (v < hi || b == 9);
                if (in) {
                    count++;
                    sum += v;
                    positives += c.y()[i] ? 1 : 0;
                }
            }
            CalibrationBin bin = cal.bins().get(b);
            assertThat(bin.lower()).isEqualTo(lo);
            assertThat(bin.upper()).isEqualTo(hi);
            assertThat(bin.count()).as("bin %d", b).isEqualTo(count);
            if (count == 0) {
                assertThat(bin.meanPredicted()).isNaN();
                assertThat(bin.observedRate()).isNaN();
            } else {
                assertThat(bin.meanPredicted()).isCloseTo(sum / count, within(1e-12));
                assertThat(bin.observedRate()).isEqualTo((double) positives / count);
            }
            total += count;
        }
        assertThat(total).isEqualTo(c.p().length);
        assertThat(cal.rows()).isEqualTo(c.p().length);
    }

    @Property
    void brierAndEceMatchDirectLoops(@ForAll("cases") Case c) {
        Calibration cal = Calibration.of(c.p(), c.y());
        int n = c.p().length;
        double brier = 0;
        for (int i = 0; i < n; i++) {
            double d = (double) c.p()[i] - (c.y()[i] ? 1 : 0);
            brier += d * d;
        }
        assertThat(cal.brier()).isCloseTo(brier / n, within(1e-12));
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            double conf = 0;
            double acc = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (Calibration.bin(c.p()[i]) == b) {
                    conf += c.p()[i];
                    acc += c.y()[i] ? 1 : 0;
                    count++;
                }
            }
            if (count > 0) {
                ece += Math.abs(acc / count - conf / count) * count / n;
            }
        }
        assertThat(cal.ece()).isCloseTo(ece, within(1e-12));
        assertThat(cal.ece()).isBetween(0.0, 1.0);
    }

    @Test
    void perfectlyCalibratedBinsHaveNoError() {
        // four rows at 0.25 with one positive, four at 0.75 with three
        float[] p = {0.25f, 0.25f, 0.25f, 0.25f, 0.75f, 0.75f, 0.75f, 0.75f};
        boolean[] y = {true, false, false, false, true, true, true, false};
        Calibration cal = Calibration.of(p, y);
        assertThat(cal.ece()).isEqualTo(0.0);
        assertThat(cal.bins().get(2).count()).isEqualTo(4);
        assertThat(cal.bins().get(7).count()).isEqualTo(4);
        assertThat(cal.brier()).isCloseTo(0.1875, within(1e-12));
    }

    @Test
    void oneGoesToTheLastBinAndZeroToTheFirst() {
        Calibration cal = Calibration.of(new float[] {0f, 1f, 0.1f}, new boolean[] {false, true, false});
        assertThat(cal.bins().get(0).count()).isEqualTo(1);
        assertThat(cal.bins().get(1).count()).isEqualTo(1);
        assertThat(cal.bins().get(9).count()).isEqualTo(1);
    }

    @Test
    void topClassUsesTheMostProbableClassAndWhetherItIsRight() {
        Matrix probs = Matrix.of(new float[][] {{0.7f, 0.2f, 0.1f}, {0.3f, 0.3f, 0.4f}, {0.5f, 0.5f, 0f}});
        Matrix truth = Matrix.of(new float[][] {{1, 0, 0}, {1, 0, 0}, {0, 1, 0}});
        Calibration cal = Calibration.topClass(probs, truth);
        // confidences 0.7f (just below 0.7: bin 6, right), 0.4 (wrong), 0.5 (class 0 on the tie: wrong)
        assertThat(cal.bins().get(6).observedRate()).isEqualTo(1.0);
        assertThat(cal.bins().get(4).observedRate()).isEqualTo(0.0);
        assertThat(cal.bins().get(5).observedRate()).isEqualTo(0.0);
        double brier = (Math.pow(0.7f - 1, 2) + Math.pow(0.4f, 2) + Math.pow(0.5f, 2)) / 3;
        assertThat(cal.brier()).isCloseTo(brier, within(1e-7));
    }

    @Test
    void columnOfAMultiLabelMatrix() {
        Matrix probs = Matrix.of(new float[][] {{0.9f, 0.05f}, {0.8f, 0.15f}});
        Matrix truth = Matrix.of(new float[][] {{1, 0}, {0, 1}});
        Calibration cal = Calibration.ofColumn(probs, truth, 1);
        assertThat(cal.bins().get(0).count()).isEqualTo(1);
        assertThat(cal.bins().get(1).observedRate()).isEqualTo(1.0);
        assertThatThrownBy(() -> Calibration.ofColumn(probs, Matrix.of(new float[][] {{1, 2}, {0, 1}}), 1))
                .hasMessageContaining("row 0, column 1");
    }
}
