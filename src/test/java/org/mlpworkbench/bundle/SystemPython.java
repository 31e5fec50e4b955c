package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The system's {@code /usr/bin/python3} (Debian's {@code python3-numpy}, {@code python3-torch}), used by
 * optional tests that check exports from outside Java. Tests call {@link #has} in an assumption so they
 * are skipped where the modules are not installed.
 */
final class SystemPython {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();

    private SystemPython() {
    }

    /** Whether {@code import <modules>} works in the system Python. */
    static boolean has(String modules) {
        return AVAILABLE.computeIfAbsent(modules, m -> {
            if (!Files.isExecutable(PYTHON)) {
                return false;
            }
            try {
                return run(List.of("-c", "import " + m), 60).exitCode == 0;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** Runs {@code script} with {@code args}; fails the test unless it exits 0; returns its stdout. */
    static String runScript(Path script, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        Outcome outcome = run(command, 300);
        assertThat(outcome.exitCode).as("python exit code; stderr:%n%s", outcome.stderr).isZero();
        return outcome.stdout;
    }

    private record Outcome(int exitCode, String stdout, String stderr) {
    }

    private static Outcome run(List<String> arguments, int timeoutSeconds) throws IOException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString()));
        command.addAll(arguments);
        Path stdout = Files.createTempFile("python", ".out");
        Path stderr = Files.createTempFile("python", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().put("OMP_NUM_THREADS", "1");
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("python did not finish within " + timeoutSeconds + " s: " + command);
            }
            return new Outcome(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running python", e);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
