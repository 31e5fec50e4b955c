package org.mlpworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The workload runs, checks its fast answers against the recount, and reports its figures (speed is not asserted). */
class LabelThresholdBenchmarkTest {

    @Test
    void printsOneLineOfFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LabelThresholdBenchmark.Result result = LabelThresholdBenchmark.run(2_000, 5,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines()).hasSize(1);
        assertThat(out).startsWith("labels rows=2000 labels=5 global_move_ns=")
                .contains("per_label_move_ns=", "label_switch_ms=", "exact_match_recount_ns=", "per_label_speedup=");
        assertThat(result.globalNs()).isPositive();
        assertThat(result.perLabelNs()).isPositive();
        assertThat(result.bruteForceNs()).isPositive();
    }
}
