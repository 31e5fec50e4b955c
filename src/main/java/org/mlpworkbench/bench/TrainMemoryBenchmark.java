package org.mlpworkbench.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.NumericColumn;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.RecipeFitter;

/**
 * The {@code memory} workload: the peak resident memory of a whole {@code mlpw train} process on KDD-sized data
 * ({@link KddCsvGenerator}: 500,000 rows, 41 mixed features, a label of 23 classes), a few epochs, against
 * what the data must take in any case, computed here: the parsed columns (8 bytes a numeric cell, 4 a
 * categorical one, plus each level once) and the feature matrix the default recipe makes (4 bytes a cell).
 * The peak is GNU time's ({@code /usr/bin/time -f "%M"}); without it the line says so.
 */
public final class TrainMemoryBenchmark {

    /** The figures; {@link #line()} is the one-line summary. */
    public record Result(int rows, int columns, long fileBytes, long columnBytes, int features, long featureBytes,
                         double seconds, long peakBytes) {

        /** The parsed columns plus the feature matrix. */
        public long dataBytes() {
            return columnBytes + featureBytes;
        }

        public String line() {
            String peak = peakBytes < 0 ? "peak RSS unknown (no GNU time)" : String.format(Locale.ROOT,
                    "peak RSS %d MB = %.2f× the data", peakBytes >> 20, (double) peakBytes / dataBytes());
            return String.format(Locale.ROOT, "memory: mlpw train on %d rows x %d cols (%.1f MB): parsed columns %d MB"
                            + " + feature matrix %d x %d floats %d MB = %d MB | train %.1f s, %s",
                    rows, columns, fileBytes / 1e6, columnBytes >> 20, rows, features, featureBytes >> 20,
                    dataBytes() >> 20, seconds, peak);
        }
    }

    static final String TARGET = "label";

    private TrainMemoryBenchmark() {
    }

    /**
     * Generates {@code rows} rows, trains {@code epochs} epochs in a child process started by {@code launch}, prints
     * the line, returns the figures.
     */
    public static Result run(int rows, int epochs, long seed, CommandLaunch launch, PrintStream out) throws IOException, CsvException {
        Path dir = Files.createTempDirectory("mlpw-memory-bench");
        try {
            Path file = dir.resolve("kdd.csv");
            long bytes = KddCsvGenerator.write(file, rows, seed);
            Table table = CsvReader.read(file).table();
            long columnBytes = 0;
            for (Column column : table.columns()) {
                columnBytes += storageBytes(column);
            }
            FittedRecipe fitted = RecipeFitter.fit(table, Recipe.defaults(table, List.of(TARGET)).recipe());
            int features = fitted.featureNames().size();
            long featureBytes = 4L * table.rowCount() * features;
            int columns = table.columnCount();
            table = null; // the child process is measured, not this one
            List<String> train = launch.command("train", "--data", file.toString(), "--target", TARGET,
                    "--epochs", Integer.toString(epochs), "--early-stopping", "0", "--out",
                    dir.resolve("model.zip").toString());
            Optional<WholeProcess.Figure> run = WholeProcess.median(train, CommandLaunch.ENVIRONMENT, 1);
            if (run.isEmpty()) {
                throw new IllegalStateException("mlpw train failed on the generated file");
            }
            long peak = run.get().peakKilobytes() < 0 ? -1 : run.get().peakKilobytes() * 1024;
            Result result = new Result(rows, columns, bytes, columnBytes, features, featureBytes, run.get().seconds(), peak);
            out.println(result.line());
            return result;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    static long storageBytes(Column column) {
        if (column instanceof NumericColumn) {
            return 8L * column.size();
        }
        long bytes = 4L * column.size();
        if (column instanceof CategoricalColumn categorical) {
            for (String level : categorical.levels()) {
                bytes += level.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return bytes;
    }
}
