package org.mlpworkbench.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.model.Activation;

/** When the session counts as unsaved, and what closing or opening another project does then. */
class ProjectGuardTest {

    @TempDir
    Path dir;

    private final TestSession s = new TestSession();
    private int proceeded;

    private void guard() {
        s.project.guard(() -> proceeded++);
    }

    @Test
    void everyKindOfChangeMarksTheSessionUnsavedAndSavingClearsIt() {
        assertThat(s.project.isDirty()).isFalse();
        assertThat(s.project.title().get()).isEqualTo("MLP Workbench");

        s.data.open(SampleData.file("titanic/train.csv"));
        assertThat(s.project.isDirty()).isTrue();
        assertThat(s.project.title().get()).isEqualTo("• train.csv — MLP Workbench");
        s.saveAs(dir.resolve("guard.mlpw"));
        assertThat(s.project.isDirty()).isFalse();
        assertThat(s.project.title().get()).isEqualTo("guard.mlpw — MLP Workbench");

        ProjectRoundTripTest.plan(s, "Fare").dropProperty().set(true);
        assertDirtyThenSave("recipe changed");
        s.train.form().activation.set(Activation.TANH);
        assertDirtyThenSave("form choice changed");
        s.train.form().epochs.set("2");
        assertDirtyThenSave("form field changed");
        s.train.start();
        assertDirtyThenSave("run trained");
        s.model.runs().get(0).setThresholds(List.of(0.7));
        assertDirtyThenSave("threshold changed");
        assertThat(s.questions).containsExactly("save as train.mlpw");
    }

    private void assertDirtyThenSave(String why) {
        assertThat(s.project.isDirty()).as(why).isTrue();
        assertThat(s.project.title().get()).as(why).startsWith("• guard.mlpw");
        s.project.save(() -> { });
        assertThat(s.project.isDirty()).as(why + ", then saved").isFalse();
    }

    @Test
    void withNothingUnsavedTheWindowClosesWithoutAsking() {
        guard();
        assertThat(proceeded).isEqualTo(1);
        assertThat(s.questions).isEmpty();
    }

    @Test
    void cancelKeepsTheSessionDontSaveGoesOnAndSaveGoesOnOnlyOnceSaved() {
        s.data.open(SampleData.file("titanic/train.csv"));

        s.saveChoices.add(SaveChoice.CANCEL);
        guard();
        assertThat(proceeded).isZero();

        s.saveChoices.add(SaveChoice.SAVE);
        guard();
        assertThat(s.questions).containsExactly("save changes to train.csv", "save changes to train.csv", "save as train.mlpw");
        assertThat(proceeded).as("the save chooser was cancelled").isZero();
        assertThat(s.project.isDirty()).isTrue();

        s.saveChoices.add(SaveChoice.SAVE);
        s.saveAnswers.add(dir.resolve("closing.mlpw"));
        guard();
        assertThat(proceeded).isEqualTo(1);
        assertThat(dir.resolve("closing.mlpw")).isRegularFile();
        assertThat(s.project.isDirty()).isFalse();

        s.train.form().seed.set("3");
        s.saveChoices.add(SaveChoice.DONT_SAVE);
        guard();
        assertThat(proceeded).isEqualTo(2);
        assertThat(s.project.isDirty()).isTrue();
    }

    @Test
    void openingAnotherProjectAsksFirstAndCancelKeepsTheCurrentSession() {
        s.data.open(SampleData.file("titanic/train.csv"));
        s.saveAs(dir.resolve("first.mlpw"));
        s.train.form().epochs.set("9");

        s.saveChoices.add(SaveChoice.CANCEL);
        s.project.open(dir.resolve("first.mlpw"));
        assertThat(s.train.form().epochs.value()).isEqualTo(9);
        assertThat(s.project.isDirty()).isTrue();

        s.saveChoices.add(SaveChoice.DONT_SAVE);
        s.project.open(dir.resolve("first.mlpw"));
        assertThat(s.train.form().epochs.textProperty().get()).isNotEqualTo("9");
        assertThat(s.project.isDirty()).isFalse();
    }

    @Test
    void savingWithoutDataSaysThereIsNothingToSave() {
        s.project.saveAs(() -> proceeded++);
        assertThat(proceeded).isZero();
        assertThat(s.problems).singleElement().extracting(p -> p.header()).isEqualTo("There is nothing to save yet");
        assertThat(s.questions).isEmpty();
    }
}
