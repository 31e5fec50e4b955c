package org.mlpworkbench.ui.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.bench.MixedCsvGenerator;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.LoadedTable;
import org.mlpworkbench.ui.session.Settings;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;

/**
 * Benchmark, not a test: opening the CSV benchmark's generated 1,000,000 × 30 mixed file in the Data step's
 * view-model (the job the window runs: read, every column's summary and histogram, the file's SHA-256), timing
 * the first rows shown (the reader's preview reaching {@code shownTable}) and the full column list (every
 * summary), against reading the file alone with {@link CsvReader} in the same run. The first open in the JVM
 * (what a person sees once per session) is reported apart from the median of the others. Run with
 * {@code mvn test -Dtest=DataStepBench -Dmlpw.bench=true} ({@code -Dmlpw.bench.rows=N},
 * {@code -Dmlpw.bench.repeats=N}, default 1,000,000 and 4); the report also goes to
 * {@code target/data-step-bench.txt}.
 */
@EnabledIfSystemProperty(named = "mlpw.bench", matches = "true")
class DataStepBench {

    @TempDir
    Path dir;

    @Test
    void openTheMillionRowFileInTheDataStep() throws Exception {
        int rows = Integer.getInteger("mlpw.bench.rows", 1_000_000);
        int repeats = Math.max(2, Integer.getInteger("mlpw.bench.repeats", 4));
        Path file = dir.resolve("mixed.csv");
        long bytes = MixedCsvGenerator.write(file, rows, 20240601L);
        double[] firstRows = new double[repeats];
        double[] summaries = new double[repeats];
        double[] readAlone = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            WorkbenchModel model = new WorkbenchModel();
            DataViewModel vm = new DataViewModel(model, new SynchronousBackgroundTasks(), Settings.inMemory());
            long[] shown = {0};
            vm.shownTableProperty().addListener((obs, old, now) -> {
                if (now != null && shown[0] == 0) {
                    shown[0] = System.nanoTime();
                }
            });
            System.gc();
            long t0 = System.nanoTime();
            vm.open(file);
            long end = System.nanoTime();
            if (vm.columns().size() != MixedCsvGenerator.COLUMNS || model.data().table().rowCount() != rows) {
                throw new AssertionError("the file did not load: " + vm.columns().size() + " columns");
            }
            firstRows[i] = (shown[0] - t0) / 1e9;
            summaries[i] = (end - t0) / 1e9;
            vm = null;
            model = null;
            System.gc();
            t0 = System.nanoTime();
            LoadedTable alone = CsvReader.read(file);
            readAlone[i] = (System.nanoTime() - t0) / 1e9;
            if (alone.table().rowCount() != rows) {
                throw new AssertionError("read " + alone.table().rowCount() + " rows");
            }
        }
        String report = String.format(Locale.ROOT, "data step, %d rows x %d cols, %.1f MB: first open: first rows"
                        + " %.3f s, every column's summary %.3f s (reading alone %.3f s) | later opens, median of %d:"
                        + " first rows %.3f s, summaries %.3f s, reading alone %.3f s (summaries / reading %.2fx)",
                rows, MixedCsvGenerator.COLUMNS, bytes / 1e6, firstRows[0], summaries[0], readAlone[0], repeats - 1,
                medianAfterFirst(firstRows), medianAfterFirst(summaries), medianAfterFirst(readAlone),
                medianAfterFirst(summaries) / medianAfterFirst(readAlone));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "data-step-bench.txt"), report + System.lineSeparator());
    }

    private static double medianAfterFirst(double[] values) {
        double[] later = Arrays.copyOfRange(values, 1, values.length);
        Arrays.sort(later);
        return later[later.length / 2];
    }
}
