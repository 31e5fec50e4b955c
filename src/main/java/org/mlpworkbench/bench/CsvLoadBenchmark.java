package org.mlpworkbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.LoadedTable;

/**
 * The {@code csv} workload: generates a mixed CSV ({@link MixedCsvGenerator}, fixed seed) in a temporary
 * folder, loads it with {@link CsvReader} and, in the same run, measures two baselines on the same file:
 * Commons CSV parsing every record into strings, and a {@link BufferedReader} counting lines. Each
 * measurement is the best of {@code repeats} runs; the first load (cold JIT, what a person sees once per
 * session) is reported too. Peak heap is the
 * sum of the heap pools' peak usage during one load (an upper bound: it includes garbage not yet
 * collected); retained heap is what the loaded table keeps after a full GC.
 */
public final class CsvLoadBenchmark {

    /** The figures of one run; {@link #line()} is the one-line summary. */
    public record Result(int rows, int columns, long bytes, double loadSeconds, double firstLoadSeconds,
                         long peakHeapBytes, long retainedHeapBytes, double commonsSeconds, double lineCountSeconds) {

        public double rowsPerSecond() {
            return rows / loadSeconds;
        }

        public String line() {
            return String.format(Locale.ROOT, "csv: %d rows x %d cols, %.1f MB: load %.3f s (first load %.3f s;"
                            + " %.0f rows/s, %.0f MB/s), peak heap %d MB (pool peaks, garbage included), retained %d MB"
                            + " | Commons CSV to strings %.3f s (load is %.2fx faster),"
                            + " BufferedReader line count %.3f s (load takes %.2fx as long)",
                    rows, columns, bytes / 1e6, loadSeconds, firstLoadSeconds, rowsPerSecond(),
                    bytes / 1e6 / loadSeconds, peakHeapBytes >> 20, retainedHeapBytes >> 20, commonsSeconds,
                    commonsSeconds / loadSeconds, lineCountSeconds, loadSeconds / lineCountSeconds);
        }
    }

    private CsvLoadBenchmark() {
    }

    /** Runs the workload on {@code rows} generated rows, prints {@link Result#line()} to {@code out}, returns the figures. */
    public static Result run(int rows, int repeats, long seed, PrintStream out) throws IOException, CsvException {
        return run(rows, repeats, seed, null, out);
    }

    /**
     * As {@link #run(int, int, long, PrintStream)}; with {@code wholeProcess} (null for none) also a second line
     * comparing whole processes on the same file: {@code mlpw inspect} (load, every column's summary, the JSON) in a
     * fresh JVM started by {@code wholeProcess} against {@code /usr/bin/python3 -c "import pandas; pandas.read_csv(FILE)"}, when pandas imports; the median
     * of {@code repeats} runs each, one after the other.
     */
    public static Result run(int rows, int repeats, long seed, CommandLaunch wholeProcess, PrintStream out)
            throws IOException, CsvException {
        Path dir = Files.createTempDirectory("mlpw-csv-bench");
        try {
            Path file = dir.resolve("mixed.csv");
            long bytes = MixedCsvGenerator.write(file, rows, seed);
            double load = Double.MAX_VALUE;
            double first = 0;
            long peak = 0;
            long retained = 0;
            int columns = 0;
            for (int i = 0; i < repeats; i++) {
                System.gc();
                long before = usedAfterGc();
                resetPeaks();
                long t0 = System.nanoTime();
                LoadedTable loaded = CsvReader.read(file);
                double seconds = (System.nanoTime() - t0) / 1e9;
                long runPeak = peakSum();
                if (loaded.table().rowCount() != rows) {
                    throw new IllegalStateException("loaded " + loaded.table().rowCount() + " rows, wrote " + rows);
                }
                columns = loaded.table().columnCount();
                retained = Math.max(retained, usedAfterGc() - before);
                Reference.reachabilityFence(loaded);
                peak = Math.max(peak, runPeak);
                load = Math.min(load, seconds);
                first = i == 0 ? seconds : first;
            }
            double commons = Double.MAX_VALUE;
            double lines = Double.MAX_VALUE;
            for (int i = 0; i < repeats; i++) {
                commons = Math.min(commons, timeCommons(file));
                lines = Math.min(lines, timeLineCount(file));
            }
            Result result = new Result(rows, columns, bytes, load, first, peak, retained, commons, lines);
            out.println(result.line());
            if (wholeProcess != null) {
                out.println(wholeProcessLine(wholeProcess, file, repeats));
            }
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

    static String wholeProcessLine(CommandLaunch launch, Path file, int repeats) throws IOException {
        Optional<WholeProcess.Figure> ours = WholeProcess.median(launch.command("inspect", "--data", file.toString()),
                CommandLaunch.ENVIRONMENT, repeats);
        if (ours.isEmpty()) {
            return "csv whole process: mlpw inspect did not run";
        }
        String text = "csv whole process: mlpw inspect " + ours.get().describe();
        Optional<WholeProcess.Figure> pandas = WholeProcess.median(List.of(PyTorchBaseline.PYTHON, "-c",
                "import sys, pandas; pandas.read_csv(sys.argv[1])", file.toString()), Map.of(), repeats);
        if (pandas.isEmpty()) {
            return text + " | pandas not available (/usr/bin/python3 cannot import pandas)";
        }
        text += " | pandas.read_csv " + pandas.get().describe()
                + String.format(Locale.ROOT, " | inspect/pandas time %.2f×", ours.get().seconds() / pandas.get().seconds());
        if (ours.get().peakKilobytes() > 0 && pandas.get().peakKilobytes() > 0) {
            text += String.format(Locale.ROOT, ", peak RSS %.2f×",
                    (double) ours.get().peakKilobytes() / pandas.get().peakKilobytes());
        }
        return text;
    }

    /** {@code CsvLoadBenchmark [rows] [repeats]}: 1,000,000 rows and 3 repeats by default. */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        run(rows, repeats, 20240601L, System.out);
    }

    private static double timeCommons(Path file) throws IOException {
        long t0 = System.nanoTime();
        long chars = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                for (String value : record) {
                    chars += value.length();
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (chars == 0) {
            throw new IllegalStateException("Commons CSV read nothing");
        }
        return seconds;
    }

    private static double timeLineCount(Path file) throws IOException {
        long t0 = System.nanoTime();
        long lines = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            while (reader.readLine() != null) {
                lines++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (lines == 0) {
            throw new IllegalStateException("no lines");
        }
        return seconds;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakSum() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
