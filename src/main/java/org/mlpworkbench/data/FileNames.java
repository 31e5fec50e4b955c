package org.mlpworkbench.data;

import java.nio.file.Path;

/**
 * A path's name and folder for any path, a root or a bare file name included: {@link Path#getFileName()} and
 * {@link Path#getParent()} return {@code null} for those, which no caller wants to handle each time.
 */
public final class FileNames {

    private FileNames() {
    }

    /** The last element's name, e.g. "train.csv"; the whole path when it has none (a root such as "/"). */
    public static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * The folder that holds {@code file}, absolute: its parent, the current folder for a bare file name, and the
     * root itself for a root.
     */
    public static Path folderOf(Path file) {
        Path absolute = file.toAbsolutePath();
        Path parent = absolute.getParent();
        return parent == null ? absolute : parent;
    }
}
