package org.mlpworkbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real public datasets the project ships in {@code sample-data/} (see its PROVENANCE.md), so
 * every test runs on a fresh clone with nothing beside it.
 */
public final class SampleData {

    /** The folder, relative to the project (the working directory of tests). */
    public static final Path FOLDER = Path.of("sample-data");

    private SampleData() {
    }

    /** The file at {@code relative} under {@code sample-data/}; fails the test if it is absent. */
    public static Path file(String relative) {
        Path path = FOLDER.resolve(relative).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(path), "sample dataset missing: " + path);
        return path;
    }
}
