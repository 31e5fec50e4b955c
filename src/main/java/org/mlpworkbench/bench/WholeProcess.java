package org.mlpworkbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whole-process runs of a command, as a person would time them: wall-clock seconds and peak resident memory,
 * from GNU time ({@code /usr/bin/time -f "%e %M"}) where it is installed (else the wall clock only).
 */
final class WholeProcess {

    static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** One run: seconds of wall clock and peak RSS in kilobytes (-1 when unknown). */
    record Figure(double seconds, long peakKilobytes) {

        String describe() {
            return peakKilobytes < 0 ? String.format(Locale.ROOT, "%.2f s", seconds)
                    : String.format(Locale.ROOT, "%.2f s, peak RSS %d MB", seconds, peakKilobytes / 1024);
        }
    }

    private WholeProcess() {
    }

    /** The median of {@code repeats} runs of {@code command} (with {@code env} added), or empty if one fails. */
    static Optional<Figure> median(List<String> command, Map<String, String> env, int repeats) throws IOException {
        List<Figure> runs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Optional<Figure> run = once(command, env);
            if (run.isEmpty()) {
                return Optional.empty();
            }
            runs.add(run.get());
        }
        runs.sort(java.util.Comparator.comparingDouble(Figure::seconds));
        return Optional.of(runs.get(runs.size() / 2));
    }

    private static Optional<Figure> once(List<String> command, Map<String, String> env) throws IOException {
        boolean timed = Files.isExecutable(GNU_TIME);
        Path report = Files.createTempFile("mlpw-time", ".txt");
        try {
            List<String> full = new ArrayList<>();
            if (timed) {
                full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %M", "-o", report.toString()));
            }
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(env);
            long start = System.nanoTime();
            int code = builder.start().waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                return Optional.empty();
            }
            if (!timed) {
                return Optional.of(new Figure(seconds, -1));
            }
            String[] fields = Files.readString(report, StandardCharsets.UTF_8).trim().split("\\s+");
            return Optional.of(new Figure(Double.parseDouble(fields[fields.length - 2]),
                    Long.parseLong(fields[fields.length - 1])));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            Files.deleteIfExists(report);
        }
    }
}
