package org.mlpworkbench.ui.session;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the project's {@code sample-data} folder — in the working directory, or beside (or above) the
 * installed jar — and lists the samples its {@value #INDEX} names, in that order, for the "Open sample" menu and
 * the welcome page. Each line of the index is {@code file<TAB>name<TAB>what it is for}; {@code #} starts a comment.
 */
public final class SampleFiles {

    /** The folder name looked for. */
    public static final String FOLDER = "sample-data";

    /** The file in the folder that lists the samples. */
    public static final String INDEX = "index.tsv";

    /** One sample: its name, one line on what it is for, and the file. */
    public record Sample(String name, String description, Path file) {
    }

    private SampleFiles() {
    }

    /**
     * The first {@code sample-data} folder with an {@value #INDEX}, looking up from the code location (an installed
     * app's own) and then from the working directory.
     */
    public static Optional<Path> locate() {
        List<Path> starts = new ArrayList<>();
        codeLocation().ifPresent(starts::add);
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            Path dir = start;
            for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
                Path candidate = dir.resolve(FOLDER);
                if (Files.isRegularFile(candidate.resolve(INDEX))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The samples {@code folder}'s index names whose files exist, in the index's order; empty without an index. */
    public static List<Sample> list(Path folder) {
        List<String> lines;
        try {
            lines = Files.readAllLines(folder.resolve(INDEX), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
        List<Sample> samples = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (line.isBlank() || line.startsWith("#") || fields.length != 3) {
                continue;
            }
            Path file = folder.resolve(fields[0]);
            if (Files.isRegularFile(file)) {
                samples.add(new Sample(fields[1], fields[2], file));
            }
        }
        return List.copyOf(samples);
    }

    /**
     * Where a new file is suggested to go when it belongs beside the files of {@code folder} (an input's folder,
     * the folder last used): {@code folder} itself, unless it belongs to a samples folder (one holding an
     * {@value #INDEX}; the shipped data stay as published) or cannot be written (an installed app's), in which
     * case the user's home folder.
     */
    public static Path outputFolder(Path folder) {
        Path home = Path.of(System.getProperty("user.home"));
        if (folder == null || !Files.isWritable(folder)) {
            return home;
        }
        for (Path dir = folder.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(INDEX))) {
                return home;
            }
        }
        return folder;
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
