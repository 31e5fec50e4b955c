package org.mlpworkbench.ui.session;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.data.FileNames;

/**
 * The user's preferences that outlive a session: recently opened files and the theme. Stored as a
 * small JSON file in the user's configuration folder and saved on every change; a file that cannot be
 * read or written degrades to in-memory settings (a warning on stderr), never to an error dialog.
 */
public final class Settings {

    /** How many recent files are remembered. */
    public static final int MAX_RECENT = 8;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);

    /** The JSON form of the settings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stored(List<String> recentFiles, boolean darkTheme) {
    }

    private Settings(Path file) {
        this.file = file;
    }

    /** Settings kept in memory only (tests, or when no configuration folder is usable). */
    public static Settings inMemory() {
        return new Settings(null);
    }

    /** Settings read from {@code file} (absent = defaults) and written back to it on every change. */
    public static Settings load(Path file) {
        Settings s = new Settings(file);
        if (Files.isRegularFile(file)) {
            try {
                Stored stored = JSON.readValue(file.toFile(), Stored.class);
                if (stored.recentFiles() != null) {
                    stored.recentFiles().stream().limit(MAX_RECENT).map(Path::of).forEach(s.recentFiles::add);
                }
                s.darkTheme.set(stored.darkTheme());
            } catch (IOException | RuntimeException e) {
                System.err.println("MLP Workbench: ignoring unreadable settings " + file + ": " + e.getMessage());
            }
        }
        s.recentFiles.addListener((javafx.collections.ListChangeListener<Path>) c -> s.save());
        s.darkTheme.addListener((obs, old, now) -> s.save());
        return s;
    }

    /** The folder of the settings file; empty for settings kept in memory only. */
    public java.util.Optional<Path> folder() {
        return java.util.Optional.ofNullable(file).map(f -> f.toAbsolutePath().getParent());
    }

    /** The settings file in the user's configuration folder, per operating-system convention. */
    public static Path defaultFile() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path base;
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            base = Path.of(System.getenv("APPDATA"));
        } else if (os.contains("mac")) {
            base = home.resolve("Library").resolve("Application Support");
        } else if (System.getenv("XDG_CONFIG_HOME") != null && !System.getenv("XDG_CONFIG_HOME").isBlank()) {
            base = Path.of(System.getenv("XDG_CONFIG_HOME"));
        } else {
            base = home.resolve(".config");
        }
        return base.resolve("mlp-workbench").resolve("settings.json");
    }

    /** Moves {@code path} to the top of the recent files, dropping duplicates and the oldest beyond {@link #MAX_RECENT}. */
    public void addRecent(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(recentFiles);
        next.remove(normal);
        next.add(0, normal);
        recentFiles.setAll(next.subList(0, Math.min(MAX_RECENT, next.size())));
    }

    /** Forgets {@code path} (e.g. because the file no longer exists). */
    public void removeRecent(Path path) {
        recentFiles.remove(path.toAbsolutePath().normalize());
    }

    /** Most recent first. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(FileNames.folderOf(file));
            Path tmp = file.resolveSibling(FileNames.name(file) + ".tmp");
            JSON.writeValue(tmp.toFile(),
                    new Stored(recentFiles.stream().map(Path::toString).toList(), darkTheme.get()));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            System.err.println("MLP Workbench: could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
