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
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.JobCallbacks;

/**
 * Crash recovery. While the session has unsaved changes, {@link #saveIfChanged} (which the window calls
 * every {@link #INTERVAL_SECONDS} seconds) writes it, in a background job, as an ordinary project to
 * {@value #PROJECT} in the settings folder, with {@value #NOTE} naming the project file the work belongs
 * to (if any) and when it was written. Ending normally — the work saved, or "Don't save" when closing —
 * deletes both ({@link #discard}); finding them at the next start means the application did not end
 * normally, and {@link #pending} describes what can be restored.
 */
final class Autosave {

    static final int INTERVAL_SECONDS = 30;
    static final String PROJECT = "recovery.mlpw";
    static final String NOTE = "recovery.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A recovery copy left by a session that did not end normally. */
    record Pending(Path copy, Path project, Instant savedAt) {
    }

    private final Path folder;
    private final BackgroundTasks tasks;
    private long savedChanges = -1;
    private boolean writing;
    private boolean discardWhenWritten;

    /** Keeps recovery copies in {@code folder}; null turns autosaving off (settings kept in memory only). */
    Autosave(Path folder, BackgroundTasks tasks) {
        this.folder = folder;
        this.tasks = tasks;
    }

    boolean enabled() {
        return folder != null;
    }

    /** Where the recovery copy is written. */
    Path copy() {
        return folder.resolve(PROJECT);
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
        tasks.start("Keeping a recovery copy of unsaved work", context -> {
            Files.createDirectories(folder);
            ProjectFile.save(copy(), snapshot.document(), snapshot.models());
            ObjectNode note = JSON.createObjectNode();
            note.put("project", project == null ? null : project.toAbsolutePath().normalize().toString());
            note.put("savedAt", Instant.now().toString());
            AtomicFiles.write(folder.resolve(NOTE), out -> out.write(JSON.writeValueAsBytes(note)));
            return changes;
        }, new JobCallbacks<Long>() {
            @Override
            public void succeeded(Long saved) {
                writing = false;
                savedChanges = saved;
                if (discardWhenWritten) {
                    discard();
                }
            }

            @Override
            public void failed(Throwable error) {
                writing = false;
                System.err.println("MLP Workbench: the recovery copy could not be written: " + error);
                if (discardWhenWritten) {
                    discard();
                }
            }
        });
    }

    /** Deletes the recovery copy: the work is saved, or the user chose not to keep it. */
    void discard() {
        savedChanges = -1;
        discardWhenWritten = writing;
        if (!enabled()) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve(PROJECT));
            Files.deleteIfExists(folder.resolve(NOTE));
        } catch (IOException e) {
            System.err.println("MLP Workbench: the recovery copy could not be deleted: " + e);
        }
    }

    /** The recovery copy of a session that did not end normally, if there is one. */
    Optional<Pending> pending() {
        if (!enabled() || !Files.isRegularFile(copy())) {
            return Optional.empty();
        }
        Path project = null;
        Instant savedAt = null;
        try {
            JsonNode note = JSON.readTree(Files.readString(folder.resolve(NOTE), StandardCharsets.UTF_8));
            project = note.path("project").isTextual() ? Path.of(note.path("project").asText()) : null;
            savedAt = Instant.parse(note.path("savedAt").asText());
        } catch (IOException | RuntimeException e) {
            // The note is missing or damaged: the copy itself is still worth offering.
        }
        if (savedAt == null) {
            try {
                savedAt = Files.getLastModifiedTime(copy()).toInstant();
            } catch (IOException e) {
                savedAt = Instant.now();
            }
        }
        return Optional.of(new Pending(copy(), project, savedAt));
    }
}
