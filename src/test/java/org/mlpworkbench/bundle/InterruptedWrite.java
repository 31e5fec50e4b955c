package org.mlpworkbench.bundle;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@link TempPathsTest} in a JVM of its own: starts a write ({@code file}, {@code folder} or
 * {@code staging}) to the path given, says "ready" on stdout once its temporaries exist, and waits to be
 * stopped or killed.
 */
public final class InterruptedWrite {
    private InterruptedWrite() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[1]);
        switch (args[0]) {
            case "file" -> AtomicFiles.write(target, out -> {
                out.write(new byte[1 << 20]);
                out.flush();
                readyAndWait();
            });
            case "folder" -> AtomicFiles.writeDirectory(target, p -> true, folder -> {
                Files.write(folder.resolve("weights.npz"), new byte[1 << 20]);
                readyAndWait();
            });
            case "staging" -> {
                try (AtomicFiles.Staging staging = AtomicFiles.staging(target.getFileName().toString())) {
                    Files.write(staging.path().resolve("model.json"), new byte[] {'{', '}'});
                    readyAndWait();
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void readyAndWait() {
        System.out.println("ready");
        System.out.flush();
        try {
            Thread.sleep(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
