package org.mlpworkbench.bundle;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Writes that never leave a half-written file or directory behind: content goes to a temporary
 * sibling which is flushed to disk and then moved over the target in one rename. If writing fails,
 * the temporary is deleted and the old target (if any) is untouched.
 */
public final class AtomicFiles {

    /** A step that writes to {@code T} and may fail with an I/O error. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T target) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with whatever {@code writer} writes, atomically. */
    public static void write(Path target, IoConsumer<OutputStream> writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FileAlreadyExistsException(target.toString(), null, "is a folder, not a file");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temp = parent.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                writer.accept(new UnclosableStream(out));
                out.flush();
                channel.force(true);
            }
            moveReplacing(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
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
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temp = parent.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.createDirectory(temp);
        Path old = parent.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".old");
        try {
            filler.accept(temp);
            if (Files.exists(absolute)) {
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteRecursively(temp);
            deleteRecursively(old);
        }
    }

    /** Deletes a file or a directory tree if it exists. */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
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
