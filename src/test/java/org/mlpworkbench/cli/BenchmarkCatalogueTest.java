package org.mlpworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/benchmarks.md is the one list of the benchmarks: every workload of {@code mlpw bench}, every
 * {@code *Benchmark} class behind them and every {@code *Bench} class of the tests is on it, and each
 * {@code *Bench} runs only when asked for with {@code -Dmlpw.bench=true}.
 */
class BenchmarkCatalogueTest {

    private static final Path PAGE = Path.of("docs", "benchmarks.md");

    @Test
    void everyBenchmarkIsOnThePage() throws IOException {
        String page = Files.readString(PAGE);
        for (String workload : BenchCommand.WORKLOADS) {
            assertThat(page).as("workload %s", workload).contains("`" + workload + "`");
        }
        for (Path file : classes(Path.of("src", "main", "java", "org", "mlpworkbench", "bench"), "Benchmark.java")) {
            assertThat(page).as("%s", file).contains("`" + simpleName(file) + "`");
        }
        List<Path> benches = classes(Path.of("src", "test", "java"), "Bench.java");
        assertThat(benches).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : benches) {
            assertThat(page).as("%s", file).contains("`" + simpleName(file) + "`");
        }
    }

    @Test
    void theBenchesOfTheTestsRunOnlyWhenAskedFor() throws IOException {
        for (Path file : classes(Path.of("src", "test", "java"), "Bench.java")) {
            assertThat(Files.readString(file)).as("%s", file)
                    .contains("@EnabledIfSystemProperty(named = \"mlpw.bench\", matches = \"true\")");
        }
    }

    private static List<Path> classes(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String simpleName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }
}
