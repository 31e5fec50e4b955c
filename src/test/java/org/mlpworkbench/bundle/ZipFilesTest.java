package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZipFilesTest {
    @TempDir
    Path dir;

    @Test
    void packsAndExtractsAFlatDirectory() throws IOException {
        Path source = Files.createDirectory(dir.resolve("src"));
        Files.writeString(source.resolve("model.json"), "{}");
        Files.write(source.resolve("weights.npz"), new byte[] {1, 2, 3});
        Path zip = dir.resolve("m.zip");
        AtomicFiles.write(zip, out -> ZipFiles.pack(source, out));
        Path target = Files.createDirectory(dir.resolve("out"));
        ZipFiles.extract(zip, target, 10, 1000);
        assertThat(Files.readString(target.resolve("model.json"))).isEqualTo("{}");
        assertThat(Files.readAllBytes(target.resolve("weights.npz"))).containsExactly(1, 2, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "a/../../evil.txt", "/etc/evil.txt", "..\\evil.txt", "C:evil.txt", "./"})
    void refusesEntriesThatWouldLeaveTheTarget(String name) throws IOException {
        Path zip = dir.resolve("evil.zip");
        writeZip(zip, name, new byte[] {1});
        Path target = Files.createDirectory(dir.resolve("out"));
        assertThatThrownBy(() -> ZipFiles.extract(zip, target, 10, 1000))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("leaves the folder");
        assertThat(dir.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void refusesZipsThatExpandBeyondTheLimit() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        writeZip(zip, "zeros.bin", new byte[100_000]);
        Path target = Files.createDirectory(dir.resolve("out"));
        assertThatThrownBy(() -> ZipFiles.extract(zip, target, 10, 50_000))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("more than 50000 bytes");
    }

    @Test
    void refusesTooManyEntriesAndUnreadableFiles() throws IOException {
        Path zip = dir.resolve("many.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < 5; i++) {
                z.putNextEntry(new ZipEntry("f" + i));
                z.closeEntry();
            }
        }
        Path target = Files.createDirectory(dir.resolve("out"));
        assertThatThrownBy(() -> ZipFiles.extract(zip, target, 4, 1000))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("5 entries");
        Path garbage = dir.resolve("garbage.zip");
        Files.writeString(garbage, "this is not a zip");
        assertThatThrownBy(() -> ZipFiles.extract(garbage, target, 4, 1000))
                .isInstanceOf(BundleFormatException.class).hasMessageStartingWith("garbage.zip is not a readable zip file");
    }

    @Test
    void anEntryNamedTwiceIsRefusedByItsNameNotByATemporaryPath() throws IOException {
        Path zip = dir.resolve("twice.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : new String[] {"model.json", "model.jsoX", "weights.npz"}) {
                z.putNextEntry(new ZipEntry(name));
                z.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        byte[] bytes = Files.readAllBytes(zip);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("model.jsoX", "model.json");
        Files.write(zip, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ModelBundle.load(zip))
                .isInstanceOf(BundleFormatException.class)
                .hasMessage("twice.zip contains the entry 'model.json' twice; refusing to read it (which of the two would be meant?)");
    }

    @Test
    void theDeclaredSizesAreCheckedBeforeAnythingIsExtracted() throws IOException {
        Path zip = dir.resolve("two.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("a.bin"));
            z.write(new byte[600]);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("b.bin"));
            z.write(new byte[600]);
            z.closeEntry();
        }
        Path target = Files.createDirectory(dir.resolve("out"));
        assertThatThrownBy(() -> ZipFiles.extract(zip, target, 10, 1000))
                .isInstanceOf(BundleFormatException.class).hasMessage("two.zip expands to more than 1000 bytes; refusing to extract it");
        try (var files = Files.list(target)) {
            assertThat(files).as("nothing extracted").isEmpty();
        }
    }

    private static void writeZip(Path file, String name, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
    }
}
