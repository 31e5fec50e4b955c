package org.mlpworkbench.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.MultiLabelMetrics;
import org.mlpworkbench.metrics.MultiLabelScores;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.metrics.ThresholdMetric;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;
import org.mlpworkbench.ui.train.TrainViewModel;

/**
 * The Evaluate step's view-model on real trained models, run synchronously without the toolkit: every
 * number shown is checked against the metrics package and against a plain loop over the run's raw
 * validation probabilities and targets.
 */
class EvaluateViewModelTest {

    private final WorkbenchModel model = new WorkbenchModel();
    private final SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
    private final PrepareViewModel prepare = new PrepareViewModel(model, tasks);
    private final TrainViewModel train = new TrainViewModel(model, tasks);
    private final EvaluateViewModel vm = new EvaluateViewModel(model, tasks);
    private final List<Problem> problems = new ArrayList<>();

    @TempDir
    Path temp;

    private RunRecord trained(Path file, int epochs) throws Exception {
        tasks.problems().showWith(problems::add);
        model.setData(DataSet.load(file));
        assertThat(model.preparation()).isNotNull();
        train.form().epochs.set(Integer.toString(epochs));
        train.start();
        return train.currentProperty().get();
    }

    private static Matrix validationOutputs(RunRecord run) {
        return run.bundleSnapshot().get().predictFeatures(run.validation().features());
    }

    /** {tp, fp, tn, fn} of "p > t" counted over one column of the raw matrices. */
    private static long[] counts(Matrix p, Matrix y, int column, double t) {
        long[] c = new long[4];
        for (int r = 0; r < p.rows(); r++) {
            boolean predicted = p.data()[r * p.cols() + column] > t;
            boolean actual = y.data()[r * y.cols() + column] == 1f;
            c[predicted ? (actual ? 0 : 1) : (actual ? 3 : 2)]++;
        }
        return c;
    }

    @Test
    void theThresholdShowsTheCurvesExactNumbersAndReachesTheRun() throws Exception {
        RunRecord run = trained(SampleData.file("titanic/train.csv"), 5);
        assertThat(vm.runProperty().get()).isSameAs(run);
        assertThat(vm.runs()).containsExactly(run);
        ThresholdExplorer explorer = vm.explorerProperty().get();
        assertThat(explorer.isMultiLabel()).isFalse();
        assertThat(explorer.thresholdProperty().get()).isEqualTo(0.5);
        assertThat(vm.sourceTextProperty().get()).isEqualTo("Evaluated on the validation split of Run 1: " + run.validationRows() + " rows");
        assertThat(explorer.positiveName()).isEqualTo("Survived=1");

        Matrix p = validationOutputs(run);
        Matrix y = run.validation().targets();
        ThresholdCurve curve = ThresholdCurve.build(p, y);
        for (double t : new double[] {0.05, 0.37, 0.5, 0.61, 0.93}) {
            explorer.thresholdProperty().set(t);
            ThresholdPoint shown = explorer.pointProperty().get();
            assertThat(shown).isEqualTo(curve.at(t));
            long[] c = counts(p, y, 0, t);
            assertThat(new long[] {shown.tp(), shown.fp(), shown.tn(), shown.fn()}).containsExactly(c);
            assertThat(shown.accuracy()).isEqualTo((double) (c[0] + c[2]) / p.rows());
            assertThat(shown.balancedAccuracy()).isCloseTo(
                    ((double) c[0] / (c[0] + c[3]) + (double) c[2] / (c[2] + c[1])) / 2, within(1e-12));
            assertThat(run.thresholdsProperty().get()).containsExactly(t);
            assertThat(explorer.input().textProperty().get()).isEqualTo(ThresholdExplorer.format(t));
        }
        explorer.thresholdProperty().set(0.37);
        assertThat(vm.statusProperty().get()).isEqualTo("acc " + MetricsText.number(curve.at(0.37).accuracy()) + " @ 0.37");
        assertThat(run.bundleSnapshot().get().thresholds()).containsExactly(0.37);
        assertThat(vm.metricsReport()).contains("threshold\t0.37\n", "source\tvalidation split of Run 1\n",
                "TP\t" + curve.at(0.37).tp() + "\n");

        explorer.input().set("0.25");
        explorer.commitInput();
        assertThat(explorer.thresholdProperty().get()).isEqualTo(0.25);
        explorer.input().set("1.5");
        explorer.commitInput();
        assertThat(explorer.input().errorProperty().get()).contains("between 0.0 and 1.0");
        assertThat(explorer.thresholdProperty().get()).isEqualTo(0.25);
    }

    @Test
    void bestButtonsPickTheBestThresholdAndResetGoesBackToOneHalf() throws Exception {
        RunRecord run = trained(SampleData.file("titanic/train.csv"), 5);
        ThresholdExplorer explorer = vm.explorerProperty().get();
        Matrix p = validationOutputs(run);
        Matrix y = run.validation().targets();
        ThresholdCurve curve = ThresholdCurve.build(p, y);
        float[] candidates = p.data().clone();
        Arrays.sort(candidates);
        for (ThresholdMetric metric : new ThresholdMetric[] {ThresholdMetric.ACCURACY, ThresholdMetric.F1,
            ThresholdMetric.BALANCED_ACCURACY}) {
            vm.best(metric);
            double chosen = explorer.thresholdProperty().get();
            assertThat(chosen).isEqualTo(curve.best(metric).threshold());
            assertThat(run.thresholdsProperty().get()).containsExactly(chosen);
            double best = metric.of(explorer.pointProperty().get());
            for (float t : candidates) {
                long[] c = counts(p, y, 0, t);
                assertThat(metric.of(new ThresholdPoint(t, c[0], c[1], c[2], c[3]))).isLessThanOrEqualTo(best + 1e-12);
            }
        }
        vm.resetThreshold();
        assertThat(explorer.thresholdProperty().get()).isEqualTo(0.5);
        assertThat(run.thresholdsProperty().get()).containsExactly(0.5);
    }

    @Test
    void multiLabelThresholdsGlobalAndPerLabelReachTheRunAndItsBundle() throws Exception {
        RunRecord run = trained(Path.of("sample-data", "scene-tags.csv"), 8);
        ThresholdExplorer explorer = vm.explorerProperty().get();
        assertThat(explorer.isMultiLabel()).isTrue();
        assertThat(explorer.modeProperty().get()).isEqualTo(ThresholdExplorer.Mode.GLOBAL);
        Matrix p = validationOutputs(run);
        Matrix y = run.validation().targets();
        MultiLabelMetrics reference = MultiLabelMetrics.of(p, y);

        explorer.thresholdProperty().set(0.4);
        long right = 0;
        for (int i = 0; i < p.data().length; i++) {
            right += (p.data()[i] > 0.4) == (y.data()[i] == 1f) ? 1 : 0;
        }
        assertThat(explorer.pointProperty().get().accuracy()).isEqualTo((double) right / p.data().length);
        assertThat(explorer.scoresProperty().get().hammingLoss()).isCloseTo(1 - (double) right / p.data().length, within(1e-12));
        assertThat(run.thresholdsProperty().get()).containsExactly(0.4, 0.4, 0.4, 0.4);

        explorer.modeProperty().set(ThresholdExplorer.Mode.PER_LABEL);
        explorer.labelProperty().set(2);
        assertThat(explorer.positiveName()).isEqualTo("person");
        explorer.thresholdProperty().set(0.3);
        assertThat(run.thresholdsProperty().get()).containsExactly(0.5, 0.5, 0.3, 0.5);
        long[] c = counts(p, y, 2, 0.3);
        ThresholdPoint person = explorer.pointProperty().get();
        assertThat(new long[] {person.tp(), person.fp(), person.tn(), person.fn()}).containsExactly(c);
        double[] vector = {0.5, 0.5, 0.3, 0.5};
        MultiLabelScores shown = explorer.scoresProperty().get();
        assertThat(shown).isEqualTo(reference.at(vector));
        int exact = 0;
        for (int r = 0; r < p.rows(); r++) {
            boolean all = true;
            for (int j = 0; j < 4; j++) {
                all &= (p.data()[r * 4 + j] > vector[j]) == (y.data()[r * 4 + j] == 1f);
            }
            exact += all ? 1 : 0;
        }
        assertThat(shown.subsetAccuracy()).isEqualTo((double) exact / p.rows());
        assertThat(vm.statusProperty().get()).endsWith("· per label");

        vm.bestPerLabel(ThresholdMetric.F1);
        double[] best = reference.bestThresholds(ThresholdMetric.F1);
        List<Double> expected = Arrays.stream(best).map(t -> Math.max(0, Math.min(1, t))).boxed().toList();
        assertThat(run.thresholdsProperty().get()).isEqualTo(expected);
        assertThat(run.bundleSnapshot().get().thresholds()).isEqualTo(expected);
        assertThat(explorer.thresholdProperty().get()).isEqualTo(expected.get(2));

        explorer.labelProperty().set(0);
        vm.best(ThresholdMetric.ACCURACY);
        assertThat(run.thresholdsProperty().get().get(0)).isEqualTo(reference.label(0).best(ThresholdMetric.ACCURACY).threshold());
        assertThat(run.thresholdsProperty().get().subList(1, 4)).isEqualTo(expected.subList(1, 4));

        explorer.modeProperty().set(ThresholdExplorer.Mode.GLOBAL);
        assertThat(run.thresholdsProperty().get()).containsExactly(0.4, 0.4, 0.4, 0.4);
        explorer.modeProperty().set(ThresholdExplorer.Mode.PER_LABEL);
        assertThat(run.thresholdsProperty().get().subList(1, 4)).isEqualTo(expected.subList(1, 4));
    }

    @Test
    void aFileWithoutTheTargetColumnIsExplainedAndTheValidationEvaluationStays() throws Exception {
        RunRecord run = trained(SampleData.file("titanic/train.csv"), 2);
        Scored before = vm.scoredProperty().get();

        vm.useFile(SampleData.file("titanic/test.csv"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).header()).isEqualTo("Run 1 cannot be evaluated on test.csv");
        assertThat(problems.get(0).message()).contains("test.csv has no target column Survived");
        assertThat(vm.scoredProperty().get()).isSameAs(before);
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(run.thresholdsProperty().get()).containsExactly(0.5);
    }

    @Test
    void aFileWithOtherColumnsNamesThemAndALabelledFileIsEvaluatedWithItsExcludedRows() throws Exception {
        trained(SampleData.file("titanic/train.csv"), 2);
        Path wrong = temp.resolve("wrong.csv");
        Files.writeString(wrong, "Survived,Age\n1,22\n0,40\n");
        vm.useFile(wrong);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).startsWith("wrong.csv does not match the model's columns:").contains("Pclass");

        List<String> lines = Files.readAllLines(SampleData.file("titanic/train.csv"));
        List<String> labelled = new ArrayList<>(lines.subList(0, 301));
        labelled.set(5, labelled.get(5).replaceFirst("^(\\d+),\\d,", "$1,,"));
        Path file = temp.resolve("labelled.csv");
        Files.write(file, labelled);
        vm.useFile(file);

        assertThat(problems).hasSize(1);
        Scored scored = vm.scoredProperty().get();
        assertThat(vm.fileProperty().get()).isEqualTo(file);
        assertThat(scored.data().source()).isEqualTo("labelled.csv");
        assertThat(scored.data().rows()).isEqualTo(299);
        assertThat(scored.data().excludedRows()).isEqualTo(1);
        assertThat(vm.sourceTextProperty().get()).startsWith("Evaluated on labelled.csv: 299 rows · 1 row left out: ");
        assertThat(vm.explorerProperty().get().pointProperty().get().total()).isEqualTo(299);

        vm.useValidation();
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.scoredProperty().get().data().source()).isEqualTo("validation split of Run 1");
    }

    @Test
    void aRunWithoutValidationRowsSaysSoAndOffersTheFile() throws Exception {
        tasks.problems().showWith(problems::add);
        model.setData(DataSet.load(SampleData.file("titanic/train.csv")));
        train.form().epochs.set("2");
        train.form().validationSplit.set("0");
        train.start();

        assertThat(vm.scoredProperty().get()).isNull();
        assertThat(vm.sourceTextProperty().get()).contains("held out no rows").contains("Evaluate on a labelled file");
        vm.useFile(SampleData.file("titanic/train.csv"));
        assertThat(vm.scoredProperty().get().data().rows()).isEqualTo(891);
        assertThat(problems).isEmpty();
    }

    @Test
    void cancellingAFileReadKeepsTheEvaluationShown() throws Exception {
        trained(SampleData.file("titanic/train.csv"), 2);
        Scored before = vm.scoredProperty().get();
        tasks.cancelNextJobAfterFirstProgress();

        vm.useFile(SampleData.file("adult/train.csv.gz"));

        assertThat(problems).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.scoredProperty().get()).isSameAs(before);
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(tasks.monitor().messageProperty().get()).isEqualTo("Evaluation cancelled");
    }

    @Test
    void aMultiClassModelHasNoExplorerButItsMetricsAsText() throws Exception {
        RunRecord run = trained(Path.of("sample-data", "land-cover.csv"), 3);
        assertThat(vm.explorerProperty().get()).isNull();
        Scored scored = vm.scoredProperty().get();
        java.util.Map<String, Double> expected = org.mlpworkbench.bundle.Evaluation.metrics(run.recipe(),
                validationOutputs(run), run.validation().targets(), List.of());
        assertThat(scored.summary()).isEqualTo(expected);
        assertThat(vm.summaryProperty().get()).isEqualTo("accuracy " + MetricsText.number(expected.get("accuracy"))
                + " · macro F1 " + MetricsText.number(expected.get("macro_f1")) + " · weighted F1 "
                + MetricsText.number(expected.get("weighted_f1")) + " · log loss " + MetricsText.number(expected.get("log_loss")));
        assertThat(vm.statusProperty().get()).isEqualTo("acc " + MetricsText.number(expected.get("accuracy")));
        assertThat(vm.metricsReport()).contains("accuracy\t" + expected.get("accuracy"));
        vm.best(ThresholdMetric.F1);
        assertThat(run.thresholdsProperty().get()).isEmpty();
    }

    @Test
    void aRegressionModelIsSummarisedInTheTargetsUnits() throws Exception {
        RunRecord run = trained(Path.of("sample-data", "house-prices.csv"), 3);
        Matrix predicted = validationOutputs(run);
        Matrix actual = run.recipe().inverseTargets(run.validation().targets());
        double sum = 0;
        for (int i = 0; i < predicted.data().length; i++) {
            sum += Math.abs(predicted.data()[i] - actual.data()[i]);
        }
        Scored scored = vm.scoredProperty().get();
        assertThat(scored.summary()).containsOnlyKeys("mse", "rmse", "mae", "r2");
        assertThat(scored.summary().get("mae")).isCloseTo(sum / predicted.data().length, within(1e-3));
        assertThat(vm.statusProperty().get()).startsWith("R² ");
        assertThat(vm.explorerProperty().get()).isNull();
    }

    @Test
    void aNewRunOfOtherDataFallsBackToItsValidationSplitWhenTheFileDoesNotFitIt() throws Exception {
        trained(SampleData.file("titanic/train.csv"), 2);
        Path file = temp.resolve("labelled.csv");
        Files.write(file, Files.readAllLines(SampleData.file("titanic/train.csv")).subList(0, 201));
        vm.useFile(file);
        assertThat(vm.fileProperty().get()).isEqualTo(file);

        RunRecord second = trained(Path.of("sample-data", "scene-tags.csv"), 2);

        assertThat(vm.runProperty().get()).isSameAs(second);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).header()).isEqualTo("Run 2 cannot be evaluated on labelled.csv");
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.scoredProperty().get().data().source()).isEqualTo("validation split of Run 2");
        assertThat(vm.explorerProperty().get().isMultiLabel()).isTrue();
        assertThat(vm.runs()).hasSize(2);
    }
}
