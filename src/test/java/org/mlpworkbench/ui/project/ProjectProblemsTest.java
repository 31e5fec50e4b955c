package org.mlpworkbench.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.RunRecord;

/** Opening a project whose data changed or went missing, and files that are not valid projects. */
class ProjectProblemsTest {

    @TempDir
    Path dir;

    private Path savedWithCopiedTitanic() throws IOException {
        Path csv = dir.resolve("titanic.csv");
        Files.copy(SampleData.file("titanic/train.csv"), csv);
        TestSession a = new TestSession();
        a.data.open(csv);
        a.train.form().epochs.set("2");
        a.train.form().hiddenLayers.set("8");
        a.train.start();
        a.saveAs(dir.resolve("p.mlpw"));
        assertThat(a.problems).isEmpty();
        return dir.resolve("p.mlpw");
    }

    @Test
    void aChangedDataFileIsNamedInAWarningAndTheRunsKeepTheirModels() throws IOException {
        Path project = savedWithCopiedTitanic();
        Path csv = dir.resolve("titanic.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        Files.writeString(csv, lines.get(lines.size() - 1).replaceFirst("^\\d+", "892") + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        TestSession b = new TestSession();
        b.project.open(project);

        assertThat(b.problems).isEmpty();
        assertThat(b.warnings).hasSize(1);
        assertThat(b.warnings.get(0).message()).contains(csv.toString()).contains("has changed since the project was saved")
                .contains("892 rows").contains("891 when saved");
        assertThat(b.project.warnings()).hasSize(1);
        assertThat(b.model.data().table().rowCount()).isEqualTo(892);
        RunRecord run = b.model.runs().get(0);
        assertThat(run.hasModel()).isTrue();
        assertThat(run.validation()).isNull();
        assertThat(run.curves().epochs()).hasSize(2);
        assertThat(run.bundleSnapshot().get().predict(b.model.data().table()).rows()).isEqualTo(892);
        assertThat(b.project.isDirty()).isFalse();
    }

    @Test
    void aMissingDataFileIsReportedAndCanBeLocated() throws IOException {
        Path project = savedWithCopiedTitanic();
        Path moved = Files.createDirectory(dir.resolve("moved")).resolve("renamed.csv");
        Files.move(dir.resolve("titanic.csv"), moved);

        TestSession cancelled = new TestSession();
        cancelled.project.open(project);
        assertThat(cancelled.questions).containsExactly("locate titanic.csv");
        assertThat(cancelled.problems).extracting(Problem::message).singleElement().asString()
                .contains(dir.resolve("titanic.csv").toString()).contains("was not found");
        assertThat(cancelled.model.data()).isNull();
        assertThat(cancelled.project.busyProperty().get()).isFalse();

        TestSession located = new TestSession();
        located.locateAnswers.add(moved);
        located.project.open(project);
        assertThat(located.problems).isEmpty();
        assertThat(located.warnings).isEmpty();
        assertThat(located.model.data().file()).isEqualTo(moved);
        assertThat(located.model.runs().get(0).validation()).isNotNull();
    }

    @Test
    void runsTrainedOnAnEarlierFileComeBackWithTheirOwnDataAndAreSetAsideWhileItIsGone() throws IOException {
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        Files.copy(SampleData.file("titanic/train.csv"), first);
        List<String> lines = Files.readAllLines(first, StandardCharsets.UTF_8);
        Files.write(second, lines.subList(0, 600), StandardCharsets.UTF_8);
        TestSession a = new TestSession();
        a.train.form().epochs.set("2");
        a.train.form().hiddenLayers.set("8");
        a.data.open(first);
        a.train.start();
        a.data.open(second);
        a.train.start();
        a.saveAs(dir.resolve("two.mlpw"));

        TestSession b = new TestSession();
        b.project.open(dir.resolve("two.mlpw"));
        assertThat(b.problems).isEmpty();
        assertThat(b.warnings).isEmpty();
        assertThat(b.model.data().file()).isEqualTo(second);
        assertThat(b.model.runs()).extracting(r -> r.preparation().data().file()).containsExactly(first, second);
        assertThat(b.model.runs().get(0).validation().features())
                .isEqualTo(a.model.runs().get(0).validation().features());

        Path away = Files.move(first, dir.resolve("away.csv"));
        TestSession c = new TestSession();
        c.project.open(dir.resolve("two.mlpw"));
        assertThat(c.model.runs()).extracting(RunRecord::number).containsExactly(2);
        assertThat(c.project.warnings()).singleElement().asString()
                .isEqualTo("Run 1 is set aside: it was trained on " + first + ", which no longer exists. It is not "
                        + "shown, but saving keeps it in the project file, so it comes back once its data is usable again.");
        c.train.start();
        assertThat(c.model.runs()).extracting(RunRecord::number).as("a new run does not reuse the set-aside number")
                .containsExactly(2, 3);
        c.project.save(() -> { });
        assertThat(c.problems).isEmpty();

        Files.move(away, first);
        TestSession d = new TestSession();
        d.project.open(dir.resolve("two.mlpw"));
        assertThat(d.warnings).isEmpty();
        assertThat(d.model.runs()).extracting(RunRecord::number).containsExactly(1, 2, 3);
        RunRecord back = d.model.runs().get(0);
        assertThat(back.preparation().data().file()).isEqualTo(first);
        assertThat(back.curves().epochs()).isEqualTo(a.model.runs().get(0).curves().epochs());
        assertThat(back.bundleSnapshot().get().predict(a.model.data().table()).data())
                .isEqualTo(a.model.runs().get(0).bundleSnapshot().get().predict(a.model.data().table()).data());
    }

    @Test
    void aFileThatIsNotAProjectIsRefusedWithItsName() throws IOException {
        Path garbage = dir.resolve("garbage.mlpw");
        Files.writeString(garbage, "not a zip");
        assertThat(openProblem(garbage)).contains("garbage.mlpw").contains("not a readable zip");

        Path noJson = zip("empty.mlpw", "readme.txt", "hello");
        assertThat(openProblem(noJson)).contains("empty.mlpw is not an MLP Workbench project: it has no project.json");

        Path broken = zip("broken.mlpw", "project.json", "{\"format\": ");
        assertThat(openProblem(broken)).contains("broken.mlpw: project.json is damaged (not valid JSON");
    }

    @Test
    void aNewerOrIncompleteProjectIsRefusedNamingWhatIsWrong() throws IOException {
        Path project = savedWithCopiedTitanic();
        String json = ProjectJson.write(ProjectFile.open(project).document());

        Path newer = zip("newer.mlpw", "project.json", json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 7"));
        assertThat(openProblem(newer)).contains("newer.mlpw was saved in project format version 7, newer than this "
                + "MLP Workbench reads (1)");

        Path noSeed = zip("noseed.mlpw", "project.json", json.replaceFirst(",\\s*\"seed\" : \\d+", ""));
        assertThat(openProblem(noSeed)).contains("noseed.mlpw: project.json: field runs[0].settings.config.seed is missing");

        Path noModel = zip("nomodel.mlpw", "project.json", json);
        assertThat(openProblem(noModel)).contains("nomodel.mlpw is incomplete: the model of Run 1 (run-1.zip) is missing");
    }

    private String openProblem(Path project) {
        TestSession s = new TestSession();
        s.project.open(project);
        assertThat(s.model.data()).isNull();
        assertThat(s.project.busyProperty().get()).isFalse();
        return s.problems.stream().map(p -> p.header() + ": " + p.message()).reduce("", String::concat);
    }

    private Path zip(String name, String entry, String content) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
