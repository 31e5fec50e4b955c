package org.mlpworkbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a path is when it is not a regular file, in words for messages: the reader and the writers
 * handle regular files only, because a FIFO blocks whoever opens it until the other side comes, and a
 * device either never ends ({@code /dev/zero}), reports no size, or must not be replaced by a file.
 * Symbolic links are followed: a link to a regular file counts as one.
 */
public final class FileKind {
    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKind() {
    }

    /**
     * {@code null} when {@code path} is a regular file or does not exist; otherwise what it is, such as
     * "a folder", "a FIFO (named pipe)", "a character device", "a block device" or "a socket".
     */
    public static String unusual(Path path) {
        if (Files.isRegularFile(path) || !Files.exists(path)) {
            return null;
        }
        if (Files.isDirectory(path)) {
            return "a folder";
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & TYPE_BITS) {
                case FIFO -> "a FIFO (named pipe)";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                case SOCKET -> "a socket";
                default -> "not a regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a device, pipe or socket, not a regular file";
        }
    }
}
