package org.mlpworkbench.bundle;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.mlpworkbench.data.FileKind;

/**
 * Writes that never leave a half-written file or directory behind: content goes to a temporary
 * sibling ({@code .<name>.<uuid>.tmp}) which is flushed to disk and then moved over the target in one
 * rename. If writing fails, the temporary is deleted and the old target (if any) is untouched; if the
 * process is stopped (SIGTERM) a shutdown hook deletes it, and if it is killed outright the next write
 * into that folder sweeps it ({@link TempPaths}). Only regular files are written: a folder, a device, a
 * FIFO or a socket at the target is refused, and a symbolic link is written through to its file.
 */
public final class AtomicFiles {

    /** A step that writes to {@code T} and may fail with an I/O error. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T target) throws IOException;
    }

    /** A temporary folder for assembling or unpacking files; closing deletes it (so does the end of the process). */
    public static final class Staging implements Closeable {
        private final TempPaths.Temp temp;

        private Staging(TempPaths.Temp temp) {
            this.temp = temp;
        }

        public Path path() {
            return temp.path();
        }

        @Override
        public void close() {
            temp.close();
        }
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with whatever {@code writer} writes, atomically. */
    public static void write(Path target, IoConsumer<OutputStream> writer) throws IOException {
        Path absolute = regularFile(target);
        try (TempPaths.Temp temp = TempPaths.file(absolute)) {
            FileChannel channel = temp.channel();
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            writer.accept(new UnclosableStream(out));
            out.flush();
            channel.force(true);
            temp.commit(() -> moveReplacing(temp.path(), absolute));
        }
    }

    /**
     * Replaces the directory {@code target} with the one {@code filler} populates. An existing target
     * is replaced only if it is empty or {@code replaceable} accepts it (so a command cannot wipe an
     * unrelated folder); otherwise a {@link FileAlreadyExistsException} explains why.
     */
    public static void writeDirectory(Path target, Predicate<Path> replaceable, IoConsumer<Path> filler) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !(Files.isDirectory(absolute) && (isEmpty(absolute) || replaceable.test(absolute)))) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists and is not a model bundle; choose another output");
        }
        try (TempPaths.Temp temp = TempPaths.folder(absolute)) {
            filler.accept(temp.path());
            temp.commit(() -> {
                if (Files.exists(absolute)) {
                    Files.move(absolute, temp.backup(), StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(temp.path(), absolute, StandardCopyOption.ATOMIC_MOVE);
            });
        }
    }

    /** A new temporary folder {@code .<name>.<uuid>.tmp} in the system's temporary folder. */
    public static Staging staging(String name) throws IOException {
        return new Staging(TempPaths.folder(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().resolve(name)));
    }

    /** Deletes a file or a directory tree if it exists (a symbolic link is deleted, not followed). */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The absolute path to write for {@code target}: refused unless it is a regular file or absent; links resolved. */
    private static Path regularFile(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        String kind = FileKind.unusual(absolute);
        if (kind != null) {
            throw new FileSystemException(target.toString(), null, "is " + kind + ", not a regular file; refusing to write over it");
        }
        return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    }

    /** Lets a writer close "its" stream (as Jackson and zip streams do) without closing the file before it is synced. */
    private static final class UnclosableStream extends FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void moveReplacing(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
