package org.mlpworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;

/** The benchmark machinery on a tiny workload, its environments and its report (no timing is asserted). */
class TrainingBenchmarkTest {

    @Test
    void runsAWorkloadAndFormatsItsLine() {
        TrainingBenchmark.Workload tiny = new TrainingBenchmark.Workload("tiny", 100, 3, List.of(4), 2, true, 16, 2);
        Matrix[] data = TrainingBenchmark.data(tiny);
        assertThat(data[0].rows()).isEqualTo(100);
        assertThat(data[1].cols()).isEqualTo(2);
        TrainingBenchmark.Result result = TrainingBenchmark.run(tiny);
        assertThat(result.samplesPerSecond()).isPositive();
        Measured ours = new Measured("tiny", 0.5, 400.0, new BenchEnvironment(2, null));
        Measured torch = new Measured("tiny", 1.0, 100.0, new BenchEnvironment(1, "OPENBLAS_CORETYPE=Haswell"));
        String line = TrainingComparison.line(ours, torch, 1.0, 1e6);
        assertThat(line).isEqualTo("tiny  ours 0.500 s, 400 samples/s (2 threads, native detection; 40% of one core's"
                + " sgemm peak) | PyTorch 1.000 s, 100 samples/s (1 thread, OPENBLAS_CORETYPE=Haswell) | ours/PyTorch 4.00×");
    }

    @Test
    void countsTheMatrixProductFlopsOfATrainingStep() {
        // 10 → 128 → 1: first layer forward + weight gradient (4·10·128), output layer also its input gradient (6·128·1)
        assertThat(TrainingBenchmark.flopsPerSample(TrainingBenchmark.WORKLOADS.get("seed"))).isEqualTo(4 * 1280 + 6 * 128);
        assertThat(TrainingBenchmark.flopsPerSample(TrainingBenchmark.WORKLOADS.get("wide")))
                .isEqualTo(4.0 * 64 * 256 + 6.0 * 256 * 256 + 6.0 * 256);
    }

    @Test
    void anOverrideInTheEnvironmentIsMeasuredKeptAndRemoved() {
        Map<String, String> env = Map.of("OPENBLAS_CORETYPE", "Haswell", "OPENBLAS_L2_SIZE", "524288", "PATH", "/bin");
        List<BenchEnvironment> variants = BenchEnvironment.variants(env, List.of(1, 2));
        assertThat(variants).extracting(BenchEnvironment::label).containsExactly(
                "1 thread, OPENBLAS_CORETYPE=Haswell OPENBLAS_L2_SIZE=524288", "1 thread, native detection",
                "2 threads, OPENBLAS_CORETYPE=Haswell OPENBLAS_L2_SIZE=524288", "2 threads, native detection");
        Map<String, String> child = new HashMap<>(env);
        variants.get(1).applyTo(child);
        assertThat(child).containsEntry("OPENBLAS_NUM_THREADS", "1").containsEntry("OMP_NUM_THREADS", "1")
                .doesNotContainKeys("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE").containsEntry("PATH", "/bin");
        Map<String, String> kept = new HashMap<>(env);
        variants.get(2).applyTo(kept);
        assertThat(kept).containsEntry("OPENBLAS_CORETYPE", "Haswell").containsEntry("OPENBLAS_NUM_THREADS", "2");

        assertThat(BenchEnvironment.variants(Map.of("PATH", "/bin"), List.of(1, 2)))
                .extracting(BenchEnvironment::label).containsExactly("1 thread, native detection", "2 threads, native detection");
    }

    @Test
    void workloadsHaveTheSpecifiedShapes() {
        assertThat(TrainingBenchmark.WORKLOADS.get("seed"))
                .isEqualTo(new TrainingBenchmark.Workload("seed", 891, 10, List.of(128), 1, false, 64, 100));
        assertThat(TrainingBenchmark.WORKLOADS.get("wide"))
                .isEqualTo(new TrainingBenchmark.Workload("wide", 100_000, 64, List.of(256, 256), 1, true, 256, 3));
        assertThat(TrainingBenchmark.WORKLOADS.get("multi"))
                .isEqualTo(new TrainingBenchmark.Workload("multi", 20_000, 100, List.of(256), 14, true, 128, 10));
    }
}
