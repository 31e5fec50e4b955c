package org.mlpworkbench.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.PartialDependence;
import org.mlpworkbench.bundle.PermutationImportance;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;

/** The Explain tab's view-model: importance and partial dependence of a Titanic run in background jobs. */
class ExplainViewModelTest {

    static RunRecord titanic;

    @BeforeAll
    static void train() throws Exception {
        titanic = EvaluateFixtures.trainedRun(SampleData.file("titanic/train.csv"), 40);
    }

    @Test
    void importanceRanksSexHighAndKeepsTheResultWithItsRows() {
        SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
        ExplainViewModel explain = new ExplainViewModel(titanic, tasks);
        assertThat(explain.columns()).containsExactly("Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Cabin", "Embarked");
        assertThat(explain.outputs()).containsExactly("Survived=1");
        assertThat(explain.hasRows()).isFalse();
        explain.computeImportance();
        assertThat(explain.importanceProperty().get()).as("nothing to compute on yet").isNull();

        EvaluationData data = EvaluateFixtures.validation(titanic);
        explain.use(data);
        explain.repeatsProperty().set(3);
        explain.computeImportance();
        ExplainViewModel.Importance kept = explain.importanceProperty().get();
        assertThat(kept).isNotNull();
        assertThat(kept.source()).isEqualTo(data.source());
        PermutationImportance r = kept.result();
        assertThat(r.rows()).isEqualTo(data.rows());
        assertThat(r.options().repeats()).isEqualTo(3);
        assertThat(r.columns().subList(0, 3)).extracting(PermutationImportance.Column::name).contains("Sex");
        assertThat(explain.runningProperty().get()).isFalse();
        assertThat(explain.progressProperty().get()).isEqualTo(1.0);
        assertThat(tasks.titles()).contains("Permutation importance of " + titanic.name());
        assertThat(tasks.progress()).isNotEmpty();
        assertThat(explain.statusProperty().get()).contains(data.rows() + " rows").contains("3 shuffles");

        String text = ExplainText.importance(r);
        assertThat(text.lines()).hasSize(9);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("column\tfeatures\taccuracy_drop_mean\taccuracy_drop_sd\tlog_loss_rise_mean\tlog_loss_rise_sd");
        List<ExplainText.Bar> bars = ExplainText.bars(r, true, -1);
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i).mean()).isLessThanOrEqualTo(bars.get(i - 1).mean());
        }
    }

    @Test
    void partialDependenceOfTheChosenColumnAndCancel() {
        SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
        ExplainViewModel explain = new ExplainViewModel(titanic, tasks);
        explain.use(EvaluateFixtures.validation(titanic));
        explain.columnProperty().set("Age");
        explain.computeDependence();
        PartialDependence age = explain.dependenceProperty().get().result();
        assertThat(age.column()).isEqualTo("Age");
        assertThat(age.numeric()).isTrue();
        assertThat(age.points()).hasSize(PartialDependence.GRID_POINTS);
        assertThat(ExplainText.dependence(age).lines()).hasSize(PartialDependence.GRID_POINTS + 1);

        tasks.cancelNextJobAfterFirstProgress();
        explain.columnProperty().set("Sex");
        explain.computeDependence();
        assertThat(explain.dependenceProperty().get().result()).as("the earlier result stays").isSameAs(age);
        assertThat(explain.statusProperty().get()).contains("cancelled");
        assertThat(explain.runningProperty().get()).isFalse();
        explain.computeDependence();
        assertThat(explain.dependenceProperty().get().result().points()).extracting(PartialDependence.Point::label)
                .containsExactlyInAnyOrder("male", "female");
    }

    @Test
    void eachRunKeepsItsOwnExplanations() {
        SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
        ObservableList<RunRecord> runs = FXCollections.observableArrayList(titanic);
        ViewModelsByRun<ExplainViewModel> byRun = new ViewModelsByRun<>(runs, r -> new ExplainViewModel(r, tasks));
        ExplainViewModel first = byRun.of(titanic);
        assertThat(byRun.of(titanic)).isSameAs(first);
        runs.clear();
        assertThat(byRun.of(titanic)).isNotSameAs(first);
    }
}
