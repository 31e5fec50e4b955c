package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleFilesTest {
    private static final String CARD = "# a model card\n";

    @TempDir
    Path dir;

    private final List<NamedArray> weights = List.of(
            new NamedArray("layers.0.weight", new int[] {2, 3}, new float[] {1, 2, 3, 4, 5, 6}),
            new NamedArray("layers.0.bias", new int[] {2}, new float[] {0.5f, -0.5f}));

    private ObjectNode model() {
        return BundleFiles.JSON.createObjectNode().put("task", "binary");
    }

    @Test
    void aDirectoryBundleRoundTrips() throws IOException {
        Path target = dir.resolve("model");
        BundleFiles.save(target, model(), weights, CARD);
        BundleFiles.Contents back = BundleFiles.load(target);
        assertThat(back.model().path("format").asText()).isEqualTo("mlp-workbench-model");
        assertThat(back.model().path("formatVersion").asInt()).isEqualTo(1);
        assertThat(back.model().path("task").asText()).isEqualTo("binary");
        assertThat(back.model().at("/weights/sha256").asText()).isEqualTo(Sha256.of(target.resolve("weights.npz")));
        assertThat(back.model().at("/weights/parameters/0/shape").toString()).isEqualTo("[2,3]");
        assertThat(back.weights().values()).containsExactlyElementsOf(weights);
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("MODEL.md", "model.json", "weights.npz");
        }
        assertThat(Files.readString(target.resolve("MODEL.md"))).isEqualTo(CARD);
    }

    @Test
    void aZipBundleRoundTripsAndSoDoesAZippedFolder() throws IOException {
        Path zip = dir.resolve("model.zip");
        BundleFiles.save(zip, model(), weights, CARD);
        assertThat(BundleFiles.load(zip).weights().values()).containsExactlyElementsOf(weights);

        Path folder = dir.resolve("titanic-model");
        BundleFiles.save(folder, model(), weights, CARD);
        Path handZipped = dir.resolve("by-hand.zip");
        try (OutputStream out = Files.newOutputStream(handZipped); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : List.of("model.json", "weights.npz")) {
                z.putNextEntry(new ZipEntry("titanic-model/" + name));
                z.write(Files.readAllBytes(folder.resolve(name)));
                z.closeEntry();
            }
        }
        assertThat(BundleFiles.load(handZipped).weights()).containsKeys("layers.0.weight", "layers.0.bias");
    }

    @Test
    void savingOverABundleReplacesIt() throws IOException {
        Path target = dir.resolve("model");
        BundleFiles.save(target, model(), weights, CARD);
        BundleFiles.save(target, model().put("task", "regression"), weights.subList(0, 1), CARD);
        BundleFiles.Contents back = BundleFiles.load(target);
        assertThat(back.model().path("task").asText()).isEqualTo("regression");
        assertThat(back.weights()).containsOnlyKeys("layers.0.weight");
    }

    @Test
    void refusesAPathThatIsNoBundle() throws IOException {
        assertThatThrownBy(() -> BundleFiles.load(dir.resolve("nowhere"))).isInstanceOf(NoSuchFileException.class);
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> BundleFiles.load(empty)).isInstanceOf(BundleFormatException.class)
                .hasMessageEndingWith("empty is not a model bundle: it has no model.json");
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> BundleFiles.load(text)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("notes.txt is not a readable zip file");
    }

    @Test
    void refusesATruncatedModelJson() throws IOException {
        Path target = saved();
        Path json = target.resolve("model.json");
        byte[] bytes = Files.readAllBytes(json);
        Files.write(json, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> BundleFiles.load(target)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("model.json is damaged (not valid JSON at line");
    }

    @Test
    void refusesDamagedOrReplacedWeights() throws IOException {
        Path target = saved();
        Path npz = target.resolve("weights.npz");
        byte[] bytes = Files.readAllBytes(npz);
        bytes[bytes.length / 2] ^= 1;
        Files.write(npz, bytes);
        assertThatThrownBy(() -> BundleFiles.load(target)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("weights.npz does not match the checksum recorded in model.json");
        Files.delete(npz);
        assertThatThrownBy(() -> BundleFiles.load(target)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("is incomplete: weights.npz is missing");
    }

    @Test
    void refusesANewerFormatVersionAndOtherFormats() throws IOException {
        Path target = saved();
        Path json = target.resolve("model.json");
        String text = Files.readString(json);
        Files.writeString(json, text.replace("\"formatVersion\" : 1", "\"formatVersion\" : 7"));
        assertThatThrownBy(() -> BundleFiles.load(target)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("saved in bundle format version 7, newer than this MLP Workbench reads (1)");
        Files.writeString(json, text.replace("mlp-workbench-model", "keras"));
        assertThatThrownBy(() -> BundleFiles.load(target)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("is not an MLP Workbench model (its \"format\" is \"keras\"");
    }

    @Test
    void refusesWeightsWhoseShapesDisagreeWithModelJson() throws IOException {
        Path target = saved();
        Path json = target.resolve("model.json");
        Files.writeString(json, Files.readString(json).replaceFirst("\"shape\" : \\[ 2, 3 \\]", "\"shape\" : [ 3, 2 ]"));
        assertThatThrownBy(() -> BundleFiles.load(target)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("parameter 'layers.0.weight' has shape [2, 3] in weights.npz but [3, 2] in model.json");
    }

    @Test
    void aZipWhoseEntriesEscapeIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path evil = dir.resolve("evil.zip");
        try (OutputStream out = Files.newOutputStream(evil); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("../../escaped.txt"));
            z.write(1);
            z.closeEntry();
        }
        assertThatThrownBy(() -> BundleFiles.load(evil)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("leaves the folder");
        assertThat(dir.getParent().resolve("escaped.txt")).doesNotExist();
    }

    private Path saved() throws IOException {
        Path target = dir.resolve("model");
        BundleFiles.save(target, model(), weights, CARD);
        return target;
    }
}
