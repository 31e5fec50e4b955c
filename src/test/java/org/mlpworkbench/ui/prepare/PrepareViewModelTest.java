package org.mlpworkbench.ui.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;

/** The Prepare step's view-model, run without the JavaFX toolkit. */
class PrepareViewModelTest {

    private final WorkbenchModel model = new WorkbenchModel();
    private final SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
    private final PrepareViewModel vm = new PrepareViewModel(model, tasks);
    private final List<Problem> problems = new ArrayList<>();

    private void load(String relative) throws Exception {
        loadFile(SampleData.file(relative));
    }

    private void loadFile(Path file) throws Exception {
        tasks.problems().showWith(problems::add);
        model.setData(DataSet.load(file));
    }

    private ColumnPlan plan(String name) {
        return vm.plans().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void titanicStartsWithSurvivedAsBinaryTargetAndTheDefaultDrops() throws Exception {
        load("titanic/train.csv");

        assertThat(vm.targets()).containsExactly("Survived");
        assertThat(vm.outcome().taskProperty().get()).isEqualTo(Task.BINARY);
        assertThat(vm.outcome().taskReasonProperty().get()).contains("Survived").contains("binary");
        assertThat(vm.positiveOptions()).containsExactly("0", "1");
        assertThat(vm.positiveClassProperty().get()).isEqualTo("1");
        assertThat(vm.plans()).extracting(ColumnPlan::name).doesNotContain("Survived").hasSize(11);
        assertThat(vm.plans()).filteredOn(p -> p.dropProperty().get()).extracting(ColumnPlan::name)
                .containsExactly("PassengerId", "Name", "Ticket")
                .allSatisfy(name -> assertThat(plan(name).reason()).startsWith("dropped"));
        assertThat(plan("Age").handlingProperty().get()).isEqualTo(Handling.STANDARDIZE);
        assertThat(plan("Age").missingProperty().get()).isEqualTo(MissingChoice.MEDIAN);
        assertThat(plan("Cabin").handlingProperty().get()).isEqualTo(Handling.MISSING_FLAG_ONLY);
        assertThat(vm.outcome().problemProperty().get()).isEmpty();
        FeaturePreview preview = vm.outcome().previewProperty().get();
        assertThat(vm.outcome().summaryProperty().get())
                .isEqualTo("891 rows × " + preview.featureNames().size() + " features → 1 output (binary: Survived=1)");
        assertThat(preview.features().rows()).isEqualTo(PrepareJob.PREVIEW_ROWS);
        assertThat(preview.features().cols()).isEqualTo(preview.featureNames().size());
        assertThat(preview.featureNames()).contains("Pclass", "Age", "Fare");
        assertThat(model.preparation()).isNotNull();
        assertThat(model.preparation().recipe().targets()).containsExactly("Survived");
    }

    @Test
    void everyChoiceRefitsAndUpdatesTheSummary() throws Exception {
        load("titanic/train.csv");
        int before = vm.outcome().previewProperty().get().featureNames().size();

        plan("Cabin").dropProperty().set(true);
        assertThat(vm.outcome().previewProperty().get().featureNames()).hasSize(before - 1).doesNotContain("Cabin_missing");

        plan("Age").missingProperty().set(MissingChoice.MEDIAN_FLAG);
        assertThat(vm.outcome().previewProperty().get().featureNames()).hasSize(before).contains("Age_missing");

        plan("Name").dropProperty().set(false);
        assertThat(vm.outcome().previewProperty().get().featureNames().size()).isGreaterThan(before);

        vm.positiveClassProperty().set("0");
        assertThat(vm.outcome().summaryProperty().get()).endsWith("(binary: Survived=0)");
        assertThat(model.preparation().recipe().positiveClass()).isEqualTo("0");
    }

    @Test
    void changingTheEncodingOffersTheMissingChoicesThatFit() throws Exception {
        load("titanic/train.csv");
        ColumnPlan age = plan("Age");
        assertThat(age.missingOptions()).contains(MissingChoice.MEAN).doesNotContain(MissingChoice.OWN_CATEGORY);

        age.handlingProperty().set(Handling.ONE_HOT);

        assertThat(age.missingOptions()).containsExactly(MissingChoice.MOST_FREQUENT, MissingChoice.OWN_CATEGORY);
        assertThat(age.missingProperty().get()).isEqualTo(MissingChoice.MOST_FREQUENT);
        assertThat(vm.outcome().problemProperty().get()).isEmpty();
        assertThat(vm.outcome().previewProperty().get().featureNames()).anyMatch(n -> n.startsWith("Age="));
    }

    @Test
    void theTaskCanBeForcedAndOtherTargetsRestartFromTheDefaults() throws Exception {
        load("titanic/train.csv");

        vm.taskChoiceProperty().set(Task.REGRESSION);
        assertThat(vm.outcome().taskProperty().get()).isEqualTo(Task.REGRESSION);
        assertThat(vm.positiveOptions()).isEmpty();

        vm.taskChoiceProperty().set(null);
        vm.targets().setAll("Pclass");
        assertThat(vm.outcome().taskProperty().get()).isEqualTo(Task.MULTI_CLASS);
        assertThat(vm.plans()).extracting(ColumnPlan::name).contains("Survived").doesNotContain("Pclass");
        assertThat(vm.outcome().summaryProperty().get()).contains("→ 3 outputs");
    }

    @Test
    void aTargetThatCannotBePredictedIsExplainedInlineAndDisablesTraining() throws Exception {
        load("titanic/train.csv");

        vm.targets().setAll("Name");

        assertThat(vm.outcome().problemProperty().get()).contains("Name");
        assertThat(vm.outcome().summaryProperty().get()).isEmpty();
        assertThat(model.preparation()).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void yeastIsRecognisedAsMultiLabelOverItsFourteenClassColumns() throws Exception {
        load("yeast/train.csv");

        assertThat(vm.targets()).hasSize(14).startsWith("Class1").endsWith("Class14");
        assertThat(vm.outcome().taskProperty().get()).isEqualTo(Task.MULTI_LABEL);
        assertThat(vm.outcome().summaryProperty().get()).startsWith("1500 rows × 103 features → 14 outputs");
    }

    @Test
    void aMultiLabelSampleTakesItsLabelColumnsAndDropsTheSameLabelsWrittenAsAList() throws Exception {
        loadFile(Path.of("sample-data", "scene-tags.csv"));

        assertThat(vm.targets()).containsExactly("car", "bicycle", "person", "tree");
        assertThat(vm.outcome().taskProperty().get()).isEqualTo(Task.MULTI_LABEL);
        assertThat(plan("tags").dropProperty().get()).isTrue();
        assertThat(plan("tags").reason()).contains("target in another form");
        assertThat(vm.outcome().summaryProperty().get()).startsWith("1800 rows × ").contains("→ 4 outputs");

        vm.targets().setAll("tags");

        assertThat(vm.outcome().taskProperty().get()).isEqualTo(Task.MULTI_LABEL);
        assertThat(vm.plans()).filteredOn(p -> p.dropProperty().get()).extracting(ColumnPlan::name)
                .containsExactlyInAnyOrder("car", "bicycle", "person", "tree");
        assertThat(plan("car").reason()).contains("one of the labels of the target 'tags'");
    }

    @Test
    void regressionTargetsAreStandardizedUnlessARecipeSaysOtherwise() throws Exception {
        loadFile(Path.of("sample-data", "house-prices.csv"));
        assertThat(vm.outcome().taskProperty().get()).isEqualTo(Task.REGRESSION);
        assertThat(model.preparation().recipe().standardizeTargets()).isTrue();

        boolean[] called = new boolean[1];
        vm.apply(model.preparation().recipe().withStandardizedTargets(false), () -> called[0] = true);

        assertThat(called[0]).isTrue();
        assertThat(model.preparation().recipe().standardizeTargets()).isFalse();
        assertThat(model.preparation().fittedOnAllRows().summary(1)).doesNotContain("standardized");
    }
}
