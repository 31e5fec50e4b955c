package org.mlpworkbench.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SharedData;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.Settings;

/**
 * Crash recovery: unsaved work is copied beside the settings, offered back by the next session that
 * finds the copy, and the copy is deleted once the work is saved or discarded.
 */
class ProjectRecoveryTest {

    @TempDir
    Path dir;

    private Settings settings() {
        return Settings.load(dir.resolve("config").resolve("settings.json"));
    }

    private Path copy() {
        return dir.resolve("config").resolve(Autosave.PROJECT);
    }

    /** A session with Titanic loaded and one 2-epoch run, never saved, with a recovery copy written. */
    private TestSession crashedSession() {
        TestSession a = new TestSession(settings());
        a.data.open(SharedData.file("titanic/train.csv"));
        a.train.form().hiddenLayers.set("8");
        a.train.form().epochs.set("2");
        a.train.start();
        a.model.runs().get(0).setThresholds(java.util.List.of(0.42));
        a.project.autosave();
        assertThat(a.problems).isEmpty();
        return a;
    }

    @Test
    void unsavedWorkIsCopiedAndTheNextSessionRestoresItAsUnsaved() {
        TestSession a = crashedSession();
        assertThat(copy()).isRegularFile();
        assertThat(a.project.isDirty()).as("a recovery copy does not count as saving").isTrue();

        TestSession b = new TestSession(settings());
        b.recoverAnswers.add(true);
        b.project.offerRecovery();

        assertThat(b.questions).singleElement().asString().startsWith("recover: MLP Workbench did not close normally. "
                + "Its unsaved work was kept at ").endsWith(". Restore it?");
        assertThat(b.problems).isEmpty();
        assertThat(b.model.data().file()).isEqualTo(SharedData.file("titanic/train.csv"));
        RunRecord run = b.model.runs().get(0);
        assertThat(run.thresholdsProperty().get()).containsExactly(0.42);
        assertThat(run.epochs()).isEqualTo(a.model.runs().get(0).epochs());
        assertThat(run.bundle().predict(b.model.data().table()))
                .isEqualTo(a.model.runs().get(0).bundle().predict(a.model.data().table()));
        assertThat(b.project.fileProperty().get()).as("the work was never saved in a project").isNull();
        assertThat(b.project.isDirty()).isTrue();
        assertThat(b.project.title().get()).isEqualTo("• train.csv — MLP Workbench");
        assertThat(copy()).as("kept until the work is saved").isRegularFile();

        b.saveAnswers.add(dir.resolve("kept.mlpw"));
        b.project.save(() -> { });
        assertThat(b.project.isDirty()).isFalse();
        assertThat(copy()).doesNotExist();
        assertThat(dir.resolve("config").resolve(Autosave.NOTE)).doesNotExist();
        assertThat(new TestSession(settings()).project.recoveryQuestion()).isEmpty();
    }

    @Test
    void workOnASavedProjectComesBackToThatProject() {
        TestSession a = crashedSession();
        Path project = dir.resolve("p.mlpw");
        a.saveAnswers.add(project);
        a.project.save(() -> { });
        assertThat(copy()).as("saving deletes the copy").doesNotExist();
        a.train.form().epochs.set("3");
        a.train.start();
        a.project.autosave();
        assertThat(copy()).isRegularFile();

        TestSession b = new TestSession(settings());
        b.recoverAnswers.add(true);
        b.project.offerRecovery();
        assertThat(b.questions).singleElement().asString().contains("Its unsaved work on p.mlpw was kept at");
        assertThat(b.model.runs()).extracting(RunRecord::number).containsExactly(1, 2);
        assertThat(b.project.fileProperty().get()).isEqualTo(project.toAbsolutePath().normalize());
        assertThat(b.project.title().get()).isEqualTo("• p.mlpw — MLP Workbench");
    }

    @Test
    void nothingIsCopiedWithoutChangesAndADeclinedCopyIsDeleted() {
        TestSession a = crashedSession();
        long before = copy().toFile().lastModified();
        assertThat(copy().toFile().delete()).isTrue();
        a.project.autosave();
        assertThat(copy()).as("no change since the last copy: nothing written").doesNotExist();
        a.train.form().epochs.set("4");
        a.project.autosave();
        assertThat(copy()).isRegularFile();
        assertThat(before).isPositive();

        TestSession b = new TestSession(settings());
        b.recoverAnswers.add(false);
        b.project.offerRecovery();
        assertThat(b.model.data()).isNull();
        assertThat(copy()).doesNotExist();

        TestSession memory = new TestSession();
        memory.data.open(SharedData.file("titanic/train.csv"));
        memory.project.autosave();
        assertThat(memory.project.recoveryQuestion()).as("settings kept in memory: no recovery copies").isEmpty();
    }

    @Test
    void noCopyIsWrittenWhileAnotherJobRuns() {
        TestSession a = new TestSession(settings());
        a.data.open(SharedData.file("titanic/train.csv"));
        a.tasks.start("Another job", context -> {
            a.project.autosave();
            return null;
        }, new org.mlpworkbench.ui.task.JobCallbacks<Object>() {
            @Override
            public void succeeded(Object result) {
            }

            @Override
            public void failed(Throwable error) {
                throw new AssertionError(error);
            }
        });
        assertThat(copy()).as("not while another job shows in the status bar").doesNotExist();
        a.project.autosave();
        assertThat(copy()).isRegularFile();
    }

    @Test
    void closingWithoutSavingDeletesTheCopy() {
        TestSession a = crashedSession();
        a.saveChoices.add(SaveChoice.DONT_SAVE);
        boolean[] closed = {false};
        a.project.guard(() -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(copy()).doesNotExist();
    }
}
