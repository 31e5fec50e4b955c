package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The slider path must not allocate: counts the bytes the test thread allocates across many queries. */
class ThresholdCurveAllocationTest {

    @Test
    void indexAndAccuracyQueriesAllocateNothing() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 10_000;
        float[] scores = new float[n];
        boolean[] targets = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = (float) random.nextDouble();
            targets[i] = random.nextBoolean();
        }
        ThresholdCurve curve = ThresholdCurve.build(scores, targets);
        double[] thresholds = random.doubles(100_000).toArray();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double sum = 0;
        long before = threads.getThreadAllocatedBytes(thread);
        for (double t : thresholds) {
            int i = curve.indexAt(t);
            sum += curve.accuracyAt(t) + curve.tp(i) + curve.fp(i) + curve.tn(i) + curve.fn(i) + curve.accuracy(i);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(sum).isPositive();
        // 100,000 queries: even one 16-byte object per query would be 1.6 MB
        assertThat(allocated).isLessThan(4096);
    }
}
