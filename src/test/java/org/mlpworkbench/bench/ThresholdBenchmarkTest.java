package org.mlpworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.metrics.ThresholdCurve;

/** The workload runs and reports its figures (speed itself is never asserted here). */
class ThresholdBenchmarkTest {

    @Test
    void printsOneLineOfFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ThresholdBenchmark.Result result = ThresholdBenchmark.run(20_000, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines()).hasSize(1);
        assertThat(out).startsWith("threshold n=20000 points=").contains("build_ms=", "query_ns=", "bruteforce_ns=", "query_speedup=");
        assertThat(result.points()).isBetween(2, 20_001);
        assertThat(result.buildMs()).isPositive();
        assertThat(result.queryNs()).isPositive();
        assertThat(result.bruteForceNs()).isPositive();
    }

    @Test
    void bruteForceBaselineComputesTheSameAccuracyAsTheCurve() {
        SplittableRandom random = new SplittableRandom(5);
        float[] scores = new float[1000];
        boolean[] targets = new boolean[1000];
        byte[] labels = new byte[1000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextInt(20) / 20f;
            targets[i] = random.nextBoolean();
            labels[i] = (byte) (targets[i] ? 1 : 0);
        }
        ThresholdCurve curve = ThresholdCurve.build(scores, targets);
        for (double t : new double[] {-0.5, -1e-50, -0.0, 0.0, 0.05f, 0.1, 0.35, 0.5f, 0.999, 1.0, 2.0}) {
            assertThat(ThresholdBenchmark.bruteForceAccuracy(scores, labels, t)).isCloseTo(curve.accuracyAt(t),
                    org.assertj.core.api.Assertions.within(1e-12));
        }
    }
}
