package org.mlpworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.bundle.Sha256;

/**
 * Every real dataset in {@code sample-data/} is the file its PROVENANCE.md describes: the sha256 stated there
 * is the file's, and no shipped dataset goes undocumented.
 */
class SampleDataProvenanceTest {

    private static final List<String> REAL = List.of("titanic", "yeast", "bank", "adult", "skin-segmentation");

    @Test
    void eachShippedDatasetHasTheHashItsProvenanceStates() throws IOException {
        String provenance = Files.readString(SampleData.FOLDER.resolve("PROVENANCE.md"));
        int files = 0;
        for (String folder : REAL) {
            try (Stream<Path> list = Files.list(SampleData.FOLDER.resolve(folder))) {
                for (Path file : list.sorted().toList()) {
                    String name = SampleData.FOLDER.relativize(file).toString().replace('\\', '/');
                    assertThat(provenance).as("PROVENANCE.md names " + name).contains(name);
                    assertThat(provenance).as("PROVENANCE.md states the sha256 of " + name).contains(Sha256.of(file));
                    files++;
                }
            }
        }
        assertThat(files).isEqualTo(8);
    }

    @Test
    void nothingInTheSourcesReadsAFolderBesideTheProject() throws IOException {
        for (String root : List.of("src/main", "src/test", ".ci")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (file.getFileName().toString().equals(getClass().getSimpleName() + ".java")) {
                        continue;
                    }
                    assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain("../" + "shared");
                }
            }
        }
    }
}
