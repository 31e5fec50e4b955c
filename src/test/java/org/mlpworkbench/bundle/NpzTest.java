package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzTest {
    @TempDir
    Path dir;

    private final List<NamedArray> arrays = List.of(
            new NamedArray("layers.0.weight", new int[] {3, 2}, new float[] {1, 2, 3, 4, 5, 6}),
            new NamedArray("layers.0.bias", new int[] {3}, new float[] {-1, 0, 1}),
            new NamedArray("layers.1.weight", new int[] {1, 3}, new float[] {0.5f, 0.25f, -0.125f}));

    @Test
    void roundTripsEveryArrayInOrder() throws IOException {
        Path file = dir.resolve("w.npz");
        Npz.write(arrays, file);
        Map<String, NamedArray> back = Npz.read(file);
        assertThat(back.keySet()).containsExactly("layers.0.weight", "layers.0.bias", "layers.1.weight");
        assertThat(back.values()).containsExactlyElementsOf(arrays);
    }

    @Test
    void theSameArraysGiveTheSameBytes() throws IOException {
        Npz.write(arrays, dir.resolve("a.npz"));
        Npz.write(arrays, dir.resolve("b.npz"));
        assertThat(Files.readAllBytes(dir.resolve("a.npz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.npz")));
    }

    @Test
    void refusesATruncatedFile() throws IOException {
        Path file = dir.resolve("w.npz");
        Npz.write(arrays, file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> Npz.read(file)).isInstanceOf(BundleFormatException.class)
                .hasMessageStartingWith("w.npz is not a readable .npz (zip) file");
    }

    @Test
    void refusesEntriesThatAreNotArraysAndDuplicates() throws IOException {
        Path other = dir.resolve("other.npz");
        writeZip(other, "notes.txt", "hello".getBytes());
        assertThatThrownBy(() -> Npz.read(other)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("'notes.txt', which is not a .npy array");

        Path corrupt = dir.resolve("corrupt.npz");
        writeZip(corrupt, "x.npy", new byte[] {1, 2, 3});
        assertThatThrownBy(() -> Npz.read(corrupt)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("corrupt.npz:x.npy is truncated");
    }

    private static void writeZip(Path file, String name, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
    }
}
