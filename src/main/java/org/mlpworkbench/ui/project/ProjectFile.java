package org.mlpworkbench.ui.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.mlpworkbench.bundle.AtomicFiles;
import org.mlpworkbench.bundle.BundleFormatException;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.ZipFiles;
import org.mlpworkbench.data.FileKind;
import org.mlpworkbench.data.FileNames;

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
    /** The most all models of a project may take, and each one (a bundle zip expands to at most 2 GB). */
    private static final long MAX_BYTES = 16L << 30;
    private static final long MAX_MODEL_BYTES = 2L << 30;
    private static final long MAX_JSON_BYTES = 1L << 30;

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
        try (AtomicFiles.Staging staging = AtomicFiles.staging("mlpw-project")) {
            Files.writeString(staging.path().resolve(PROJECT_JSON), ProjectJson.write(document), StandardCharsets.UTF_8);
            for (Map.Entry<Integer, ModelBundle> m : models.entrySet()) {
                m.getValue().save(staging.path().resolve(modelEntry(m.getKey())));
            }
            AtomicFiles.write(target, out -> ZipFiles.pack(staging.path(), out));
        }
    }

    /**
     * Reads the project at {@code source} with the models of its runs. Only the entries the project
     * names are read: {@code project.json} first, then each run's model, one at a time. Every entry the
     * project names is checked against its limit, as the zip declares it, before any is extracted.
     *
     * @throws BundleFormatException when the file is not a project, is damaged, of a newer version, or a
     *                               run's model is missing, too large or unreadable (the message names the file)
     */
    public static Opened open(Path source) throws IOException {
        return open(source, MAX_MODEL_BYTES);
    }

    /** As {@link #open(Path)}, with at most {@code maxModelBytes} per run model. */
    static Opened open(Path source, long maxModelBytes) throws IOException {
        if (!Files.isRegularFile(source)) {
            String kind = FileKind.unusual(source);
            if (kind != null) {
                throw new BundleFormatException(source + " is " + kind + ", not a project file");
            }
            throw new NoSuchFileException(source.toString(), null, "no project file here");
        }
        String name = FileNames.name(source);
        try (ZipFile zip = ZipFiles.open(source, MAX_ENTRIES)) {
            ZipEntry json = zip.getEntry(PROJECT_JSON);
            if (json == null || json.isDirectory()) {
                throw new BundleFormatException(name + " is not an MLP Workbench project: it has no " + PROJECT_JSON);
            }
            byte[] text = ZipFiles.read(zip, json, MAX_JSON_BYTES, name);
            ProjectDocument document = ProjectJson.read(new String(text, StandardCharsets.UTF_8), name);
            Map<Integer, ZipEntry> entries = modelEntries(zip, document, maxModelBytes, name);
            Map<Integer, ModelBundle> models = new LinkedHashMap<>();
            for (Map.Entry<Integer, ZipEntry> e : entries.entrySet()) {
                models.put(e.getKey(), model(zip, e.getValue(), e.getKey(), maxModelBytes, name));
            }
            return new Opened(document, models);
        }
    }

    /** The model entry of every run that has one, each checked against the limits before any is read. */
    private static Map<Integer, ZipEntry> modelEntries(ZipFile zip, ProjectDocument document, long maxModelBytes, String name)
            throws IOException {
        Map<Integer, ZipEntry> entries = new LinkedHashMap<>();
        long declared = 0;
        for (ProjectDocument.RunEntry run : document.runs()) {
            if (!run.hasModel()) {
                continue;
            }
            ZipEntry entry = zip.getEntry(modelEntry(run.number()));
            if (entry == null || entry.isDirectory()) {
                throw new BundleFormatException(name + " is incomplete: the model of Run " + run.number() + " ("
                        + modelEntry(run.number()) + ") is missing");
            }
            ZipFiles.checkDeclaredSize(entry, maxModelBytes, name);
            declared += Math.max(0, entry.getSize());
            if (declared > MAX_BYTES) {
                throw new BundleFormatException(name + ": its models add up to more than " + MAX_BYTES
                        + " bytes; refusing to extract them");
            }
            entries.put(run.number(), entry);
        }
        return entries;
    }

    private static ModelBundle model(ZipFile zip, ZipEntry entry, int number, long maxModelBytes, String name)
            throws IOException {
        try (AtomicFiles.Staging staging = AtomicFiles.staging("mlpw-project")) {
            Path bundle = staging.path().resolve(modelEntry(number));
            ZipFiles.copy(zip, entry, bundle, maxModelBytes, name);
            try {
                return ModelBundle.load(bundle);
            } catch (BundleFormatException | RuntimeException e) {
                throw new BundleFormatException(name + ": the model of Run " + number + " cannot be read: "
                        + String.valueOf(e.getMessage()).replace(bundle.toString(), modelEntry(number)), e);
            }
        }
    }
}
