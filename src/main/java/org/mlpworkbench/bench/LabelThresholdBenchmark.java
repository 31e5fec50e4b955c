package org.mlpworkbench.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.MultiLabelMetrics;

/**
 * The {@code labels} workload: the scores a multi-label threshold move needs — every label's counts,
 * Hamming loss and exact-match accuracy — on {@code rows × labels} synthetic predictions, for a global
 * threshold and for one label's threshold moving with the others fixed (the per-label slider), against
 * the baseline measured in the same run: exact-match accuracy recounted over every row and label.
 */
public final class LabelThresholdBenchmark {
    private static final int QUERIES = 20_000;
    private static volatile double sink;

    private LabelThresholdBenchmark() {
    }

    /** The figures of one run. */
    public record Result(int rows, int labels, double globalNs, double perLabelNs, double switchMs, double bruteForceNs) {

        /** The one-line report. */
        public String line() {
            return String.format(Locale.ROOT, "labels rows=%d labels=%d global_move_ns=%.0f per_label_move_ns=%.0f"
                            + " label_switch_ms=%.2f exact_match_recount_ns=%.0f global_speedup=%.0fx per_label_speedup=%.0fx",
                    rows, labels, globalNs, perLabelNs, switchMs, bruteForceNs, bruteForceNs / globalNs,
                    bruteForceNs / perLabelNs);
        }
    }

    /** Runs the workload on synthetic predictions (fixed seed) and prints one line to {@code out}. */
    public static Result run(int rows, int labels, PrintStream out) {
        SplittableRandom random = new SplittableRandom(7);
        float[] p = new float[rows * labels];
        float[] y = new float[rows * labels];
        for (int i = 0; i < p.length; i++) {
            y[i] = random.nextDouble() < 0.3 ? 1f : 0f;
            double logit = (y[i] == 1f ? 1.5 : -1.5) + 1.2 * random.nextDouble(-1.7, 1.7);
            p[i] = (float) (1 / (1 + Math.exp(-logit)));
        }
        Matrix probabilities = new Matrix(rows, labels, p);
        Matrix targets = new Matrix(rows, labels, y);
        MultiLabelMetrics metrics = MultiLabelMetrics.of(probabilities, targets);
        double[] ts = new double[QUERIES];
        Arrays.setAll(ts, i -> random.nextDouble());

        double[] thresholds = new double[labels];
        for (int q = 0; q < 50; q++) {
            Arrays.fill(thresholds, ts[q]);
            check(metrics, p, y, labels, thresholds);
            thresholds[q % labels] = ts[q + 1];
            check(metrics, p, y, labels, thresholds);
        }

        globalLoop(metrics, ts);
        long start = System.nanoTime();
        globalLoop(metrics, ts);
        double globalNs = (double) (System.nanoTime() - start) / QUERIES;

        Arrays.fill(thresholds, 0.5);
        perLabelLoop(metrics, thresholds, 1, ts);
        thresholds[2] = 0.45;
        start = System.nanoTime();
        sink += metrics.at(thresholds).subsetAccuracy();
        double switchMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        perLabelLoop(metrics, thresholds, 2, ts);
        double perLabelNs = (double) (System.nanoTime() - start) / QUERIES;

        double[] bruteTimes = new double[41];
        for (int r = 0; r < bruteTimes.length; r++) {
            thresholds[2] = ts[r];
            start = System.nanoTime();
            sink += recount(p, y, labels, thresholds);
            bruteTimes[r] = System.nanoTime() - start;
        }
        Arrays.sort(bruteTimes);
        Result result = new Result(rows, labels, globalNs, perLabelNs, switchMs, bruteTimes[bruteTimes.length / 2]);
        out.println(result.line());
        return result;
    }

    /** {@code bench labels [rows [labels]]}: defaults 100,000 rows of 14 labels (the shape of a large yeast). */
    public static void main(String[] args) {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 100_000, args.length > 1 ? Integer.parseInt(args[1]) : 14,
                System.out);
    }

    private static void globalLoop(MultiLabelMetrics metrics, double[] ts) {
        double sum = 0;
        for (double t : ts) {
            sum += metrics.at(t).subsetAccuracy();
        }
        sink += sum;
    }

    private static void perLabelLoop(MultiLabelMetrics metrics, double[] thresholds, int label, double[] ts) {
        double sum = 0;
        for (double t : ts) {
            thresholds[label] = t;
            sum += metrics.at(thresholds).subsetAccuracy();
        }
        sink += sum;
    }

    private static void check(MultiLabelMetrics metrics, float[] p, float[] y, int labels, double[] thresholds) {
        double fast = metrics.at(thresholds).subsetAccuracy();
        double slow = recount(p, y, labels, thresholds);
        if (fast != slow) {
            throw new IllegalStateException("exact-match accuracy " + fast + " but " + slow + " recounted at "
                    + Arrays.toString(thresholds));
        }
    }

    /** Exact-match accuracy by visiting every row and label (the baseline). */
    private static double recount(float[] p, float[] y, int labels, double[] thresholds) {
        int rows = p.length / labels;
        int exact = 0;
        for (int r = 0; r < rows; r++) {
            boolean match = true;
            for (int j = 0; j < labels && match; j++) {
                match = (p[r * labels + j] > thresholds[j]) == (y[r * labels + j] == 1f);
            }
            exact += match ? 1 : 0;
        }
        return (double) exact / rows;
    }
}
