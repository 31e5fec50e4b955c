package org.mlpworkbench.ui.session;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the project's {@code sample-data} folder — in the working directory, or beside (or above) the
 * installed jar — and lists the CSV files in it for the "Open sample" menu.
 */
public final class SampleFiles {

    /** The folder name looked for. */
    public static final String FOLDER = "sample-data";

    /** One sample: a display name (path inside the folder, without ".csv") and the file. */
    public record Sample(String name, Path file) {
    }

    private SampleFiles() {
    }

    /** The first {@code sample-data} folder found, looking in the working directory and then up from the code location. */
    public static Optional<Path> locate() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        codeLocation().ifPresent(starts::add);
        for (Path start : starts) {
            Path dir = start;
            for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
                Path candidate = dir.resolve(FOLDER);
                if (Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The CSV files under {@code folder} (up to three levels deep), sorted by name. */
    public static List<Sample> list(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 3)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                    .map(p -> new Sample(displayName(folder, p), p))
                    .sorted(java.util.Comparator.comparing(Sample::name))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String displayName(Path folder, Path file) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".csv".length());
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = SampleFiles.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
