package org.mlpworkbench.prep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The median by selection agrees with the median of the sorted values, duplicates included. */
class NumericStatsTest {

    @Property(tries = 500)
    void medianBySelectionEqualsMedianOfSortedValues(@ForAll @Size(min = 1, max = 200) int[] small,
                                                     @ForAll @IntRange(min = 1, max = 7) int spread) {
        double[] values = Arrays.stream(small).mapToDouble(v -> Math.floorMod(v, spread * 3) * 0.5).toArray();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        NumericStats stats = NumericStats.of(values.clone());
        assertThat(stats.median()).isEqualTo(expected);
        assertThat(stats.min()).isEqualTo(sorted[0]);
        assertThat(stats.max()).isEqualTo(sorted[n - 1]);
    }
}
