package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Exact-match accuracy (every label right) from {@link ExactMatch} against a plain loop over the rows,
 * for random predictions with many ties, at global thresholds and along sequences of per-label moves
 * (the way the per-label slider queries it), including thresholds at the scores themselves and ±∞.
 */
class ExactMatchPropertiesTest {

    private static int bruteForce(float[] p, float[] y, int labels, double[] thresholds) {
        int exact = 0;
        for (int r = 0; r < p.length / labels; r++) {
            boolean match = true;
            for (int j = 0; j < labels; j++) {
                match &= (p[r * labels + j] > thresholds[j]) == (y[r * labels + j] == 1f);
            }
            exact += match ? 1 : 0;
        }
        return exact;
    }

    /** A threshold drawn the way users and the best-threshold buttons pick them: often exactly at a score. */
    private static double threshold(Random random, float[] p) {
        return switch (random.nextInt(6)) {
            case 0 -> p[random.nextInt(p.length)];
            case 1 -> random.nextInt(11) / 10.0;
            case 2 -> random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            default -> random.nextDouble();
        };
    }

    @Property(tries = 300)
    void matchesTheLoopForEveryThreshold(@ForAll @IntRange(min = 1, max = 60) int rows,
            @ForAll @IntRange(min = 1, max = 6) int labels, @ForAll long seed) {
        Random random = new Random(seed);
        float[] p = new float[rows * labels];
        float[] y = new float[rows * labels];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextBoolean() ? random.nextInt(5) / 4f : random.nextFloat();
            y[i] = random.nextInt(3) == 0 ? 1f : 0f;
        }
        ExactMatch exact = new ExactMatch(p, y, rows, labels);
        for (int q = 0; q < 20; q++) {
            double t = threshold(random, p);
            double[] global = new double[labels];
            java.util.Arrays.fill(global, t);
            assertThat(exact.at(global)).as("global t = %s", t).isEqualTo(bruteForce(p, y, labels, global));
        }
        double[] thresholds = new double[labels];
        for (int j = 0; j < labels; j++) {
            thresholds[j] = threshold(random, p);
        }
        for (int q = 0; q < 60; q++) {
            int moved = random.nextInt(4) == 0 ? random.nextInt(labels) : q % labels == 0 ? 0 : thresholds.length - 1;
            thresholds[moved] = threshold(random, p);
            if (random.nextInt(10) == 0) {
                thresholds[random.nextInt(labels)] = threshold(random, p);
            }
            assertThat(exact.at(thresholds.clone())).as("thresholds %s", java.util.Arrays.toString(thresholds))
                    .isEqualTo(bruteForce(p, y, labels, thresholds));
        }
    }
}
