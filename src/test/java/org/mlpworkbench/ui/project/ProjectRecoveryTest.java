package org.mlpworkbench.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.Settings;

/**
 * Crash recovery: unsaved work is copied beside the settings, one copy per process; a later session
 * offers back the newest copy whose process no longer runs, and a copy is deleted once its work is
 * saved or discarded. Sessions here play processes sharing one settings folder; "crashing" one means
 * its process stops running while its copy stays.
 */
class ProjectRecoveryTest {

    @TempDir
    Path dir;

    private final Set<Long> running = new HashSet<>();

    private TestSession process(long pid) {
        running.add(pid);
        return new TestSession(Settings.load(dir.resolve("config").resolve("settings.json")),
                new Autosave.Instance(pid, running::contains));
    }

    private Path copy(long pid) {
        return dir.resolve("config").resolve("recovery-" + pid + ".mlpw");
    }

    /** Process {@code pid} with Titanic loaded and one 2-epoch run, never saved, with a recovery copy written. */
    private TestSession withUnsavedRun(long pid) {
        TestSession a = process(pid);
        a.data.open(SampleData.file("titanic/train.csv"));
        a.train.form().hiddenLayers.set("8");
        a.train.form().epochs.set("2");
        a.train.start();
        a.model.runs().get(0).setThresholds(List.of(0.42));
        a.project.recovery().autosave();
        assertThat(a.problems).isEmpty();
        assertThat(copy(pid)).isRegularFile();
        return a;
    }

    @Test
    void unsavedWorkIsCopiedAndALaterSessionRestoresItAsUnsaved() {
        TestSession a = withUnsavedRun(1);
        assertThat(a.project.isDirty()).as("a recovery copy does not count as saving").isTrue();
        assertThat(process(2).project.recovery().question()).as("its process still runs").isEmpty();

        running.remove(1L);
        TestSession b = process(3);
        b.recoverAnswers.add(true);
        b.project.recovery().offer();

        assertThat(b.questions).singleElement().asString().startsWith("recover: MLP Workbench did not close normally. "
                + "Its unsaved work was kept at ").endsWith(". Restore it?");
        assertThat(b.problems).isEmpty();
        assertThat(b.model.data().file()).isEqualTo(SampleData.file("titanic/train.csv"));
        RunRecord run = b.model.runs().get(0);
        assertThat(run.thresholdsProperty().get()).containsExactly(0.42);
        assertThat(run.curves().epochs()).isEqualTo(a.model.runs().get(0).curves().epochs());
        assertThat(run.bundleSnapshot().get().predict(b.model.data().table()))
                .isEqualTo(a.model.runs().get(0).bundleSnapshot().get().predict(a.model.data().table()));
        assertThat(b.project.fileProperty().get()).as("the work was never saved in a project").isNull();
        assertThat(b.project.isDirty()).isTrue();
        assertThat(b.project.title().get()).isEqualTo("• train.csv — MLP Workbench");
        assertThat(copy(3)).as("the restored work is copied again at once, by its new process").isRegularFile();
        assertThat(copy(1)).as("and then the old copy goes").doesNotExist();

        b.saveAnswers.add(dir.resolve("kept.mlpw"));
        b.project.save(() -> { });
        assertThat(b.project.isDirty()).isFalse();
        assertThat(copy(3)).doesNotExist();
        assertThat(dir.resolve("config").resolve("recovery-3.json")).doesNotExist();
        assertThat(process(4).project.recovery().question()).isEmpty();
    }

    @Test
    void workOnASavedProjectComesBackToThatProject() {
        TestSession a = withUnsavedRun(1);
        Path project = dir.resolve("p.mlpw");
        a.saveAnswers.add(project);
        a.project.save(() -> { });
        assertThat(copy(1)).as("saving deletes the copy").doesNotExist();
        a.train.form().epochs.set("3");
        a.train.start();
        a.project.recovery().autosave();
        running.remove(1L);

        TestSession b = process(2);
        b.recoverAnswers.add(true);
        b.project.recovery().offer();
        assertThat(b.questions).singleElement().asString().contains("Its unsaved work on p.mlpw was kept at");
        assertThat(b.model.runs()).extracting(RunRecord::number).containsExactly(1, 2);
        assertThat(b.project.fileProperty().get()).isEqualTo(project.toAbsolutePath().normalize());
        assertThat(b.project.title().get()).isEqualTo("• p.mlpw — MLP Workbench");
    }

    @Test
    void twoWindowsKeepSeparateCopiesAndOnlyTheEndedOneIsOffered() {
        withUnsavedRun(1);
        TestSession other = process(2);
        other.data.open(SampleData.file("titanic/test.csv"));
        other.project.recovery().autosave();
        assertThat(copy(1)).isRegularFile();
        assertThat(copy(2)).isRegularFile();

        running.remove(2L);
        TestSession next = process(3);
        next.recoverAnswers.add(false);
        next.project.recovery().offer();
        assertThat(next.questions).hasSize(1);
        assertThat(copy(2)).as("declined: deleted").doesNotExist();
        assertThat(copy(1)).as("the window still open keeps its copy").isRegularFile();
        assertThat(process(4).project.recovery().question()).isEmpty();
    }

    @Test
    void nothingIsCopiedWithoutChangesAndSettingsInMemoryKeepNoCopies() {
        TestSession a = withUnsavedRun(1);
        assertThat(copy(1).toFile().delete()).isTrue();
        a.project.recovery().autosave();
        assertThat(copy(1)).as("no change since the last copy: nothing written").doesNotExist();
        a.train.form().epochs.set("4");
        a.project.recovery().autosave();
        assertThat(copy(1)).isRegularFile();

        TestSession memory = new TestSession();
        memory.data.open(SampleData.file("titanic/train.csv"));
        memory.project.recovery().autosave();
        assertThat(memory.project.recovery().question()).as("settings kept in memory: no recovery copies").isEmpty();
    }

    @Test
    void noCopyIsWrittenWhileAnotherJobRuns() {
        TestSession a = process(1);
        a.data.open(SampleData.file("titanic/train.csv"));
        a.tasks.job("Another job", context -> {
            a.project.recovery().autosave();
            return null;
        }).onFailure(error -> {
            throw new AssertionError(error);
        }).start();
        assertThat(copy(1)).as("not while another job shows in the status bar").doesNotExist();
        a.project.recovery().autosave();
        assertThat(copy(1)).isRegularFile();
    }

    @Test
    void closingWithoutSavingDeletesTheCopy() {
        TestSession a = withUnsavedRun(1);
        a.saveChoices.add(SaveChoice.DONT_SAVE);
        boolean[] closed = {false};
        a.project.guard(() -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(copy(1)).doesNotExist();
    }
}
