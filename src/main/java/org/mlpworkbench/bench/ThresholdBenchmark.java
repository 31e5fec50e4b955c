package org.mlpworkbench.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.mlpworkbench.metrics.ThresholdCurve;

/**
 * The {@code threshold} workload: builds the exact threshold curve of {@code n} binary scores and queries
 * it at random thresholds. Baselines measured in the same run: {@code Arrays.sort} of the same data
 * packed as {@code long} keys (what a comparison sort of the curve would cost at least), and a brute-force
 * O(n) accuracy recomputation at one threshold (what a slider would cost without the curve).
 */
public final class ThresholdBenchmark {
    private static final int QUERIES = 1 << 20;
    private static volatile double sink;

    private ThresholdBenchmark() {
    }

    /** The figures of one run. */
    public record Result(int n, int points, double buildMs, double sortBaselineMs, double queryNs, double pointQueryNs,
                         double bruteForceNs, double bytesPerQuery) {

        /** How many times faster a curve query is than recomputing accuracy from the scores. */
        public double querySpeedup() {
            return bruteForceNs / queryNs;
        }

        /** The one-line report. */
        public String line() {
            return String.format(Locale.ROOT, "threshold n=%d points=%d build_ms=%.1f sort_baseline_ms=%.1f"
                            + " build_vs_sort=%.2f query_ns=%.0f at_ns=%.0f bruteforce_ns=%.0f query_speedup=%.0fx"
                            + " alloc_bytes_per_query=%.2f",
                    n, points, buildMs, sortBaselineMs, buildMs / sortBaselineMs, queryNs, pointQueryNs,
                    bruteForceNs, querySpeedup(), bytesPerQuery);
        }
    }

    /** Runs the workload on {@code n} synthetic scores (fixed seed) and prints one line to {@code out}. */
    public static Result run(int n, PrintStream out) {
        SplittableRandom random = new SplittableRandom(42);
        float[] scores = new float[n];
        boolean[] targets = new boolean[n];
        for (int i = 0; i < n; i++) {
            targets[i] = random.nextDouble() < 0.4;
            double logit = (targets[i] ? 1.0 : -1.0) + 1.5 * gaussian(random);
            scores[i] = (float) (1 / (1 + Math.exp(-logit)));
        }
        double[] thresholds = new double[QUERIES];
        Arrays.setAll(thresholds, i -> random.nextDouble());

        ThresholdCurve curve = null;
        double[] buildTimes = new double[15];
        for (int r = 0; r < buildTimes.length; r++) {
            long start = System.nanoTime();
            curve = ThresholdCurve.build(scores, targets);
            buildTimes[r] = (System.nanoTime() - start) / 1e6;
        }
        double[] sortTimes = new double[7];
        for (int r = 0; r < sortTimes.length; r++) {
            long[] keys = new long[n];
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                keys[i] = (long) Float.floatToRawIntBits(scores[i]) << 1 | (targets[i] ? 1 : 0);
            }
            Arrays.sort(keys);
            sortTimes[r] = (System.nanoTime() - start) / 1e6;
            sink += keys[n / 2];
        }

        queryLoop(curve, thresholds);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long bytesBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        queryLoop(curve, thresholds);
        double queryNs = (double) (System.nanoTime() - start) / QUERIES;
        double bytesPerQuery = (double) (threads.getThreadAllocatedBytes(thread) - bytesBefore) / QUERIES;

        pointLoop(curve, thresholds);
        start = System.nanoTime();
        pointLoop(curve, thresholds);
        double pointNs = (double) (System.nanoTime() - start) / QUERIES;

        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (targets[i] ? 1 : 0);
        }
        for (int r = 0; r < 200; r++) {
            double brute = bruteForceAccuracy(scores, labels, thresholds[r]);
            if (Math.abs(brute - curve.accuracyAt(thresholds[r])) > 1e-12) {
                throw new IllegalStateException("curve and brute force disagree at threshold " + thresholds[r]);
            }
        }
        double[] bruteTimes = new double[41];
        for (int r = 0; r < bruteTimes.length; r++) {
            start = System.nanoTime();
            sink += bruteForceAccuracy(scores, labels, thresholds[r]);
            bruteTimes[r] = System.nanoTime() - start;
        }

        Result result = new Result(n, curve.size(), median(buildTimes), median(sortTimes), queryNs, pointNs,
                median(bruteTimes), bytesPerQuery);
        out.println(result.line());
        return result;
    }

    /** {@code bench threshold [n]}: n defaults to 1,000,000. */
    public static void main(String[] args) {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000, System.out);
    }

    private static void queryLoop(ThresholdCurve curve, double[] thresholds) {
        double sum = 0;
        for (double t : thresholds) {
            sum += curve.accuracyAt(t);
        }
        sink += sum;
    }

    private static void pointLoop(ThresholdCurve curve, double[] thresholds) {
        long sum = 0;
        for (double t : thresholds) {
            sum += curve.at(t).tp();
        }
        sink += sum;
    }

    /**
     * Accuracy of {@code p > t} recomputed from the scores, branch-free: for non-negative floats
     * {@code p > t'} iff the sign bit of {@code bits(t') − bits(p)} is set, where {@code t'} is the largest
     * float not above {@code t} (a float exceeds {@code t} iff it exceeds {@code t'}); a negative {@code t'}
     * stands in as bits {@code -1}, below every probability.
     */
    static double bruteForceAccuracy(float[] scores, byte[] labels, double t) {
        float below = (float) t;
        if (below > t) {
            below = Math.nextDown(below);
        }
        int thresholdBits = below < 0 ? -1 : Float.floatToRawIntBits(below + 0.0f);
        int wrong = 0;
        for (int i = 0; i < scores.length; i++) {
            wrong += ((thresholdBits - Float.floatToRawIntBits(scores[i])) >>> 31) ^ labels[i];
        }
        return 1 - (double) wrong / scores.length;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
