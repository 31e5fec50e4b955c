package org.mlpworkbench.ui.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.mlpworkbench.bundle.AtomicFiles;
import org.mlpworkbench.data.FileNames;
import org.mlpworkbench.ui.task.BackgroundTasks;

/**
 * Crash recovery. While the session has unsaved changes, {@link #saveIfChanged} (which the window calls
 * every {@link #INTERVAL_SECONDS} seconds) writes it, in a background job, as an ordinary project to
 * {@code recovery-PID.mlpw} in the settings folder, with {@code recovery-PID.json} naming the project file
 * the work belongs to (if any) and when it was written; PID is this process, so two windows open at once
 * keep separate copies. Ending normally — the work saved, or "Don't save" when closing — deletes them
 * ({@link #discard}); a copy whose process no longer runs means that session did not end normally, and
 * {@link #pending} offers the newest such copy. A restored copy is deleted once this session's own copy
 * is written, or when it ends normally.
 */
final class Autosave {

    static final int INTERVAL_SECONDS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern COPY = java.util.regex.Pattern.compile("recovery-(\\d+)\\.mlpw");

    /** A recovery copy left by a session that did not end normally. */
    record Pending(Path copy, Path project, Instant savedAt) {

        /** The question to ask at start, e.g. "MLP Workbench did not close normally. … Restore it?". */
        String question() {
            return "MLP Workbench did not close normally. Its unsaved work"
                    + (project == null ? "" : " on " + project.getFileName()) + " was kept at "
                    + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(java.time.ZoneId.systemDefault()).format(savedAt) + ". Restore it?";
        }
    }

    /** Which process this is, and whether another one still runs (tests use made-up processes). */
    record Instance(long pid, java.util.function.LongPredicate alive) {
        static Instance current() {
            return new Instance(ProcessHandle.current().pid(),
                    pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        }
    }

    private final Path folder;
    private final BackgroundTasks tasks;
    private final Instance instance;
    private Pending adopted;
    private long savedChanges = -1;
    private boolean writing;
    private boolean discardWhenWritten;

    /** Keeps recovery copies in {@code folder}; null turns autosaving off (settings kept in memory only). */
    Autosave(Path folder, BackgroundTasks tasks, Instance instance) {
        this.folder = folder;
        this.tasks = tasks;
        this.instance = instance;
    }

    boolean enabled() {
        return folder != null;
    }

    /** Where this session's recovery copy is written. */
    Path copy() {
        return folder.resolve("recovery-" + instance.pid() + ".mlpw");
    }

    private static Path noteOf(Path copy) {
        return copy.resolveSibling(FileNames.name(copy).replaceFirst("\\.mlpw$", ".json"));
    }

    /**
     * Writes a recovery copy unless autosaving is off, one is being written, or nothing changed since the
     * last copy ({@code changes} is the session's change counter).
     *
     * @param capture the session as a project written at the given path (taken now, on the UI thread)
     * @param project the project file the work belongs to, or null when it was never saved
     */
    void saveIfChanged(long changes, Function<Path, ProjectCapture> capture, Path project) {
        if (!enabled() || writing || changes == savedChanges) {
            return;
        }
        ProjectCapture snapshot = capture.apply(copy());
        writing = true;
        tasks.job("Keeping a recovery copy of unsaved work", context -> {
            Files.createDirectories(folder);
            ProjectFile.save(copy(), snapshot.document(), snapshot.buildModels());
            ObjectNode note = JSON.createObjectNode();
            note.put("project", project == null ? null : project.toAbsolutePath().normalize().toString());
            note.put("savedAt", Instant.now().toString());
            AtomicFiles.write(noteOf(copy()), out -> out.write(JSON.writeValueAsBytes(note)));
            return changes;
        }).onEnd(() -> writing = false).onSuccess(saved -> {
            savedChanges = saved;
            if (adopted != null) {
                delete(adopted.copy());
                adopted = null;
            }
            if (discardWhenWritten) {
                discard();
            }
        }).onFailure(error -> {
            System.err.println("MLP Workbench: the recovery copy could not be written: " + error);
            if (discardWhenWritten) {
                discard();
            }
        }).start();
    }

    /** Deletes this session's recovery copy (and a restored one): the work is saved, or the user chose not to keep it. */
    void discard() {
        savedChanges = -1;
        discardWhenWritten = writing;
        if (!enabled()) {
            return;
        }
        delete(copy());
        if (adopted != null) {
            delete(adopted.copy());
            adopted = null;
        }
    }

    /** Deletes {@code copy}, which the user chose not to restore. */
    void discard(Pending copy) {
        delete(copy.copy());
    }

    /** {@code copy} was restored into this session: it is deleted once this session's own copy is written. */
    void adopt(Pending copy) {
        adopted = copy;
        savedChanges = -1;
    }

    private static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(noteOf(copy));
        } catch (IOException e) {
            System.err.println("MLP Workbench: the recovery copy could not be deleted: " + e);
        }
    }

    /** The newest recovery copy of a session whose process no longer runs, if there is one. */
    Optional<Pending> pending() {
        if (!enabled() || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (var files = Files.list(folder)) {
            return files.filter(this::leftBehind).map(Autosave::describe)
                    .max(java.util.Comparator.comparing(Pending::savedAt));
        } catch (IOException e) {
            System.err.println("MLP Workbench: the recovery copies could not be listed: " + e);
            return Optional.empty();
        }
    }

    private boolean leftBehind(Path file) {
        var m = COPY.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        return pid != instance.pid() && !instance.alive().test(pid) && (adopted == null || !adopted.copy().equals(file));
    }

    private static Pending describe(Path copy) {
        Path project = null;
        Instant savedAt = null;
        try {
            JsonNode note = JSON.readTree(Files.readString(noteOf(copy), StandardCharsets.UTF_8));
            project = note.path("project").isTextual() ? Path.of(note.path("project").asText()) : null;
            savedAt = Instant.parse(note.path("savedAt").asText());
        } catch (IOException | RuntimeException e) {
            // The note is missing or damaged: the copy itself is still worth offering.
        }
        if (savedAt == null) {
            try {
                savedAt = Files.getLastModifiedTime(copy).toInstant();
            } catch (IOException e) {
                savedAt = Instant.now();
            }
        }
        return new Pending(copy, project, savedAt);
    }
}
