package org.mlpworkbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.mlpworkbench.bundle.NamedArray;
import org.mlpworkbench.bundle.Npz;
import org.mlpworkbench.bundle.Sha256;

/** Edits a saved bundle folder as a hostile user would: its weights (keeping the checksum right) or its model.json. */
final class Bundles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Bundles() {
    }

    /** Lets {@code edit} change the weights in place, then rewrites weights.npz and its checksum in model.json. */
    static void editWeights(Path bundle, Consumer<Map<String, float[]>> edit) throws IOException {
        Map<String, NamedArray> arrays = Npz.read(bundle.resolve("weights.npz"));
        Map<String, float[]> values = new java.util.LinkedHashMap<>();
        arrays.forEach((name, array) -> values.put(name, array.data()));
        edit.accept(values);
        List<NamedArray> edited = new ArrayList<>();
        arrays.forEach((name, array) -> edited.add(new NamedArray(name, array.shape(), values.get(name))));
        Npz.write(edited, bundle.resolve("weights.npz"));
        editModelJson(bundle, root -> ((ObjectNode) root.get("weights")).put("sha256", sha(bundle.resolve("weights.npz"))));
    }

    /** Lets {@code edit} change model.json, then writes it back. */
    static void editModelJson(Path bundle, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(bundle.resolve("model.json").toFile());
        edit.accept(root);
        Files.writeString(bundle.resolve("model.json"), JSON.writeValueAsString(root));
    }

    private static String sha(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
