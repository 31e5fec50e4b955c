package org.mlpworkbench.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.ui.session.Step;
import org.mlpworkbench.ui.session.TuneRecord;
import org.mlpworkbench.ui.tune.TuneViewModel;

/** The Tune step's trials are saved in the project and come back when it is opened; older files open without them. */
class TuneProjectTest {

    @TempDir
    Path dir;

    private static TuneViewModel tune(TestSession s) {
        List<Step> shown = new ArrayList<>();
        return new TuneViewModel(s.model, s.tasks, s.train, shown::add, 1);
    }

    @Test
    void theTrialsOfASearchRoundTripThroughAProject() throws Exception {
        Path titanic = SampleData.file("titanic/train.csv");
        TestSession a = new TestSession();
        TuneViewModel tuneA = tune(a);
        a.data.open(titanic);
        tuneA.form().hidden.set("8; 16");
        tuneA.form().batchSizes.set("64");
        tuneA.form().minutes.set("0");
        tuneA.form().trials.set("4");
        tuneA.form().configurations.set("3");
        tuneA.form().maxEpochs.set("2");
        tuneA.form().folds.set("2");
        tuneA.start();
        assertThat(a.model.tune().trials()).hasSize(4);
        assertThat(a.project.isDirty()).isTrue();
        a.step = Step.TUNE;
        a.saveAs(dir.resolve("tuned"));
        Path saved = dir.resolve("tuned.mlpw");
        assertThat(a.problems).isEmpty();

        TestSession b = new TestSession();
        TuneViewModel tuneB = tune(b);
        b.project.open(saved);

        assertThat(b.problems).isEmpty();
        assertThat(b.warnings).isEmpty();
        TuneRecord before = a.model.tune();
        TuneRecord after = b.model.tune();
        assertThat(before.trials()).as("binary trials carry their out-of-fold thresholds")
                .allSatisfy(t -> assertThat(t.thresholds()).isNotNull());
        assertThat(after).isEqualTo(before);
        assertThat(tuneB.history().trials()).isEqualTo(before.trials());
        assertThat(tuneB.history().metricProperty().get()).isEqualTo("accuracy");
        assertThat(tuneB.form().capture()).isEqualTo(tuneA.form().capture());
        assertThat(tuneB.history().best().number()).isEqualTo(tuneA.history().best().number());
        assertThat(b.step).isEqualTo(Step.TUNE);
        assertThat(b.project.isDirty()).isFalse();
    }

    @Test
    void aProjectWithoutASearchReadsAsNone() throws Exception {
        ProjectDocument doc = new ProjectDocument(new ProjectDocument.DataRef("a.csv", "/data/a.csv", "ab", 3,
                java.util.Map.of()), null, java.util.Map.of(), List.of(), 0, Step.TRAIN);
        String json = ProjectJson.write(doc);
        assertThat(json).doesNotContain("\"tune\"");
        ProjectDocument read = ProjectJson.read(json, "old.mlpw");
        assertThat(read.tune()).isNull();
        assertThat(read.step()).as("a step saved by name before Tune existed").isEqualTo(Step.TRAIN);
    }

    @Test
    void aFailedTrialKeepsItsMessageAndItsMissingScore() throws Exception {
        Trial failed = new Trial(3, 1, 0, 9, new org.mlpworkbench.tune.TrialParameters(List.of(4, 2),
                org.mlpworkbench.model.Activation.TANH, 0.25, 0, 1e-3, 32, org.mlpworkbench.train.Optimizer.SGD),
                List.of(), Double.NaN, 0.5, "the batch size exceeds the rows");
        TuneRecord record = new TuneRecord(java.util.Map.of("seed", "1"), "r2", List.of(failed), "cancelled");
        ProjectDocument doc = new ProjectDocument(new ProjectDocument.DataRef(null, "/data/a.csv", "ab", 3,
                java.util.Map.of()), null, java.util.Map.of(), List.of(), 0, Step.TUNE, record);
        ProjectDocument read = ProjectJson.read(ProjectJson.write(doc), "t.mlpw");
        assertThat(read.tune()).isEqualTo(record);
        assertThat(Files.exists(dir)).isTrue();
    }
}
