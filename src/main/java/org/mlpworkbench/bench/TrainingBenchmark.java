package org.mlpworkbench.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.Trainer;
import org.mlpworkbench.train.TrainingResult;

/**
 * Training-speed workloads (training only, data already in memory); {@link TrainingComparison} measures them
 * against PyTorch in the same run when Debian's {@code /usr/bin/python3} can import torch:
 * <ul>
 *   <li>{@code seed}: the Titanic notebook's net, 891 × 10 standardized features, 10-128-1 ReLU without
 *   bias, sigmoid + BCE, Adam 1e-3, batch 64, 100 epochs. The features are a seeded standard Gaussian
 *   matrix with a learnable 0/1 target (same shapes as Titanic, so the same time);</li>
 *   <li>{@code wide}: 100,000 × 64 Gaussian features, binary target, 64-256-256-1 ReLU with bias, Adam,
 *   batch 256, 3 epochs;</li>
 *   <li>{@code multi}: 20,000 × 100 features, 14 binary labels, 100-256-14 ReLU, BCE, Adam, batch 128,
 *   10 epochs.</li>
 * </ul>
 * Each workload is trained once untimed (so the JIT has compiled the hot loops), then timed
 * {@value #REPETITIONS} times; the fastest run counts, as on the PyTorch side.
 */
public final class TrainingBenchmark {

    /** One workload's shape. */
    record Workload(String name, int rows, int features, List<Integer> hidden, int outputs, boolean bias,
                    int batchSize, int epochs) {
    }

    /** A measured workload: seconds of training and training samples per second. */
    public record Result(String workload, double seconds, double samplesPerSecond) {
    }

    static final Map<String, Workload> WORKLOADS = Map.of(
            "seed", new Workload("seed", 891, 10, List.of(128), 1, false, 64, 100),
            "wide", new Workload("wide", 100_000, 64, List.of(256, 256), 1, true, 256, 3),
            "multi", new Workload("multi", 20_000, 100, List.of(256), 14, true, 128, 10));

    /** Timed repetitions after the warm-up; the fastest counts (other processes only ever slow a run down). */
    static final int REPETITIONS = 3;

    private TrainingBenchmark() {
    }

    /** The named workload's result, measured in this process. */
    static Result run(String name) {
        Workload workload = WORKLOADS.get(name);
        if (workload == null) {
            throw new IllegalArgumentException("unknown workload '" + name + "'; use seed, wide or multi");
        }
        return run(workload);
    }

    /**
     * Floating-point operations of the matrix products in one training sample's forward and backward pass:
     * per layer {@code 2·in·out} forward, {@code 2·in·out} for the weight gradient, and {@code 2·in·out} for the
     * gradient of its input (not needed for the first layer).
     */
    static double flopsPerSample(Workload workload) {
        double flops = 0;
        int in = workload.features();
        List<Integer> widths = new java.util.ArrayList<>(workload.hidden());
        widths.add(workload.outputs());
        for (int l = 0; l < widths.size(); l++) {
            int out = widths.get(l);
            flops += (l == 0 ? 4.0 : 6.0) * in * out;
            in = out;
        }
        return flops;
    }

    static Result run(Workload workload) {
        Matrix[] data = data(workload);
        MlpSpec spec = MlpSpec.forTask(workload.outputs() == 1 ? TaskKind.BINARY : TaskKind.MULTI_LABEL,
                workload.features(), workload.hidden(), workload.outputs()).withBias(workload.bias());
        TrainConfig config = TrainConfig.adam(1e-3, workload.epochs(), workload.batchSize()).withSeed(1);
        Trainer.train(spec, data[0], data[1], null, null, config, null, null);
        double seconds = Double.POSITIVE_INFINITY;
        for (int repetition = 0; repetition < REPETITIONS; repetition++) {
            long start = System.nanoTime();
            TrainingResult result = Trainer.train(spec, data[0], data[1], null, null, config, null, null);
            seconds = Math.min(seconds, (System.nanoTime() - start) * 1e-9);
            if (result.history().size() != workload.epochs()) {
                throw new IllegalStateException("benchmark training stopped early: " + result.message());
            }
        }
        return new Result(workload.name(), seconds, (double) workload.rows() * workload.epochs() / seconds);
    }

    /** Seeded standard Gaussian features and targets {@code (x · w > 0)} for a random {@code w}. */
    static Matrix[] data(Workload workload) {
        Random random = new Random(1);
        int n = workload.rows();
        int f = workload.features();
        int k = workload.outputs();
        float[] x = new float[n * f];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        double[] w = new double[f * k];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian();
        }
        float[] y = new float[n * k];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int c = 0; c < f; c++) {
                    s += x[r * f + c] * w[c * k + j];
                }
                y[r * k + j] = s > 0 ? 1 : 0;
            }
        }
        return new Matrix[] {new Matrix(n, f, x), new Matrix(n, k, y)};
    }

    /**
     * The child process of {@link TrainingComparison}: {@code --json seed,wide,multi} prints one JSON line per
     * workload, then one with this process's {@link BlasPeak} (its environment sets the BLAS threads and kernel).
     */
    public static void main(String[] args) {
        List<String> names = args.length > 1 ? List.of(args[1].split(",")) : List.of("seed", "wide", "multi");
        for (String name : names) {
            Result r = run(name);
            System.out.printf(Locale.ROOT, "{\"workload\": \"%s\", \"seconds\": %.6f, \"samples_per_second\": %.3f}%n",
                    r.workload(), r.seconds(), r.samplesPerSecond());
        }
        System.out.printf(Locale.ROOT, "{\"peak_gflops\": %.3f}%n", BlasPeak.gflops());
    }
}
