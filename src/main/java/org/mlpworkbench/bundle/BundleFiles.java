package org.mlpworkbench.bundle;

import org.mlpworkbench.data.WorkerThread;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mlpworkbench.prep.JsonDocuments;
import org.mlpworkbench.data.FileKind;

/**
 * The bundle on disk, below the meaning of its fields: a directory (or a zip of the same files)
 * holding {@code model.json}, {@code weights.npz} and the model card {@code MODEL.md} (older bundles have
 * no card; it is never read back). Saving adds the format marker, the format version
 * and a {@code weights} section (file, SHA-256, name and shape of every parameter) to the caller's JSON,
 * and replaces the target atomically. Loading refuses — with a message naming the file and the
 * problem — a missing or damaged file, another format, a newer format version, and weights whose
 * checksum or shapes disagree with {@code model.json}. Nothing in a bundle is ever executed.
 */
final class BundleFiles {
    static final String MODEL_JSON = "model.json";
    static final String WEIGHTS = "weights.npz";
    static final String CARD = ModelCard.FILE;
    static final String FORMAT = "mlp-workbench-model";
    static final int FORMAT_VERSION = 1;
    private static final int MAX_ZIP_ENTRIES = 16;
    private static final long MAX_ZIP_BYTES = 2L << 30;
    static final ObjectMapper JSON = JsonDocuments.mapper();

    /** What a bundle holds: its {@code model.json} and its parameters by name, in file order. */
    record Contents(ObjectNode model, Map<String, NamedArray> weights) {
    }

    private BundleFiles() {
    }

    /** Whether {@code directory} holds a bundle and nothing else, so it may be replaced by a new bundle. */
    static boolean isBundle(Path directory) {
        try {
            return BundleTarget.problem(directory) == null && Files.isDirectory(directory);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Refuses a target that a save must not replace (saving would otherwise fail only at the end): only
     * nothing, an empty folder, or what is provably a bundle ({@link BundleTarget}) is replaced.
     */
    static void checkTarget(Path target) throws IOException {
        String problem = BundleTarget.problem(target);
        if (problem != null) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, problem);
        }
    }

    /** Saves a bundle (with its model card) to the directory {@code target}, or to a zip file when the name ends with {@code .zip}. */
    static void save(Path target, ObjectNode model, List<NamedArray> weights, String card) throws IOException {
        WorkerThread.require("saving a model bundle");
        String nonFinite = nonFinite(weights);
        if (nonFinite != null) {
            throw new IllegalArgumentException("the model cannot be saved: " + nonFinite);
        }
        checkTarget(target);
        if (isZip(target)) {
            try (AtomicFiles.Staging staging = AtomicFiles.staging("mlpw-bundle")) {
                Path content = staging.path().resolve("bundle");
                Files.createDirectory(content);
                writeContent(content, model, weights, card);
                AtomicFiles.write(target, out -> ZipFiles.pack(content, out));
            }
        } else {
            AtomicFiles.writeDirectory(target, BundleFiles::isBundle, dir -> writeContent(dir, model, weights, card));
        }
    }

    private static void writeContent(Path dir, ObjectNode model, List<NamedArray> weights, String card) throws IOException {
        Path weightsFile = dir.resolve(WEIGHTS);
        Npz.write(weights, weightsFile);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("formatVersion", FORMAT_VERSION);
        root.setAll(model);
        ObjectNode section = root.putObject("weights");
        section.put("file", WEIGHTS).put("sha256", Sha256.of(weightsFile));
        ArrayNode parameters = section.putArray("parameters");
        for (NamedArray w : weights) {
            ObjectNode p = parameters.addObject().put("name", w.name());
            ArrayNode shape = p.putArray("shape");
            Arrays.stream(w.shape()).forEach(shape::add);
        }
        AtomicFiles.write(dir.resolve(MODEL_JSON), out -> JSON.writeValue(out, root));
        AtomicFiles.write(dir.resolve(CARD), out -> out.write(card.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Loads the bundle at {@code source}: a bundle directory or a zip of one. */
    static Contents load(Path source) throws IOException {
        if (!Files.exists(source)) {
            throw new NoSuchFileException(source.toString(), null, "no model bundle here");
        }
        if (Files.isDirectory(source)) {
            return loadDirectory(source, source.toString());
        }
        String kind = FileKind.unusual(source);
        if (kind != null) {
            throw new BundleFormatException(source + " is " + kind + ", not a model bundle folder or zip file");
        }
        try (AtomicFiles.Staging staging = AtomicFiles.staging("mlpw-bundle")) {
            ZipFiles.extract(source, staging.path(), MAX_ZIP_ENTRIES, MAX_ZIP_BYTES);
            return loadDirectory(singleFolderOrSelf(staging.path()), source.toString());
        }
    }

    private static Contents loadDirectory(Path dir, String name) throws IOException {
        Path modelFile = dir.resolve(MODEL_JSON);
        if (!Files.isRegularFile(modelFile)) {
            throw new BundleFormatException(name + " is not a model bundle: it has no " + MODEL_JSON);
        }
        ObjectNode model = parseModelJson(modelFile, name);
        JsonNode section = model.path("weights");
        Path weightsFile = dir.resolve(WEIGHTS);
        if (!Files.isRegularFile(weightsFile)) {
            throw new BundleFormatException(name + " is incomplete: " + WEIGHTS + " is missing");
        }
        String expected = section.path("sha256").asText("");
        if (!expected.equals(Sha256.of(weightsFile))) {
            throw new BundleFormatException(name + ": " + WEIGHTS + " does not match the checksum recorded in "
                    + MODEL_JSON + "; the file is damaged or was replaced");
        }
        Map<String, NamedArray> weights = Npz.read(weightsFile);
        checkParameters(section.path("parameters"), weights, name);
        String nonFinite = nonFinite(weights.values());
        if (nonFinite != null) {
            throw new BundleFormatException(name + ": " + WEIGHTS + ": " + nonFinite + "; such a model predicts no numbers"
                    + " (was the file edited, or saved from a diverged run?)");
        }
        return new Contents(model, weights);
    }

    private static ObjectNode parseModelJson(Path modelFile, String name) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(modelFile.toFile());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new BundleFormatException(name + ": " + MODEL_JSON + " is damaged (not valid JSON" + where + ": "
                    + e.getOriginalMessage() + ")", e);
        }
        if (!(root instanceof ObjectNode model)) {
            throw new BundleFormatException(name + ": " + MODEL_JSON + " is damaged (it is not a JSON object)");
        }
        if (!FORMAT.equals(model.path("format").asText(null))) {
            throw new BundleFormatException(name + ": " + MODEL_JSON + " is not an MLP Workbench model (its \"format\" is "
                    + model.path("format") + ", expected \"" + FORMAT + "\")");
        }
        JsonNode version = model.path("formatVersion");
        if (!version.canConvertToInt() || !version.isIntegralNumber() || version.asInt() < 1) {
            throw new BundleFormatException(name + ": " + MODEL_JSON + " has no valid formatVersion (found " + version + ")");
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new BundleFormatException(name + " was saved in bundle format version " + version.asInt()
                    + ", newer than this MLP Workbench reads (" + FORMAT_VERSION + "); update MLP Workbench to load it");
        }
        return model;
    }

    /** Where the first value that is not finite is ("parameter 'layers.0.weight' holds NaN at [3, 7]"), or null. */
    static String nonFinite(java.util.Collection<NamedArray> arrays) {
        for (NamedArray array : arrays) {
            float[] data = array.data();
            for (int i = 0; i < data.length; i++) {
                if (!Float.isFinite(data[i])) {
                    int[] shape = array.shape();
                    int[] index = new int[shape.length];
                    for (int d = shape.length - 1, rest = i; d >= 0; d--) {
                        index[d] = rest % shape[d];
                        rest /= shape[d];
                    }
                    return "parameter '" + array.name() + "' holds " + data[i] + " at " + Arrays.toString(index);
                }
            }
        }
        return null;
    }

    private static void checkParameters(JsonNode listed, Map<String, NamedArray> weights, String name) throws BundleFormatException {
        List<String> expected = new ArrayList<>();
        for (JsonNode p : listed) {
            String parameter = p.path("name").asText();
            expected.add(parameter);
            NamedArray actual = weights.get(parameter);
            if (actual == null) {
                throw new BundleFormatException(name + ": " + WEIGHTS + " has no parameter '" + parameter + "', which "
                        + MODEL_JSON + " lists");
            }
            int[] shape = new int[p.path("shape").size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = p.path("shape").get(i).asInt();
            }
            if (!Arrays.equals(shape, actual.shape())) {
                throw new BundleFormatException(name + ": parameter '" + parameter + "' has shape " + Arrays.toString(actual.shape())
                        + " in " + WEIGHTS + " but " + Arrays.toString(shape) + " in " + MODEL_JSON);
            }
        }
        if (!expected.equals(new ArrayList<>(weights.keySet()))) {
            throw new BundleFormatException(name + ": " + WEIGHTS + " holds the parameters " + weights.keySet() + " but "
                    + MODEL_JSON + " lists " + expected);
        }
    }

    static boolean isZip(Path target) {
        return org.mlpworkbench.data.FileNames.name(target).toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /** A zip made by zipping the bundle folder itself has one folder at its root: look inside it. */
    private static Path singleFolderOrSelf(Path staging) throws IOException {
        if (Files.isRegularFile(staging.resolve(MODEL_JSON))) {
            return staging;
        }
        try (Stream<Path> entries = Files.list(staging)) {
            List<Path> all = entries.toList();
            return all.size() == 1 && Files.isDirectory(all.get(0)) ? all.get(0) : staging;
        }
    }
}
