package org.mlpworkbench.ui.project;

import org.mlpworkbench.ui.session.Step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.BundleFormatException;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.metrics.ThresholdCosts;
import org.mlpworkbench.ui.evaluate.CostChoice;
import org.mlpworkbench.ui.evaluate.EvaluateViewModel;
import org.mlpworkbench.prep.RecipeJson;
import org.mlpworkbench.train.TrainingControl;
import org.mlpworkbench.ui.prepare.ColumnPlan;
import org.mlpworkbench.ui.prepare.Handling;
import org.mlpworkbench.ui.session.CrossValidationResult;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.RunStatus;

/** A Titanic session trained with the real view-models, saved, and opened into a fresh session. */
class ProjectRoundTripTest {

    @TempDir
    Path dir;

    static ColumnPlan plan(TestSession s, String column) {
        return s.prepare.plans().stream().filter(p -> p.name().equals(column)).findFirst().orElseThrow();
    }

    /** Titanic with Age scaled to 0–1, 16 hidden units, two 3-epoch runs (seeds 7 and 8), threshold 0.3 on Run 1. */
    static TestSession trainedTitanic(Path file) {
        TestSession a = new TestSession();
        a.data.open(file);
        plan(a, "Age").handlingProperty().set(Handling.MIN_MAX);
        a.train.form().hiddenLayers.set("16");
        a.train.form().epochs.set("3");
        a.train.form().seed.set("7");
        a.train.start();
        a.train.form().seed.set("8");
        a.train.start();
        a.model.runs().get(0).setThresholds(List.of(0.3));
        a.step = Step.TRAIN;
        assertThat(a.problems).isEmpty();
        return a;
    }

    @Test
    void aSavedSessionOpensIntoAFreshOneWithTheSameDataRecipeFormRunsAndModels() {
        Path titanic = SampleData.file("titanic/train.csv");
        TestSession a = trainedTitanic(titanic);
        Path file = dir.resolve("titanic");
        assertThat(a.project.isDirty()).isTrue();

        a.saveAs(file);

        Path saved = dir.resolve("titanic.mlpw");
        assertThat(a.problems).isEmpty();
        assertThat(saved).isRegularFile();
        assertThat(a.project.isDirty()).isFalse();
        assertThat(a.project.title().get()).isEqualTo("titanic.mlpw — MLP Workbench");

        TestSession b = new TestSession();
        b.project.open(saved);

        assertThat(b.problems).isEmpty();
        assertThat(b.warnings).isEmpty();
        assertThat(b.model.data().file()).isEqualTo(titanic);
        assertThat(b.model.data().sha256()).isEqualTo(a.model.data().sha256());
        assertThat(b.prepare.choices()).isEqualTo(a.prepare.choices());
        assertThat(plan(b, "Age").handlingProperty().get()).isEqualTo(Handling.MIN_MAX);
        assertThat(b.model.preparation().recipe()).isEqualTo(a.model.preparation().recipe());
        assertThat(RecipeJson.write(b.model.preparation().fittedOnAllRows()))
                .isEqualTo(RecipeJson.write(a.model.preparation().fittedOnAllRows()));
        assertThat(FormValues.capture(b.train.form())).isEqualTo(FormValues.capture(a.train.form()));
        assertThat(b.train.form().hiddenLayers.value()).containsExactly(16);
        assertThat(b.step).isEqualTo(Step.TRAIN);
        assertThat(b.model.runs()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            RunRecord before = a.model.runs().get(i);
            RunRecord after = b.model.runs().get(i);
            assertThat(after.number()).isEqualTo(before.number());
            assertThat(after.settings()).isEqualTo(before.settings());
            assertThat(after.curves().epochs()).containsExactlyElementsOf(before.curves().epochs());
            assertThat(after.curves().trainLoss()).containsExactlyElementsOf(before.curves().trainLoss());
            assertThat(after.curves().batchLoss()).containsExactlyElementsOf(before.curves().batchLoss());
            assertThat(after.statusProperty().get()).isEqualTo(RunStatus.COMPLETED);
            assertThat(after.messageProperty().get()).isEqualTo(before.messageProperty().get());
            assertThat(after.thresholdsProperty().get()).isEqualTo(before.thresholdsProperty().get());
            assertThat(after.finishedAt()).isEqualTo(before.finishedAt());
            assertThat(after.trainRows()).isEqualTo(before.trainRows());
            assertThat(after.validation().features()).isEqualTo(before.validation().features());
            assertThat(after.validation().targets()).isEqualTo(before.validation().targets());
            assertThat(after.validation().rowIndices()).isEqualTo(before.validation().rowIndices());
            assertThat(RecipeJson.write(after.recipe())).isEqualTo(RecipeJson.write(before.recipe()));
            assertThat(after.bundleSnapshot().get().predict(b.model.data().table()))
                    .isEqualTo(before.bundleSnapshot().get().predict(a.model.data().table()));
            assertThat(after.bundleSnapshot().get().training().metrics()).isEqualTo(before.bundleSnapshot().get().training().metrics());
        }
        assertThat(b.model.runs().get(0).thresholdsProperty().get()).containsExactly(0.3);
        assertThat(b.model.lastModelRunProperty().get().number()).isEqualTo(2);
        assertThat(b.train.currentProperty().get()).isSameAs(b.model.runs().get(1));
        assertThat(b.project.isDirty()).isFalse();
        assertThat(b.project.fileProperty().get()).isEqualTo(saved);
        assertThat(b.settings.recentFiles()).contains(saved);
    }

    @Test
    void aRunsCostsAreSavedAndTheEvaluateStepShowsThemAgainAndAFileWithoutCostsHasNone() throws Exception {
        TestSession a = trainedTitanic(SampleData.file("titanic/train.csv"));
        Path saved = dir.resolve("costs.mlpw");
        a.saveAs(saved);
        EvaluateViewModel evaluate = new EvaluateViewModel(a.model, a.tasks);
        CostChoice costs = evaluate.costsProperty().get();
        String[] typed = {"0", "1", "5", "-0.5"};
        for (int i = 0; i < 4; i++) {
            costs.fields().get(i).set(typed[i]);
        }
        ThresholdCosts chosen = new ThresholdCosts(0, 1, 5, -0.5);
        assertThat(a.model.runs().get(1).costs().get()).containsExactly(chosen);
        assertThat(a.project.isDirty()).isTrue();
        a.saveAs(saved);

        TestSession b = new TestSession();
        b.project.open(saved);
        assertThat(b.problems).isEmpty();
        assertThat(b.model.runs().get(0).costs().get()).isEmpty();
        assertThat(b.model.runs().get(1).costs().get()).containsExactly(chosen);
        CostChoice shown = new EvaluateViewModel(b.model, b.tasks).costsProperty().get();
        assertThat(shown.fields().stream().map(f -> f.textProperty().get())).containsExactly(typed);
        assertThat(shown.curveProperty().get().min()).isEqualTo(costs.curveProperty().get().min());
        assertThat(shown.curveProperty().get().best().threshold()).isEqualTo(costs.curveProperty().get().best().threshold());

        String json = ProjectJson.write(ProjectFile.open(saved).document());
        assertThat(json).contains("\"costs\" : [ {");
        ProjectDocument older = ProjectJson.read(json.replaceFirst(",\\s*\"costs\" : \\[[^\\]]*\\]", ""), "older.mlpw");
        assertThat(older.runs().get(1).costs()).isEmpty();
        assertThat(older.runs().get(1).thresholds()).isEqualTo(b.model.runs().get(1).thresholdsProperty().get());
        assertThatThrownBy(() -> ProjectJson.read(json.replace("\"fn\" : 5.0", "\"fn\" : \"five\""), "bad.mlpw"))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("runs[1].costs[0].fn must be a number");
    }

    @Test
    void aRunsCrossValidationIsSavedAndComesBackExactly() {
        TestSession a = trainedTitanic(SampleData.file("titanic/train.csv"));
        RunRecord run = a.model.runs().get(0);
        CrossValidationResult cv = CrossValidationResult.compute(run.preparation(), run.settings(), 3,
                run.thresholdsProperty().get(), new BundleTrainer.CrossValidationListener() { }, TrainingControl.NONE);
        Path file = dir.resolve("cv.mlpw");
        a.saveAs(file);
        run.setCrossValidation(cv);
        assertThat(a.project.isDirty()).as("a finished cross-validation is unsaved work").isTrue();
        a.project.save(() -> { });
        assertThat(a.problems).isEmpty();

        TestSession b = new TestSession();
        b.project.open(file);
        assertThat(b.problems).isEmpty();
        CrossValidationResult back = b.model.runs().get(0).crossValidationProperty().get();
        assertThat(back).isEqualTo(cv);
        assertThat(back.rows()).isEqualTo(cv.rows());
        assertThat(back.band()).isEqualTo(cv.band());
        assertThat(back.foldOutputs()).hasSize(3);
        assertThat(back.thresholds()).containsExactly(0.3);
        assertThat(b.model.runs().get(1).crossValidationProperty().get()).isNull();
    }

    @Test
    void savingTwiceReplacesTheFileAndNoTemporaryFileIsLeft() throws Exception {
        TestSession a = trainedTitanic(SampleData.file("titanic/train.csv"));
        Path file = dir.resolve("twice.mlpw");
        a.saveAs(file);
        a.train.form().epochs.set("4");
        assertThat(a.project.isDirty()).isTrue();
        a.project.save(() -> { });
        assertThat(a.questions).containsExactly("save as train.mlpw");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("twice.mlpw");
        }
        TestSession b = new TestSession();
        b.project.open(file);
        assertThat(b.train.form().epochs.value()).isEqualTo(4);
    }
}
