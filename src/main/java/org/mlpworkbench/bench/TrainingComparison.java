package org.mlpworkbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The training workloads of {@link TrainingBenchmark}, best against best: each side runs in child processes,
 * one per {@link BenchEnvironment} (1 and 2 BLAS threads; an {@code OPENBLAS_CORETYPE}/{@code OPENBLAS_L2_SIZE}
 * override found in the environment kept, and removed), and each workload's line compares the fastest setting
 * of our engine with the fastest of PyTorch, naming both settings. Each line also gives the share of one core's
 * measured sgemm peak (from the one-thread child of the winning kernel setting) that the workload's matrix
 * products reach.
 */
public final class TrainingComparison {

    private static final List<Integer> THREADS = List.of(1, 2);

    private TrainingComparison() {
    }

    /** Measures {@code names} (seed, wide, multi) on both sides and prints one line per workload, then every setting. */
    public static void runAndPrint(List<String> names, PrintStream out) throws IOException {
        List<BenchEnvironment> environments = BenchEnvironment.variants(System.getenv(), THREADS);
        List<Measured> ours = new ArrayList<>();
        Map<BenchEnvironment, Double> peaks = new HashMap<>();
        for (BenchEnvironment environment : environments) {
            for (JsonNode node : ChildProcess.jsonLines(javaChild(names), environment)) {
                if (node.has("peak_gflops")) {
                    peaks.put(environment, node.get("peak_gflops").asDouble());
                } else {
                    ours.add(new Measured(node.get("workload").asText(), node.get("seconds").asDouble(),
                            node.get("samples_per_second").asDouble(), environment));
                }
            }
        }
        List<Measured> torch = new ArrayList<>();
        if (PyTorchBaseline.available()) {
            for (BenchEnvironment environment : environments) {
                torch.addAll(PyTorchBaseline.measure(names, environment));
            }
        } else {
            out.println("PyTorch not available (/usr/bin/python3 cannot import torch): our engine's figures only");
        }
        for (String name : names) {
            Measured best = best(ours, name).orElseThrow();
            double peak = peaks.getOrDefault(new BenchEnvironment(1, best.environment().override()), Double.NaN);
            out.println(line(best, best(torch, name).orElse(null), peak,
                    TrainingBenchmark.flopsPerSample(TrainingBenchmark.WORKLOADS.get(name))));
        }
        out.println("settings measured (samples/s; one-thread sgemm peak of our OpenBLAS):");
        for (BenchEnvironment environment : environments) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-40s peak %.1f GFLOP/s", environment.label(),
                    peaks.getOrDefault(new BenchEnvironment(1, environment.override()), Double.NaN)));
            for (String name : names) {
                row.append(String.format(Locale.ROOT, " | %s ours %,.0f", name, rate(ours, name, environment)));
                if (!torch.isEmpty()) {
                    row.append(String.format(Locale.ROOT, " PyTorch %,.0f", rate(torch, name, environment)));
                }
            }
            out.println(row);
        }
    }

    static String line(Measured ours, Measured torch, double peakGflops, double flopsPerSample) {
        double share = ours.samplesPerSecond() * flopsPerSample / (peakGflops * 1e9);
        String text = String.format(Locale.ROOT, "%-5s ours %.3f s, %,.0f samples/s (%s; %.0f%% of one core's sgemm peak)",
                ours.workload(), ours.seconds(), ours.samplesPerSecond(), ours.environment().label(), 100 * share);
        if (torch != null) {
            text += String.format(Locale.ROOT, " | PyTorch %.3f s, %,.0f samples/s (%s) | ours/PyTorch %.2f×",
                    torch.seconds(), torch.samplesPerSecond(), torch.environment().label(),
                    ours.samplesPerSecond() / torch.samplesPerSecond());
        }
        return text;
    }

    private static Optional<Measured> best(List<Measured> figures, String workload) {
        return figures.stream().filter(m -> m.workload().equals(workload))
                .max(Comparator.comparingDouble(Measured::samplesPerSecond));
    }

    private static double rate(List<Measured> figures, String workload, BenchEnvironment environment) {
        return figures.stream().filter(m -> m.workload().equals(workload) && m.environment().equals(environment))
                .mapToDouble(Measured::samplesPerSecond).findFirst().orElse(Double.NaN);
    }

    /** This JVM with its class path, running {@link TrainingBenchmark#main} in JSON mode. */
    private static List<String> javaChild(List<String> names) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java)) {
            throw new IOException("the training benchmark needs a JDK's java command to start its measurements in"
                    + " child processes, and " + java + " is missing (run it with bin/mlpw from a build)");
        }
        return List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                TrainingBenchmark.class.getName(), "--json", String.join(",", names));
    }
}
