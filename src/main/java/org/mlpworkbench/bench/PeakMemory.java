package org.mlpworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident set size, from {@code /proc/self/status} (VmHWM) where the OS has it. */
final class PeakMemory {

    private PeakMemory() {
    }

    static String describe() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(java.util.Locale.ROOT, "%.0f MB", kilobytes / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown (no /proc/self/status)";
        }
        return "unknown";
    }
}
