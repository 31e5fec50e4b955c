package org.mlpworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options this program adds when it starts a JVM of its own (the launcher's restart, the benchmarks'
 * child processes), the same choices {@code bin/mlpw} makes in shell:
 * <ul>
 *   <li>a command runs on the serial collector, which keeps the heap, and so the resident memory, near what the
 *       data need, unless the options already name a collector; the desktop application keeps the default;</li>
 *   <li>on Linux with transparent huge pages offered on request ({@code madvise}, the usual default), the heap
 *       asks for them ({@code -XX:+UseTransparentHugePages}): {@code inspect} of a million-row CSV then takes
 *       some 14,000 page faults instead of 140,000, and a fifth less wall time; unless the options already say
 *       something of large or huge pages.</li>
 * </ul>
 */
public final class JvmOptions {

    /** Where Linux says whether transparent huge pages are used always, on request or never. */
    static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    private static final List<String> COLLECTORS = List.of("-XX:+UseSerialGC", "-XX:+UseParallelGC",
            "-XX:+UseG1GC", "-XX:+UseZGC", "-XX:+UseShenandoahGC", "-XX:+UseEpsilonGC");

    private JvmOptions() {
    }

    /** The options to add to {@code given} for a JVM that runs one command to its end. */
    public static List<String> forCommand(List<String> given) {
        return choose(given, true, System.getProperty("os.name", ""), hugePagesSetting());
    }

    /** The options to add to {@code given} for the desktop application's JVM. */
    public static List<String> forWindow(List<String> given) {
        return choose(given, false, System.getProperty("os.name", ""), hugePagesSetting());
    }

    /**
     * The choice itself: {@code osName} as {@code os.name} says it, {@code hugePages} the text of
     * {@link #HUGE_PAGES_SETTING} (e.g. {@code always [madvise] never}; empty where there is none).
     */
    static List<String> choose(List<String> given, boolean command, String osName, String hugePages) {
        List<String> added = new ArrayList<>();
        if (command && given.stream().noneMatch(COLLECTORS::contains)) {
            added.add(SERIAL_COLLECTOR);
        }
        boolean pagesGiven = given.stream().anyMatch(o -> o.startsWith("-XX:") && o.contains("LargePages")
                || o.startsWith("-XX:") && o.contains("TransparentHugePages"));
        if (!pagesGiven && osName.startsWith("Linux") && hugePages.contains("[madvise]")) {
            added.add(HUGE_PAGES);
        }
        return List.copyOf(added);
    }

    private static String hugePagesSetting() {
        try {
            return Files.isReadable(HUGE_PAGES_SETTING)
                    ? Files.readString(HUGE_PAGES_SETTING, StandardCharsets.US_ASCII) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
