package org.mlpworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;

/** The benchmark machinery on a tiny workload (no timing is asserted). */
class TrainingBenchmarkTest {

    @Test
    void runsAWorkloadAndFormatsItsLine() {
        TrainingBenchmark.Workload tiny = new TrainingBenchmark.Workload("tiny", 100, 3, List.of(4), 2, true, 16, 2);
        Matrix[] data = TrainingBenchmark.data(tiny);
        assertThat(data[0].rows()).isEqualTo(100);
        assertThat(data[1].cols()).isEqualTo(2);
        TrainingBenchmark.Result result = TrainingBenchmark.run(tiny, "");
        assertThat(result.samplesPerSecond()).isPositive();
        String line = TrainingBenchmark.line(result, new PyTorchBaseline.Figure(1.0, 100.0, 1));
        assertThat(line).startsWith("tiny  Java ").contains("| PyTorch 1.000 s, 100 samples/s (1 thread) | Java/PyTorch ");
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
