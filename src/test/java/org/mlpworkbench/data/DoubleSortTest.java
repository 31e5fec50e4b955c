package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The radix sort of summaries orders doubles exactly as {@link Arrays#sort(double[])} does. */
class DoubleSortTest {

    private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -1.0, 1e-308, -1e308};

    @Property(tries = 60)
    void sortsLikeArraysSort(@ForAll long seed, @ForAll @IntRange(min = 0, max = 20_000) int n,
                             @ForAll @IntRange(min = 1, max = 5) int kind) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = switch (kind) {
                case 1 -> random.nextGaussian() * 1e6;
                case 2 -> random.nextInt(7) - 3;                       // few distinct values, negatives
                case 3 -> SPECIAL[random.nextInt(SPECIAL.length)];
                case 4 -> Double.longBitsToDouble(random.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL) * (random.nextBoolean() ? 1 : -1);
                default -> 42.5;                                        // all equal
            };
        }
        double[] expected = values.clone();
        Arrays.sort(expected);
        DoubleSort.sort(values);
        assertThat(values).containsExactly(expected);
    }
}
