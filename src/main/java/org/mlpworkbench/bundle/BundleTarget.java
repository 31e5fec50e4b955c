package org.mlpworkbench.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.mlpworkbench.data.FileKind;

/**
 * What a bundle save may replace: nothing, an empty folder, or what is provably a bundle — a folder
 * holding exactly {@code model.json} and {@code weights.npz} (and the card {@code MODEL.md}, which bundles
 * older than the card lack), or a zip holding exactly those (at its root or in one folder), whose
 * {@code model.json} says it is an MLP Workbench model. Anything else (an
 * unrelated zip, a folder with other files in it, a device) is refused with the reason, so a mistyped
 * output never destroys a user's files.
 */
final class BundleTarget {
    private static final String NOT_A_BUNDLE = "already exists and is not a model bundle; choose another output";
    private static final int LISTED = 5;

    private BundleTarget() {
    }

    /** Why a bundle must not be saved to {@code target}, or {@code null} when it may (replacing what is there). */
    static String problem(Path target) throws IOException {
        if (!Files.exists(target)) {
            return null;
        }
        if (Files.isDirectory(target)) {
            return folderProblem(target);
        }
        String kind = FileKind.unusual(target);
        if (kind != null) {
            return "is " + kind + ", not a regular file; refusing to write over it";
        }
        if (!BundleFiles.isZip(target)) {
            return "already exists and is a file, not a model bundle folder; choose another output"
                    + " (a name ending in .zip saves a zip)";
        }
        return zipProblem(target);
    }

    private static String folderProblem(Path folder) throws IOException {
        List<String> names;
        try (Stream<Path> entries = Files.list(folder)) {
            names = entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
        if (names.isEmpty()) {
            return null;
        }
        if (!names.contains(BundleFiles.MODEL_JSON)) {
            return NOT_A_BUNDLE;
        }
        List<String> others = new ArrayList<>(names);
        others.removeAll(List.of(BundleFiles.MODEL_JSON, BundleFiles.WEIGHTS));
        if (others.equals(List.of(BundleFiles.CARD)) && Files.isRegularFile(folder.resolve(BundleFiles.CARD), LinkOption.NOFOLLOW_LINKS)) {
            others.clear();
        }
        if (!others.isEmpty()) {
            return "already exists and holds other files besides a model bundle (" + listed(others)
                    + "); choose another output";
        }
        Path model = folder.resolve(BundleFiles.MODEL_JSON);
        Path weights = folder.resolve(BundleFiles.WEIGHTS);
        if (!Files.isRegularFile(model, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(weights, LinkOption.NOFOLLOW_LINKS)) {
            return "already exists and is not a complete model bundle (model.json and weights.npz must both be files);"
                    + " choose another output";
        }
        try (InputStream in = Files.newInputStream(model)) {
            return isModelJson(in) ? null : "already exists, but its model.json is not an MLP Workbench model; choose another output";
        }
    }

    private static String zipProblem(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> files = new ArrayList<>();
            List<String> folders = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                (entry.isDirectory() ? folders : files).add(entry.getName());
            }
            ZipEntry model = files.stream().filter(n -> n.equals(BundleFiles.MODEL_JSON) || n.endsWith("/" + BundleFiles.MODEL_JSON))
                    .findFirst().map(zip::getEntry).orElse(null);
            String prefix = model == null ? "" : model.getName().substring(0, model.getName().length() - BundleFiles.MODEL_JSON.length());
            List<String> rest = new ArrayList<>(files);
            rest.removeAll(List.of(prefix + BundleFiles.MODEL_JSON, prefix + BundleFiles.WEIGHTS, prefix + BundleFiles.CARD));
            boolean exact = model != null && rest.isEmpty() && files.contains(prefix + BundleFiles.WEIGHTS)
                    && folders.stream().allMatch(f -> f.equals(prefix)) && prefix.indexOf('/') == prefix.lastIndexOf('/');
            if (!exact) {
                return "already exists and is not a model bundle zip (it holds " + listed(files) + "); choose another output";
            }
            try (InputStream in = zip.getInputStream(model)) {
                return isModelJson(in) ? null
                        : "already exists, but the model.json in it is not an MLP Workbench model; choose another output";
            }
        } catch (ZipException e) {
            return "already exists and is not a model bundle (it is not a zip file); choose another output";
        }
    }

    /** Whether the JSON object in {@code in} has the bundle's {@code format} marker (read up to that field only). */
    private static boolean isModelJson(InputStream in) {
        try (JsonParser parser = BundleFiles.JSON.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("format")) {
                    return value == JsonToken.VALUE_STRING && BundleFiles.FORMAT.equals(parser.getText());
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static String listed(List<String> names) {
        if (names.isEmpty()) {
            return "nothing";
        }
        String shown = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return names.size() > LISTED ? shown + ", … " + names.size() + " in all" : shown;
    }
}
