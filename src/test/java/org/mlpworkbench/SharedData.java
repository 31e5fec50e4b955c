package org.mlpworkbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the public reference datasets that sit beside the project in {@code ../shared/data}. */
public final class SharedData {
    private SharedData() {
    }

    /** The file at {@code relative} under the shared data folder; fails the test if it is absent. */
    public static Path file(String relative) {
        String root = System.getProperty("mlpw.shared.data", "../shared/data");
        Path path = Path.of(root).resolve(relative).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(path), "shared dataset missing: " + path);
        return path;
    }
}
