package org.mlpworkbench.ui.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.bundle.BundleFormatException;
import org.mlpworkbench.ui.component.Problem;

/**
 * The project reader reads only what the project names, checks sizes before extracting, reads every
 * field with its type, and opens by itself only files that look like data.
 */
class ProjectReaderLimitsTest {
    @TempDir
    Path dir;

    private Path saved(int runs) throws IOException {
        StringBuilder csv = new StringBuilder("x,colour,y\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i % 7).append(',').append(i % 3 == 0 ? "red" : "blue").append(',').append(i % 2).append('\n');
        }
        Files.writeString(dir.resolve("small.csv"), csv);
        TestSession a = new TestSession();
        a.data.open(dir.resolve("small.csv"));
        a.train.form().epochs.set("1");
        a.train.form().hiddenLayers.set("8");
        for (int i = 0; i < runs; i++) {
            a.train.start();
        }
        a.saveAs(dir.resolve("p.mlpw"));
        assertThat(a.problems).isEmpty();
        return dir.resolve("p.mlpw");
    }

    /** {@code zip} with the entries of {@code replaced} swapped for the given bytes. */
    private static void rewrite(Path zip, Map<String, byte[]> replaced) throws IOException {
        Path copy = zip.resolveSibling("rewritten.zip");
        try (ZipFile in = new ZipFile(zip.toFile()); OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream bytes = in.getInputStream(entry)) {
                    out.write(replaced.containsKey(entry.getName()) ? replaced.get(entry.getName()) : bytes.readAllBytes());
                }
                out.closeEntry();
            }
        }
        Files.move(copy, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String projectJson(Path zip) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile())) {
            return new String(in.getInputStream(in.getEntry("project.json")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void hiddenLayerWidthsMustBeWholeNumbersInRange() throws IOException {
        Path project = saved(1);
        String json = projectJson(project);
        assertThat(json).contains("\"hiddenLayers\" : [ 8 ]");
        rewrite(project, Map.of("project.json", json.replace("\"hiddenLayers\" : [ 8 ]", "\"hiddenLayers\" : [ 8.5 ]")
                .getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> ProjectFile.open(project)).isInstanceOf(BundleFormatException.class)
                .hasMessage("p.mlpw: project.json: field runs[0].settings.hiddenLayers[0] must be a whole number, not 8.5");
        rewrite(project, Map.of("project.json", json.replace("\"hiddenLayers\" : [ 8 ]", "\"hiddenLayers\" : [ 4294967304 ]")
                .getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> ProjectFile.open(project)).isInstanceOf(BundleFormatException.class)
                .hasMessage("p.mlpw: project.json: field runs[0].settings.hiddenLayers[0] is out of range (4294967304)");
    }

    @Test
    void everyModelIsCheckedAgainstTheLimitBeforeAnyIsExtracted() throws IOException {
        Path project = saved(2);
        long second;
        try (ZipFile zip = new ZipFile(project.toFile())) {
            second = zip.getEntry("run-2.zip").getSize();
        }
        rewrite(project, Map.of("run-1.zip", "damaged".getBytes(StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> ProjectFile.open(project, 1000)).isInstanceOf(BundleFormatException.class)
                .hasMessage("p.mlpw: the entry 'run-2.zip' is " + second + " bytes, more than the 1000 accepted; refusing to extract it");
    }

    @Test
    void entriesTheProjectDoesNotNameAreNotExtracted() throws IOException {
        Path project = saved(1);
        try (ZipFile in = new ZipFile(project.toFile()); OutputStream file = Files.newOutputStream(dir.resolve("extra.mlpw"));
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("../outside.txt"));
            out.write(new byte[1 << 20]);
            out.closeEntry();
        }
        ProjectFile.Opened opened = ProjectFile.open(dir.resolve("extra.mlpw"));
        assertThat(opened.models()).containsOnlyKeys(1);
        assertThat(dir.resolve("../outside.txt").normalize()).doesNotExist();
    }

    @Test
    void aProjectOpensByItselfOnlyFilesNamedLikeData() throws IOException {
        Path project = saved(1);
        Path key = Files.move(dir.resolve("small.csv"), dir.resolve("id_ed25519"));
        rewrite(project, Map.of("project.json", projectJson(project).replace("small.csv", "id_ed25519")
                .getBytes(StandardCharsets.UTF_8)));

        TestSession b = new TestSession();
        b.project.open(project);
        assertThat(b.questions).containsExactly("locate id_ed25519");
        assertThat(b.model.data()).as("nothing loaded").isNull();
        assertThat(b.problems).extracting(Problem::message).singleElement().asString()
                .isEqualTo("Its data file was not opened: " + key + " does not have a data file name (a project opens by"
                        + " itself only files ending in .csv, .tsv, .txt, .dat, .data, .psv, or those with .gz). No other"
                        + " file was chosen in its place.");

        TestSession c = new TestSession();
        c.locateAnswers.add(key);
        c.project.open(project);
        assertThat(c.problems).as("a file the user chooses is opened").isEmpty();
        assertThat(c.model.data().table().rowCount()).isEqualTo(60);
    }

    @Test
    void aColumnNameLongerThanJacksonsDefaultLimitReadsBack() throws IOException {
        String name = "c".repeat(60_000);
        StringBuilder csv = new StringBuilder(name + ",y\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(',').append(i % 2).append('\n');
        }
        Files.writeString(dir.resolve("named.csv"), csv);
        TestSession a = new TestSession();
        a.data.open(dir.resolve("named.csv"));
        a.saveAs(dir.resolve("named.mlpw"));
        assertThat(a.problems).isEmpty();
        assertThat(ProjectFile.open(dir.resolve("named.mlpw")).document().data().columnTypes()).containsKey(name);
    }

    @Test
    void theRuleAcceptsDataNamesAndRefusesTheRest() throws IOException {
        for (String name : new String[] {"a.csv", "B.TSV", "c.txt", "adult.data", "d.dat", "e.psv", "f.csv.gz"}) {
            assertThat(ProjectDataFiles.opensByItself(Files.writeString(dir.resolve(name), "x\n1\n"))).as(name).isTrue();
        }
        for (String name : new String[] {"passwd", "id_rsa", "notes.md", "archive.gz", "model.zip"}) {
            assertThat(ProjectDataFiles.opensByItself(Files.writeString(dir.resolve(name), "x\n1\n"))).as(name).isFalse();
        }
        assertThat(ProjectDataFiles.opensByItself(Files.createDirectory(dir.resolve("folder.csv")))).isFalse();
        assertThat(ProjectDataFiles.refusal(dir.resolve("folder.csv"))).endsWith("folder.csv is a folder, not a data file");
    }
}
