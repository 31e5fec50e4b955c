package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The curve against brute-force recomputation from the raw scores, for random inputs with many ties. */
class ThresholdCurvePropertiesTest {

    record Scored(float[] scores, boolean[] targets) {
        ThresholdPoint bruteForce(double t) {
            long tp = 0;
            long fp = 0;
            long tn = 0;
            long fn = 0;
            for (int i = 0; i < scores.length; i++) {
                boolean predicted = scores[i] > t;
                if (predicted && targets[i]) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (targets[i]) {
                    fn++;
                } else {
                    tn++;
                }
            }
            return new ThresholdPoint(t, tp, fp, tn, fn);
        }

        ThresholdCurve curve() {
            return ThresholdCurve.build(scores, targets);
        }
    }

    @Provide
    Arbitrary<Scored> scored() {
        Arbitrary<Float> coarse = Arbitraries.integers().between(0, 10).map(i -> i / 10f);
        Arbitrary<Float> fine = Arbitraries.floats().between(0f, 1f);
        Arbitrary<Float> score = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, coarse), net.jqwik.api.Tuple.of(1, fine));
        return Arbitraries.integers().between(1, 200).flatMap(n -> Combinators.combine(
                score.array(float[].class).ofSize(n),
                Arbitraries.of(true, false).array(boolean[].class).ofSize(n)).as(Scored::new));
    }

    @Property(tries = 300)
    void queryEqualsBruteForce(@ForAll("scored") Scored s, @ForAll @Size(20) List<@DoubleRange(min = -0.1, max = 1.1) Double> ts) {
        ThresholdCurve curve = s.curve();
        List<Double> thresholds = new ArrayList<>(ts);
        for (float score : s.scores()) {
            thresholds.add((double) score);
            thresholds.add(Math.nextDown((double) score));
        }
        for (double t : thresholds) {
            ThresholdPoint expected = s.bruteForce(t);
            assertThat(curve.at(t)).isEqualTo(expected);
            assertThat(curve.accuracyAt(t)).isEqualTo(expected.accuracy());
        }
    }

    @Property(tries = 300)
    void endpointsAndStructure(@ForAll("scored") Scored s) {
        ThresholdCurve curve = s.curve();
        TreeSet<Float> distinct = new TreeSet<>();
        for (float f : s.scores()) {
            distinct.add(f);
        }
        assertThat(curve.size()).isEqualTo(distinct.size() + 1);
        assertThat(curve.total()).isEqualTo(s.scores().length);
        assertThat(curve.point(0)).isEqualTo(new ThresholdPoint(Double.NEGATIVE_INFINITY,
                curve.positives(), curve.negatives(), 0, 0));
        int last = curve.size() - 1;
        assertThat(curve.point(last)).isEqualTo(new ThresholdPoint(distinct.last(), 0, 0, curve.negatives(), curve.positives()));
        assertThat(curve.accuracy(last)).isEqualTo(curve.allNegativeAccuracy());
        assertThat(curve.accuracy(0)).isEqualTo(curve.allPositiveAccuracy());
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.threshold(i)).isGreaterThan(curve.threshold(i - 1));
            assertThat(curve.tp(i)).isLessThanOrEqualTo(curve.tp(i - 1));
            assertThat(curve.fp(i)).isLessThanOrEqualTo(curve.fp(i - 1));
            assertThat(curve.point(i)).isEqualTo(s.bruteForce(curve.threshold(i)));
        }
    }

    @Property(tries = 300)
    void aucEqualsTheMannWhitneyStatistic(@ForAll("scored") Scored s) {
        double auc = RocCurve.of(s.curve()).auc();
        long pairs = 0;
        double wins = 0;
        for (int i = 0; i < s.scores().length; i++) {
            for (int j = 0; j < s.scores().length; j++) {
                if (s.targets()[i] && !s.targets()[j]) {
                    pairs++;
                    wins += s.scores()[i] > s.scores()[j] ? 1 : s.scores()[i] == s.scores()[j] ? 0.5 : 0;
                }
            }
        }
        if (pairs == 0) {
            assertThat(auc).isNaN();
        } else {
            assertThat(auc).isCloseTo(wins / pairs, within(1e-12));
        }
    }

    @Property(tries = 300)
    void averagePrecisionFollowsItsDefinition(@ForAll("scored") Scored s) {
        double ap = PrecisionRecallCurve.of(s.curve()).averagePrecision();
        long positives = 0;
        for (boolean t : s.targets()) {
            positives += t ? 1 : 0;
        }
        TreeSet<Float> distinct = new TreeSet<>();
        for (float f : s.scores()) {
            distinct.add(f);
        }
        double expected = 0;
        long previousTp = 0;
        for (float v : distinct.descendingSet()) {
            long tp = 0;
            long predicted = 0;
            for (int i = 0; i < s.scores().length; i++) {
                if (s.scores()[i] >= v) {
                    predicted++;
                    tp += s.targets()[i] ? 1 : 0;
                }
            }
            expected += (double) (tp - previousTp) / positives * ((double) tp / predicted);
            previousTp = tp;
        }
        if (positives == 0) {
            assertThat(ap).isNaN();
        } else {
            assertThat(ap).isCloseTo(expected, within(1e-12));
        }
    }

    @Property(tries = 200)
    void mergingFoldsEqualsBuildingTheWhole(@ForAll("scored") Scored s, @ForAll @IntRange(min = 2, max = 5) int folds) {
        List<ThresholdCurve> parts = new ArrayList<>();
        int n = s.scores().length;
        for (int f = 0; f < folds; f++) {
            int from = f * n / folds;
            int to = (f + 1) * n / folds;
            if (to > from) {
                parts.add(ThresholdCurve.build(Arrays.copyOfRange(s.scores(), from, to),
                        Arrays.copyOfRange(s.targets(), from, to)));
            }
        }
        ThresholdCurve merged = ThresholdCurve.merge(parts);
        ThresholdCurve whole = s.curve();
        assertThat(merged.size()).isEqualTo(whole.size());
        for (int i = 0; i < whole.size(); i++) {
            assertThat(merged.point(i)).isEqualTo(whole.point(i));
        }
    }

    @Property(tries = 300)
    void bestReachesTheMaximumOverAllPoints(@ForAll("scored") Scored s) {
        ThresholdCurve curve = s.curve();
        for (ThresholdMetric metric : ThresholdMetric.values()) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < curve.size(); i++) {
                max = Math.max(max, metric.of(curve.point(i)));
            }
            ThresholdPoint best = curve.best(metric);
            assertThat(metric.of(best)).as(metric.name()).isCloseTo(max, within(1e-12));
            assertThat(best).isEqualTo(s.bruteForce(best.threshold()));
            assertThat(best.threshold()).isBetween(-Double.MIN_VALUE, 1.0);
        }
    }

    @Property(tries = 100)
    void sampleKeepsEndpointsAndExtremes(@ForAll @IntRange(min = 1, max = 5000) int n,
                                         @ForAll @IntRange(min = 6, max = 200) int maxPoints,
                                         @ForAll @LongRange(min = 0, max = 1000) long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        float[] scores = new float[n];
        boolean[] targets = new boolean[n];
        for (int i = 0; i < n; i++) {
            targets[i] = random.nextBoolean();
            scores[i] = (float) Math.min(1.0, Math.max(0.0, (targets[i] ? 0.6 : 0.4) + 0.3 * (random.nextDouble() - 0.5)));
        }
        ThresholdCurve curve = ThresholdCurve.build(scores, targets);
        int[] sample = curve.sample(maxPoints);
        assertThat(sample.length).isLessThanOrEqualTo(Math.max(maxPoints, 0));
        assertThat(sample[0]).isZero();
        assertThat(sample[sample.length - 1]).isEqualTo(curve.size() - 1);
        for (int i = 1; i < sample.length; i++) {
            assertThat(sample[i]).isGreaterThan(sample[i - 1]);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sampledMin = Double.POSITIVE_INFINITY;
        double sampledMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < curve.size(); i++) {
            min = Math.min(min, curve.accuracy(i));
            max = Math.max(max, curve.accuracy(i));
        }
        for (int i : sample) {
            sampledMin = Math.min(sampledMin, curve.accuracy(i));
            sampledMax = Math.max(sampledMax, curve.accuracy(i));
        }
        assertThat(sampledMin).isEqualTo(min);
        assertThat(sampledMax).isEqualTo(max);
    }

    @Property(tries = 1000)
    void fractionsCompareExactly(@ForAll @LongRange(min = 0, max = 1L << 33) long a, @ForAll @LongRange(min = 0, max = 1L << 33) long b,
                                 @ForAll @LongRange(min = 0, max = 1L << 33) long c, @ForAll @LongRange(min = 0, max = 1L << 33) long d) {
        BigInteger left = b == 0 ? BigInteger.ZERO : BigInteger.valueOf(a).multiply(BigInteger.valueOf(d == 0 ? 1 : d));
        BigInteger right = d == 0 ? BigInteger.ZERO : BigInteger.valueOf(c).multiply(BigInteger.valueOf(b == 0 ? 1 : b));
        assertThat(Integer.signum(ThresholdMetric.compareFractions(a, b, c, d))).isEqualTo(left.compareTo(right));
        assertThat(ThresholdMetric.compareFractions(a * 3, b * 3, a, b)).isZero();
    }
}
