package org.mlpworkbench.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.mlpworkbench.bench.CommandLaunch;
import org.mlpworkbench.bench.CsvLoadBenchmark;
import org.mlpworkbench.bench.LabelThresholdBenchmark;
import org.mlpworkbench.bench.ThresholdBenchmark;
import org.mlpworkbench.bench.TrainMemoryBenchmark;
import org.mlpworkbench.bench.TrainingComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mlpw bench}: the project's benchmarks, one line per workload with its figures and the baseline
 * measured in the same run. Training workloads compare with PyTorch when {@code /usr/bin/python3} has it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the benchmarks, one line per workload: seed, wide and multi (training; beside PyTorch when "
                + "/usr/bin/python3 has it), threshold (threshold curve of 1,000,000 scores), labels (multi-label "
                + "threshold moves on 100,000 rows of 14 labels), csv (loading a generated "
                + "1,000,000-row CSV against Commons CSV, and the whole mlpw inspect process against pandas.read_csv), memory "
                + "(peak RSS of mlpw train on 500,000 generated KDD-like rows against the size of its parsed columns and "
                + "feature matrix). All workloads run when none is given.")
final class BenchCommand implements Callable<Integer> {
    static final List<String> WORKLOADS = List.of("seed", "wide", "multi", "threshold", "labels", "csv", "memory");
    private static final List<String> TRAINING = List.of("seed", "wide", "multi");
    private static final int THRESHOLD_SCORES = 1_000_000;
    private static final int LABEL_ROWS = 100_000;
    private static final int LABELS = 14;
    private static final int CSV_ROWS = 1_000_000;
    private static final int CSV_REPEATS = 3;
    private static final long CSV_SEED = 20240601L;
    private static final int MEMORY_ROWS = 500_000;
    private static final int MEMORY_EPOCHS = 3;
    private static final long MEMORY_SEED = 19990101L;

    @Spec
    CommandSpec spec;

    @Option(names = "--workload", split = ",", paramLabel = "NAME",
            description = "seed, wide, multi, threshold, labels or csv (several: comma-separated; default: all).")
    List<String> workloads = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> chosen = workloads.isEmpty() ? WORKLOADS : workloads;
        for (String name : chosen) {
            if (!WORKLOADS.contains(name)) {
                throw new UserInputException("--workload: unknown workload '" + name + "'; use " + String.join(", ", WORKLOADS));
            }
        }
        PrintStream out = new PrintStream(WriterOutputStream.builder().setWriter(spec.commandLine().getOut())
                .setCharset(StandardCharsets.UTF_8).get(), true, StandardCharsets.UTF_8);
        List<String> training = chosen.stream().filter(TRAINING::contains).toList();
        if (!training.isEmpty()) {
            TrainingComparison.runAndPrint(training, out);
        }
        if (chosen.contains("threshold")) {
            ThresholdBenchmark.run(THRESHOLD_SCORES, out);
        }
        if (chosen.contains("labels")) {
            LabelThresholdBenchmark.run(LABEL_ROWS, LABELS, out);
        }
        if (chosen.contains("csv")) {
            CsvLoadBenchmark.run(CSV_ROWS, CSV_REPEATS, CSV_SEED, commandLaunch(), out);
        }
        if (chosen.contains("memory")) {
            TrainMemoryBenchmark.run(MEMORY_ROWS, MEMORY_EPOCHS, MEMORY_SEED, commandLaunch(), out);
        }
        out.flush();
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The benchmarks' child processes start as {@code bin/mlpw} starts a command: with {@link JvmOptions#forCommand}. */
    private static CommandLaunch commandLaunch() {
        return new CommandLaunch(JvmOptions.forCommand(List.of()));
    }
}
