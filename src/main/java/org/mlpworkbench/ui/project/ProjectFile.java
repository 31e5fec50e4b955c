package org.mlpworkbench.ui.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mlpworkbench.bundle.AtomicFiles;
import org.mlpworkbench.bundle.BundleFormatException;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.ZipFiles;

/**
 * A project on disk: one zip ({@code .mlpw}) holding {@code project.json} and, for every run with a
 * model, that model as a bundle zip {@code run-N.zip} (the same file Export writes, so it can be taken
 * out and used with the command line). Saving builds the zip in a temporary file and moves it over
 * the target in one rename; opening refuses, with a message naming the file, anything that is not a
 * readable project of this or an older format version.
 */
public final class ProjectFile {

    /** The file name extension of projects. */
    public static final String EXTENSION = ".mlpw";
    static final String PROJECT_JSON = "project.json";
    private static final int MAX_ENTRIES = 10_001;
    private static final long MAX_BYTES = 16L << 30;

    /** A project read back: its document and the model of every run that has one, by run number. */
    public record Opened(ProjectDocument document, Map<Integer, ModelBundle> models) {
    }

    private ProjectFile() {
    }

    /** The name of run {@code number}'s model bundle inside the project zip. */
    static String modelEntry(int number) {
        return "run-" + number + ".zip";
    }

    /** Writes {@code document} and {@code models} (by run number) to {@code target}, replacing it atomically. */
    public static void save(Path target, ProjectDocument document, Map<Integer, ModelBundle> models) throws IOException {
        Path staging = Files.createTempDirectory("mlpw-project");
        try {
            Files.writeString(staging.resolve(PROJECT_JSON), ProjectJson.write(document), StandardCharsets.UTF_8);
            for (Map.Entry<Integer, ModelBundle> m : models.entrySet()) {
                m.getValue().save(staging.resolve(modelEntry(m.getKey())));
            }
            AtomicFiles.write(target, out -> ZipFiles.pack(staging, out));
        } finally {
            AtomicFiles.deleteRecursively(staging);
        }
    }

    /**
     * Reads the project at {@code source} with the models of its runs.
     *
     * @throws BundleFormatException when the file is not a project, is damaged, of a newer version, or a
     *                               run's model is missing or unreadable (the message names the file)
     */
    public static Opened open(Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new NoSuchFileException(source.toString(), null, "no project file here");
        }
        String name = source.getFileName().toString();
        Path staging = Files.createTempDirectory("mlpw-project");
        try {
            ZipFiles.extract(source, staging, MAX_ENTRIES, MAX_BYTES);
            Path json = staging.resolve(PROJECT_JSON);
            if (!Files.isRegularFile(json)) {
                throw new BundleFormatException(name + " is not an MLP Workbench project: it has no " + PROJECT_JSON);
            }
            ProjectDocument document = ProjectJson.read(Files.readString(json, StandardCharsets.UTF_8), name);
            Map<Integer, ModelBundle> models = new LinkedHashMap<>();
            for (ProjectDocument.RunEntry run : document.runs()) {
                if (run.hasModel()) {
                    models.put(run.number(), model(staging, run.number(), name));
                }
            }
            return new Opened(document, models);
        } finally {
            AtomicFiles.deleteRecursively(staging);
        }
    }

    private static ModelBundle model(Path staging, int number, String name) throws IOException {
        Path bundle = staging.resolve(modelEntry(number));
        if (!Files.isRegularFile(bundle)) {
            throw new BundleFormatException(name + " is incomplete: the model of Run " + number + " ("
                    + modelEntry(number) + ") is missing");
        }
        try {
            return ModelBundle.load(bundle);
        } catch (BundleFormatException | RuntimeException e) {
            throw new BundleFormatException(name + ": the model of Run " + number + " cannot be read: "
                    + String.valueOf(e.getMessage()).replace(bundle.toString(), modelEntry(number)), e);
        }
    }
}
