package org.mlpworkbench.ui.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.Sha256;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.StopReason;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.RunStatus;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;

/** The Train step's view-model with real preparation and training, run synchronously without the toolkit. */
class TrainViewModelTest {

    private final WorkbenchModel model = new WorkbenchModel();
    private final SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
    private final PrepareViewModel prepare = new PrepareViewModel(model, tasks);
    private final TrainViewModel vm = new TrainViewModel(model, tasks);
    private final List<Problem> problems = new ArrayList<>();

    private void load(String relative) throws Exception {
        tasks.problems().showWith(problems::add);
        Path file = SampleData.file(relative);
        model.setData(DataSet.load(file));
        assertThat(model.preparation()).as("prepared " + relative).isNotNull();
    }

    @Test
    void aTitanicRunFillsItsCurvesAndKeepsItsModel() throws Exception {
        load("titanic/train.csv");
        vm.form().epochs.set("5");
        assertThat(vm.summary().get()).matches("891 rows × \\d+ features → 1 output · loss: binary cross-entropy");
        assertThat(vm.canStart().get()).isTrue();

        vm.start();

        RunRecord run = vm.currentProperty().get();
        assertThat(problems).isEmpty();
        assertThat(run.statusProperty().get()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.curves().epochs()).hasSize(5);
        assertThat(run.curves().trainLoss()).hasSize(5);
        assertThat(run.curves().validationLoss()).hasSize(5);
        assertThat(run.curves().trainMetric()).hasSize(5);
        assertThat(run.curves().batchLoss()).isNotEmpty();
        assertThat(run.trainRows() + run.validationRows()).isEqualTo(891);
        assertThat(run.validationRows()).isBetween(170, 185);
        assertThat(run.curves().trainLoss().get(4).y()).isLessThan(run.curves().trainLoss().get(0).y());
        assertThat(run.spec().inputs()).isEqualTo(model.preparation().fittedOnAllRows().featureNames().size());
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.activeProperty().get()).isFalse();
        assertThat(model.lastModelRunProperty().get()).isSameAs(run);
        assertThat(model.runs()).containsExactly(run);
        assertThat(tasks.messages()).anyMatch(m -> m.startsWith("Epoch 5 / 5 · "));
        boolean earlyStopping = vm.form().earlyStopping.get();
        assertThat(tasks.messages()).as("the time left is a bound while early stopping may end the run sooner")
                .allMatch(m -> !m.startsWith("Epoch ") || m.contains(" left ") && m.contains("at most ") == earlyStopping);
        assertThat(run.validation().features().rows()).isEqualTo(run.validationRows());
        assertThat(run.heldOut().outputs()).isEqualTo(run.bundleSnapshot().get().predictFeatures(run.validation().features()));
        assertThat(run.thresholdsProperty().get()).containsExactly(0.5);
    }

    @Test
    void aFinishedRunBecomesABundleWithItsChosenThresholdAndDataFingerprint() throws Exception {
        load("titanic/train.csv");
        vm.form().epochs.set("3");
        vm.start();
        RunRecord run = vm.currentProperty().get();
        run.setThresholds(List.of(0.3));

        ModelBundle bundle = run.bundleSnapshot().get();

        assertThat(bundle.thresholds()).containsExactly(0.3);
        assertThat(bundle.training().data().sha256()).isEqualTo(Sha256.of(SampleData.file("titanic/train.csv")));
        assertThat(bundle.training().data().rows()).isEqualTo(891);
        assertThat(bundle.training().history()).hasSize(3);
        Matrix validation = run.validation().features();
        assertThat(bundle.predictFeatures(validation)).isEqualTo(run.resultProperty().get().model().predict(validation));
        ThresholdPoint atChosen = ThresholdCurve.build(bundle.predictFeatures(validation), run.validation().targets()).at(0.3);
        assertThat(bundle.training().metrics().get("accuracy")).isEqualTo(atChosen.accuracy());
        assertThatThrownBy(() -> run.setThresholds(List.of(1.5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stoppingMidwayKeepsTheModelReachedSoFar() throws Exception {
        load("titanic/train.csv");
        vm.form().epochs.set("50");
        vm.form().batchSize.set("32");
        tasks.cancelNextJobAfterProgress(3 * 23 + 5);

        vm.start();

        RunRecord run = vm.currentProperty().get();
        assertThat(run.statusProperty().get()).isEqualTo(RunStatus.STOPPED);
        assertThat(run.resultProperty().get().stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(run.curves().epochs()).hasSize(3);
        assertThat(run.hasModel()).isTrue();
        assertThat(model.lastModelRunProperty().get()).isSameAs(run);
        assertThat(vm.progressProperty().get()).isLessThan(0.1);
        assertThat(vm.progressTextProperty().get()).startsWith("Run 1 stopped.");
    }

    @Test
    void aDivergingRunIsReportedAndTheLastGoodModelStays() throws Exception {
        load("titanic/train.csv");
        vm.form().epochs.set("3");
        vm.start();
        RunRecord good = vm.currentProperty().get();

        vm.form().optimizer.set(Optimizer.SGD);
        vm.form().momentum.set("0.99");
        vm.form().learningRate.set("10");
        vm.form().hiddenLayers.set("256,256");
        vm.form().epochs.set("30");
        vm.start();

        RunRecord diverged = vm.currentProperty().get();
        assertThat(diverged.statusProperty().get()).isEqualTo(RunStatus.DIVERGED);
        assertThat(diverged.messageProperty().get()).contains("lower learning rate");
        assertThat(problems).isEmpty();
        if (!diverged.hasModel()) {
            assertThat(model.lastModelRunProperty().get()).isSameAs(good);
        }
        assertThat(vm.compareWithProperty().get()).isSameAs(good);
    }

    @Test
    void invalidFieldsCarryAMessageAndDisableStart() throws Exception {
        load("titanic/train.csv");

        vm.form().hiddenLayers.set("12a");
        assertThat(vm.form().hiddenLayers.errorProperty().get()).contains("'12a' is not a whole number");
        assertThat(vm.canStart().get()).isFalse();
        vm.start();
        assertThat(model.runs()).isEmpty();

        vm.form().hiddenLayers.set("128, 64");
        vm.form().learningRate.set("0");
        assertThat(vm.form().learningRate.errorProperty().get()).contains("greater than 0");
        vm.form().learningRate.set("0.01");
        assertThat(vm.form().hiddenLayers.value()).containsExactly(128, 64);
        assertThat(vm.canStart().get()).isTrue();
    }

    @Test
    void theFinderSuggestsALearningRateThatCanBeUsed() throws Exception {
        load("titanic/train.csv");

        vm.findLearningRate();

        var result = vm.lrFinder().resultProperty().get();
        assertThat(result.points()).hasSizeGreaterThan(10);
        assertThat(result.suggestedRate()).isBetween(1e-7, 10.0);
        vm.lrFinder().useSuggestedRate();
        assertThat(vm.form().learningRate.value()).isCloseTo(result.suggestedRate(),
                org.assertj.core.data.Percentage.withPercentage(5));
    }

    @Test
    void yeastTrainsAsMultiLabelWithSigmoidOutputs() throws Exception {
        load("yeast/train.csv");
        vm.form().epochs.set("2");
        assertThat(vm.form().lossExplanation().get()).contains("softmax would make them compete");

        vm.start();

        RunRecord run = vm.currentProperty().get();
        assertThat(run.statusProperty().get()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.spec().outputs()).isEqualTo(14);
        assertThat(run.curves().epochs().get(0).metricName()).isEqualTo("accuracy@0.5");
    }
}
