package org.mlpworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.bundle.Sha256;

/**
 * Every real dataset in {@code sample-data/} is the file its PROVENANCE.md describes: the sha256 stated there
 * is the file's (and the CSV's inside a {@code .gz}); files a user saves beside them do not matter.
 */
class SampleDataProvenanceTest {

    /** Each real file, the sha256 PROVENANCE.md gives for it, and for a {@code .gz} the sha256 of the CSV inside. */
    private static final Map<String, List<String>> SHIPPED = Map.of(
            "titanic/train.csv", List.of("7d118fef8b6ccf7f81111877bc388536f7b1e498a655e3d649d19aaa010e9f6f"),
            "titanic/test.csv", List.of("56023b9948236f3c7a1c9448fcf418b283e109ef177fa8c7e069158dd7dd52b2"),
            "yeast/train.csv", List.of("fd65f53f4220a30b74b4ea38964ae3329586241d643311ef74431960ab4b43c7"),
            "yeast/test.csv", List.of("81fa704356606b7e44046b949f24f8b462334abde2098e12991fa6e23601c5e7"),
            "bank/bank.csv", List.of("dc8d576e9bda0f41ee891251bd84bab9a39ce576cba715aac08adc2374a01fde"),
            "adult/train.csv.gz", List.of("2ad6f26656334d896732307d90ef712de06e515f2ab98e3c6316fffd36cbdc15",
                    "f2c62076f19504d99a38b22badf445a7f42530ade6b827acf78dd143fbce38bb"),
            "adult/test.csv.gz", List.of("48a5fe4fd6c6881baa3586f5ad719443d9016b6887c5b826d79dfbf0e85d4fde",
                    "f6b1801c5d231515ea5ff04d4444997bacd57e04876e94710cb9b9bd5549c033"),
            "skin-segmentation/skin_nonskin.csv.gz", List.of(
                    "73cae5f9daa9a9082b919e2a26a6d0c00050ccdbb82b4c368db987437f51ad56",
                    "62c120ca8a1c1233453eef514ec079d745b7d7077c4adb295af58022c2e989bf"));

    @Test
    void eachShippedDatasetIsTheFileItsProvenanceDescribes() throws Exception {
        String provenance = Files.readString(SampleData.FOLDER.resolve("PROVENANCE.md"));
        for (Map.Entry<String, List<String>> file : SHIPPED.entrySet()) {
            Path path = SampleData.file(file.getKey());
            String hash = file.getValue().get(0);
            assertThat(Sha256.of(path)).as(file.getKey()).isEqualTo(hash);
            int named = provenance.indexOf(file.getKey());
            assertThat(named).as("PROVENANCE.md names " + file.getKey()).isNotNegative();
            assertThat(provenance).as("PROVENANCE.md states the hash of " + file.getKey()).contains(hash);
            if (file.getValue().size() > 1) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
                    digest.update(in.readAllBytes());
                }
                assertThat(HexFormat.of().formatHex(digest.digest())).as("the CSV inside " + file.getKey())
                        .isEqualTo(file.getValue().get(1));
                assertThat(provenance).contains(file.getValue().get(1));
            }
        }
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
