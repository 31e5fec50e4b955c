package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Column summaries against straightforward reference computations. */
class ColumnSummaryTest {

    @Provide
    Arbitrary<double[]> numbers() {
        Arbitrary<Double> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(-5, 5).map(i -> (double) i)),
                net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(-100, 100)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Double.NaN, -0.0, 0.0)));
        return value.array(double[].class).ofMinSize(0).ofMaxSize(200);
    }

    @Property(tries = 500)
    void numericSummaryMatchesAReferenceComputation(@ForAll("numbers") double[] values) {
        assertMatchesReference(values);
    }

    /** Columns on both sides of the hashed counting's limit, in row order, ascending and with gaps. */
    @Test
    void largeColumnsOfEveryCardinalityMatchTheReference() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        int rows = 120_000;
        for (int levels : new int[] {3, 1_000, NumericSummary.HASHED_DISTINCT, NumericSummary.HASHED_DISTINCT + 1,
                50_000, rows * 10}) {
            double[] values = new double[rows];
            for (int i = 0; i < rows; i++) {
                int k = random.nextInt(levels);
                values[i] = k % 97 == 0 ? Double.NaN : k % 89 == 0 ? -0.0 : (k - levels / 2) * 0.25;
            }
            assertMatchesReference(values);
        }
        double[] ascending = new double[rows];
        for (int i = 0; i < rows; i++) {
            ascending[i] = i % 1000 == 0 ? Double.NaN : i / 3;
        }
        assertMatchesReference(ascending);
        double[] exactlyAtTheLimit = new double[NumericSummary.HASHED_DISTINCT * 2];
        for (int i = 0; i < exactlyAtTheLimit.length; i++) {
            exactlyAtTheLimit[i] = i % NumericSummary.HASHED_DISTINCT;
        }
        assertMatchesReference(exactlyAtTheLimit);
    }

    private static void assertMatchesReference(double[] values) {
        ColumnSummary s = NumericColumn.of("x", values).summary();
        Map<Double, Integer> counts = new HashMap<>();
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                counts.merge(v == 0 ? 0.0 : v, 1, Integer::sum);
                sum += v;
                n++;
            }
        }
        assertThat(s.rows()).isEqualTo(values.length);
        assertThat(s.missing()).isEqualTo(values.length - n);
        assertThat(s.distinct()).isEqualTo(counts.size());
        if (n == 0) {
            assertThat(s.mean()).isNaN();
            assertThat(s.top()).isEmpty();
            return;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        assertThat(s.mean()).isCloseTo(mean, within(1e-9));
        assertThat(s.std()).isCloseTo(n > 1 ? Math.sqrt(squares / (n - 1)) : 0, within(1e-9));
        assertThat(s.min()).isEqualTo(counts.keySet().stream().min(Double::compare).orElseThrow());
        assertThat(s.max()).isEqualTo(counts.keySet().stream().max(Double::compare).orElseThrow());
        List<ColumnSummary.ValueCount> expectedTop = counts.entrySet().stream()
                .sorted(Map.Entry.<Double, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .map(e -> new ColumnSummary.ValueCount(NumericColumn.format(e.getKey()), e.getValue()))
                .toList();
        assertThat(s.top()).isEqualTo(expectedTop);
    }

    @Test
    void categoricalSummaryCountsLevelsMostFrequentFirst() {
        CategoricalColumn c = CategoricalColumn.of("port", "S", "C", null, "S", "Q", "C", "S");
        ColumnSummary s = c.summary();
        assertThat(s.missing()).isEqualTo(1);
        assertThat(s.present()).isEqualTo(6);
        assertThat(s.distinct()).isEqualTo(3);
        assertThat(s.top()).containsExactly(new ColumnSummary.ValueCount("S", 3), new ColumnSummary.ValueCount("C", 2),
                new ColumnSummary.ValueCount("Q", 1));
        assertThat(s.mean()).isNaN();
    }

    @Test
    void summaryOfALoadedColumnCountsOnlyRowsItHolds() throws CsvException {
        Table t = CsvReader.readText("t.csv", "a,b\n1,x\n2,y\n2,x\n").table();
        Table firstTwo = t.head(2);
        assertThat(firstTwo.column("b").summary().top()).extracting(ColumnSummary.ValueCount::count).containsExactly(1, 1);
        assertThat(firstTwo.column("a").summary().distinct()).isEqualTo(2);
        assertThat(t.column("a").summary().top().stream().max(Comparator.comparingInt(ColumnSummary.ValueCount::count))
                .orElseThrow().value()).isEqualTo("2");
    }
}
