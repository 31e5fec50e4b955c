package org.mlpworkbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a benchmark starts this program's command line in a fresh JVM, as {@code bin/mlpw} would: this JVM's
 * {@code java}, the given options (the caller passes those {@code bin/mlpw} adds for a command), the class path,
 * and the environment {@code bin/mlpw} sets.
 *
 * @param jvmOptions options before the class path, e.g. {@code -XX:+UseSerialGC}
 */
public record CommandLaunch(List<String> jvmOptions) {

    /** The thread settings {@code bin/mlpw} exports, and the mark that keeps the launcher from starting again. */
    static final Map<String, String> ENVIRONMENT = Map.of("MLPW_NO_RELAUNCH", "1", "OMP_NUM_THREADS", "1",
            "OMP_WAIT_POLICY", "PASSIVE");

    public CommandLaunch {
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** The command that runs {@code mlpw ARGS}. */
    List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.mlpworkbench.Launcher"));
        command.addAll(List.of(args));
        return command;
    }
}
