package org.mlpworkbench.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mlpworkbench.data.FileNames;

/**
 * The temporaries that writes create beside their targets, so that none outlives its write however
 * the process ends. A temporary for {@code <name>} is {@code .<name>.<uuid>.tmp} (a file or a folder)
 * with a lock file {@code .<name>.<uuid>.lock} beside it; {@code .<name>.<uuid>.old} is a folder being
 * replaced, on its way out.
 * <ul>
 * <li>Every temporary is registered while it exists; a shutdown hook (installed with the first one and
 * started by the JVM on SIGTERM, Ctrl+C or {@code System.exit}) deletes those still there.</li>
 * <li>A process killed without its hooks (kill -9, a power cut) leaves them behind, so creating a
 * temporary first sweeps its folder. The owner holds an exclusive lock on the lock file, which the
 * operating system drops when the owner ends, so a lock file that carries this class's marker and that
 * nobody locks proves its temporaries abandoned: they are deleted, except that an {@code .old} folder
 * goes back to {@code <name>} when {@code <name>} is missing (the kill fell between the two renames of
 * a swap). Files without the marker are never touched.</li>
 * </ul>
 * Renames into place ({@link Temp#commit}) run under the monitor the hook takes, so the hook never sees
 * a swap half done, and once it has run no temporary is created or committed.
 */
final class TempPaths {
    private static final String MARKER = "MLP Workbench temporary\n";
    private static final Pattern LOCK_NAME = Pattern.compile(
            "\\.(.+)\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.lock");
    private static final Object MONITOR = new Object();
    private static final Set<Temp> LIVE = new LinkedHashSet<>();
    private static boolean hookInstalled;
    private static boolean shuttingDown;

    /** Moves that put a temporary in place. */
    @FunctionalInterface
    interface Moves {
        void run() throws IOException;
    }

    /** One temporary beside {@code target}: closing deletes what is left of it and releases its lock. */
    static final class Temp implements Closeable {
        private final Path target;
        private final Path stem;
        private final FileChannel lock;
        private FileChannel file;

        private Temp(Path target, Path stem, FileChannel lock) {
            this.target = target;
            this.stem = stem;
            this.lock = lock;
        }

        /** The temporary file or folder. */
        Path path() {
            return sibling(stem, ".tmp");
        }

        /** Where a folder being replaced waits until its replacement is in place. */
        Path backup() {
            return sibling(stem, ".old");
        }

        /** The open channel of a temporary file (null for a folder). */
        FileChannel channel() {
            return file;
        }

        /** Runs {@code moves} (the renames into place) unless the process is shutting down. */
        void commit(Moves moves) throws IOException {
            synchronized (MONITOR) {
                if (shuttingDown) {
                    throw new IOException(target + " was not written: the application is shutting down");
                }
                moves.run();
            }
        }

        @Override
        public void close() {
            synchronized (MONITOR) {
                if (LIVE.remove(this)) {
                    discard();
                }
            }
        }

        private void discard() {
            closeQuietly(file);
            abandon(target, stem);
            closeQuietly(lock);
            deleteQuietly(sibling(stem, ".lock"));
        }
    }

    private TempPaths() {
    }

    /** A new temporary file beside {@code target} (absolute), open for writing. */
    static Temp file(Path target) throws IOException {
        return create(target, false);
    }

    /** A new, empty temporary folder beside {@code target} (absolute). */
    static Temp folder(Path target) throws IOException {
        return create(target, true);
    }

    private static Temp create(Path target, boolean folder) throws IOException {
        synchronized (MONITOR) {
            if (shuttingDown || !installHook()) {
                throw new IOException(target + " was not written: the application is shutting down");
            }
            Path parent = FileNames.folderOf(target);
            Files.createDirectories(parent);
            sweep(parent);
            Path stem = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID());
            FileChannel lock = FileChannel.open(sibling(stem, ".lock"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Temp temp = new Temp(target, stem, lock);
            LIVE.add(temp);
            try {
                tryLock(lock);
                lock.write(ByteBuffer.wrap(MARKER.getBytes(StandardCharsets.US_ASCII)));
                if (folder) {
                    Files.createDirectory(temp.path());
                } else {
                    temp.file = FileChannel.open(temp.path(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
                return temp;
            } catch (IOException | RuntimeException e) {
                temp.close();
                throw e;
            }
        }
    }

    /** Deletes the abandoned temporaries of other processes in {@code folder}; best effort, never fails. */
    static void sweep(Path folder) {
        List<Path> lockFiles;
        try (Stream<Path> entries = Files.list(folder)) {
            lockFiles = entries.filter(p -> LOCK_NAME.matcher(p.getFileName().toString()).matches()).toList();
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (Path lockFile : lockFiles) {
            String name = FileNames.name(lockFile);
            Path stem = lockFile.resolveSibling(name.substring(0, name.length() - ".lock".length()));
            boolean ours = LIVE.stream().anyMatch(t -> t.stem.equals(stem));
            if (!ours && Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                Matcher m = LOCK_NAME.matcher(name);
                m.matches();
                sweepOne(lockFile, stem, folder.resolve(m.group(1)));
            }
        }
    }

    private static void sweepOne(Path lockFile, Path stem, Path target) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer head = ByteBuffer.allocate(MARKER.length());
            channel.read(head, 0);
            if (!MARKER.equals(new String(head.array(), 0, head.position(), StandardCharsets.US_ASCII))) {
                return;
            }
            FileLock held = channel.tryLock();
            if (held == null) {
                return;
            }
            abandon(target, stem);
            held.release();
        } catch (IOException | OverlappingFileLockException e) {
            return;
        }
        deleteQuietly(lockFile);
    }

    /** Deletes {@code stem.tmp}; puts {@code stem.old} back at {@code target} if that is missing, else deletes it. */
    private static void abandon(Path target, Path stem) {
        deleteQuietly(sibling(stem, ".tmp"));
        Path old = sibling(stem, ".old");
        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    return;
                }
            } catch (IOException e) {
                return;
            }
            deleteQuietly(old);
        }
    }

    private static boolean installHook() {
        if (!hookInstalled) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(TempPaths::shutDown, "mlpw-temporaries"));
            } catch (IllegalStateException e) {
                return false;
            }
            hookInstalled = true;
        }
        return true;
    }

    private static void shutDown() {
        synchronized (MONITOR) {
            shuttingDown = true;
            for (Temp temp : new ArrayList<>(LIVE)) {
                temp.discard();
            }
            LIVE.clear();
        }
    }

    private static void tryLock(FileChannel channel) {
        try {
            channel.tryLock();
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without locks: other processes cannot prove this temporary abandoned, so never sweep it
        }
    }

    private static Path sibling(Path stem, String suffix) {
        return stem.resolveSibling(stem.getFileName() + suffix);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // closing only releases the descriptor and its lock
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            AtomicFiles.deleteRecursively(path);
        } catch (IOException | RuntimeException e) {
            // what cannot be deleted now is swept by a later write into this folder
        }
    }
}
