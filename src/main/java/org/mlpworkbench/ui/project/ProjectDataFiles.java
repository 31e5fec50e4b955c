package org.mlpworkbench.ui.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlpworkbench.data.FileKind;

/**
 * Which files a project may open by itself as data. A project names its data by path, and a project
 * file can come from anyone, so opening it must not read whatever it names: only a regular file (a link
 * to one counts) whose name ends in a data extension — {@code .csv}, {@code .tsv}, {@code .txt},
 * {@code .dat}, {@code .data} or {@code .psv}, any case, optionally followed by {@code .gz} — is opened
 * without asking. Anything else (a key file, {@code /etc/passwd}, a device, a FIFO) is treated as not
 * found: the user is asked to locate the data, and whatever the user then chooses is opened.
 */
final class ProjectDataFiles {
    static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".dat", ".data", ".psv");

    private ProjectDataFiles() {
    }

    /** Whether a project may open {@code file} without asking. */
    static boolean opensByItself(Path file) {
        return Files.isRegularFile(file) && refusal(file) == null;
    }

    /** Why a project does not open the existing {@code file} by itself, or {@code null} when it does (or it is absent). */
    static String refusal(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        String kind = FileKind.unusual(file);
        if (kind != null) {
            return file + " is " + kind + ", not a data file";
        }
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (EXTENSIONS.stream().noneMatch(name::endsWith)) {
            return file + " does not have a data file name (a project opens by itself only files ending in "
                    + String.join(", ", EXTENSIONS) + ", or those with .gz)";
        }
        return null;
    }
}
