package org.mlpworkbench.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.BandPoint;
import org.mlpworkbench.metrics.MetricSummary;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.train.TrainingControl;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.CrossValidationResult;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;

/** Cross-validation of a real run on loan-approval.csv, through the view-model (synchronous jobs) and the core. */
class CrossValidationViewModelTest {

    private static final int EPOCHS = 4;
    private static RunRecord run;

    @BeforeAll
    static void train() throws Exception {
        run = EvaluateFixtures.trainedRun(EvaluateFixtures.sample("loan-approval.csv"), EPOCHS);
    }

    @Test
    void aRunReportsEveryFoldWithItsMeanAndSpreadAndProgressPerEpoch() {
        SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
        CrossValidationViewModel vm = new CrossValidationViewModel(run, tasks);
        List<Problem> problems = new ArrayList<>();
        tasks.problems().showWith(problems::add);
        assertThat(vm.foldsProperty().get()).isEqualTo(5);
        vm.foldsProperty().set(3);

        vm.start();

        assertThat(problems).isEmpty();
        CrossValidationResult r = vm.resultProperty().get();
        assertThat(r).isNotNull();
        assertThat(r.task()).isEqualTo(Task.BINARY);
        assertThat(r.folds()).hasSize(3);
        assertThat(r.thresholds()).containsExactly(0.5);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).isEqualTo("3-fold cross-validation of Run 1 finished.");
        assertThat(tasks.titles()).containsExactly("Cross-validating Run 1");
        assertThat(tasks.messages()).contains("Fold 1 / 3 · epoch 1 / 4", "Fold 3 / 3 · epoch 4 / 4", "Fold 3 / 3 done");
        assertThat(tasks.progress()).isSorted().last().isEqualTo(1.0);
        for (CrossValidationResult.MetricRow row : r.rows()) {
            double[] values = row.perFold().stream().mapToDouble(Double::doubleValue).toArray();
            double mean = (values[0] + values[1] + values[2]) / 3;
            double var = 0;
            for (double v : values) {
                var += (v - mean) * (v - mean);
            }
            MetricSummary s = row.summary();
            assertThat(s.mean()).as(row.name()).isCloseTo(mean, within(1e-12));
            assertThat(s.std()).as(row.name()).isCloseTo(Math.sqrt(var / 2), within(1e-12));
        }
        assertThat(r.summary().get("accuracy").mean()).as("loan approval is learnable").isGreaterThan(0.7);
        int totalRows = r.outOfFold().pooled().total();
        assertThat(totalRows).isEqualTo(run.preparation().fittedOnAllRows().fittedRows());
        assertThat(CrossValidationPane.metricsText(r)).startsWith("metric\tfold 1\tfold 2\tfold 3\tmean\tsd\tmin\tmax\naccuracy\t");
    }

    @Test
    void theBandBoundsAreTheFoldsLowestAndHighestAccuracyAtEachThreshold() {
        List<Matrix> outputs = new ArrayList<>();
        List<Matrix> targets = new ArrayList<>();
        BundleTrainer.CrossValidationListener recorder = new BundleTrainer.CrossValidationListener() {
            @Override
            public void foldScored(int fold, FittedRecipe recipe, Matrix o, Matrix t) {
                outputs.add(o);
                targets.add(t);
            }
        };
        CrossValidationResult r = CrossValidationResult.compute(run.preparation(), run.settings(), 4, List.of(0.5),
                recorder, TrainingControl.NONE);

        assertThat(outputs).hasSize(4);
        List<BandPoint> band = r.band();
        assertThat(band).hasSizeGreaterThan(10);
        for (BandPoint b : band) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            long correct = 0;
            long rows = 0;
            for (int f = 0; f < 4; f++) {
                float[] p = outputs.get(f).data();
                float[] y = targets.get(f).data();
                int right = 0;
                for (int i = 0; i < p.length; i++) {
                    right += (p[i] > b.threshold()) == (y[i] == 1f) ? 1 : 0;
                }
                lo = Math.min(lo, (double) right / p.length);
                hi = Math.max(hi, (double) right / p.length);
                correct += right;
                rows += p.length;
            }
            assertThat(b.min()).as("min at %s", b.threshold()).isCloseTo(lo, within(1e-12));
            assertThat(b.max()).as("max at %s", b.threshold()).isCloseTo(hi, within(1e-12));
            assertThat(b.pooledAccuracy()).isCloseTo((double) correct / rows, within(1e-12));
        }
        double accuracyAtHalf = r.folds().stream().mapToDouble(m -> m.get("accuracy")).average().orElseThrow();
        assertThat(r.summary().get("accuracy").mean()).isCloseTo(accuracyAtHalf, within(1e-12));
        var curve = CrossValidationResult.bandCurve(band, BandPoint::max);
        assertThat(curve.get(0).x()).isZero();
        assertThat(curve.get(curve.size() - 1).x()).isEqualTo(1.0);
    }

    @Test
    void aRunKeepsItsCrossValidationWhenTheEvaluationTabsAreRebuilt() throws Exception {
        SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
        RunRecord other = EvaluateFixtures.trainedRun(EvaluateFixtures.sample("loan-approval.csv"), 1);
        javafx.collections.ObservableList<RunRecord> runs = javafx.collections.FXCollections.observableArrayList(run, other);
        ViewModelsByRun<CrossValidationViewModel> byRun = new ViewModelsByRun<>(runs, r -> new CrossValidationViewModel(r, tasks));
        CrossValidationViewModel first = byRun.of(run);
        first.foldsProperty().set(2);
        first.start();
        CrossValidationResult result = first.resultProperty().get();
        assertThat(result).isNotNull();

        assertThat(byRun.of(run)).isSameAs(first);
        assertThat(byRun.of(other).resultProperty().get()).isNull();
        runs.remove(run);
        assertThat(byRun.of(run)).as("a run removed from the session is forgotten").isNotSameAs(first);
    }

    @Test
    void cancellingStopsTheJobWithoutAResultAndKeepsAnEarlierOne() throws Exception {
        RunRecord fresh = EvaluateFixtures.trainedRun(EvaluateFixtures.sample("loan-approval.csv"), EPOCHS);
        SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
        CrossValidationViewModel vm = new CrossValidationViewModel(fresh, tasks);
        List<Problem> problems = new ArrayList<>();
        tasks.problems().showWith(problems::add);
        tasks.cancelNextJobAfterProgress(3);

        vm.start();

        assertThat(vm.resultProperty().get()).isNull();
        assertThat(fresh.crossValidationProperty().get()).isNull();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Cross-validation cancelled.");
        assertThat(problems).isEmpty();
        assertThat(tasks.messages()).noneMatch(m -> m.startsWith("Fold 2 / 5"));
        assertThat(vm.canStart().get()).isTrue();

        vm.foldsProperty().set(2);
        vm.start();
        CrossValidationResult kept = vm.resultProperty().get();
        assertThat(fresh.crossValidationProperty().get()).isSameAs(kept).isNotNull();
        vm.foldsProperty().set(5);
        tasks.cancelNextJobAfterProgress(3);
        vm.start();
        assertThat(vm.resultProperty().get()).isSameAs(kept);
        assertThat(vm.statusProperty().get()).isEqualTo("Cross-validation cancelled; the earlier result is shown.");
        assertThat(new CrossValidationViewModel(fresh, tasks).foldsProperty().get()).as("a new view-model shows the kept result")
                .isEqualTo(2);
    }

    @Test
    void aMultiLabelRunGetsTheOutOfFoldCurvePooledOverItsLabels() throws Exception {
        RunRecord tags = EvaluateFixtures.trainedRun(EvaluateFixtures.sample("scene-tags.csv"), 3);
        List<Double> thresholds = List.of(0.5, 0.5, 0.5, 0.5);
        CrossValidationResult r = CrossValidationResult.compute(tags.preparation(), tags.settings(), 3, thresholds,
                new BundleTrainer.CrossValidationListener() { }, TrainingControl.NONE);
        assertThat(r.task()).isEqualTo(Task.MULTI_LABEL);
        assertThat(r.foldOutputs()).hasSize(3).allSatisfy(m -> assertThat(m.cols()).isEqualTo(4));
        long right = 0;
        long all = 0;
        for (int f = 0; f < 3; f++) {
            float[] p = r.foldOutputs().get(f).data();
            float[] y = r.foldTargets().get(f).data();
            for (int i = 0; i < p.length; i++) {
                right += (p[i] > 0.5f) == (y[i] == 1f) ? 1 : 0;
                all++;
            }
        }
        assertThat(r.outOfFold().pooled().total()).isEqualTo(all);
        assertThat(r.outOfFold().pooled().at(0.5).accuracy()).isEqualTo((double) right / all);
        assertThat(r.band()).isNotEmpty();
    }

    @Test
    void aMultiClassRunIsScoredWithoutThresholdsOrCurve() throws Exception {
        RunRecord multi = EvaluateFixtures.trainedRun(EvaluateFixtures.sample("land-cover.csv"), 3);
        CrossValidationResult r = CrossValidationResult.compute(multi.preparation(), multi.settings(), 2, List.of(),
                new BundleTrainer.CrossValidationListener() { }, TrainingControl.NONE);
        assertThat(r.task()).isEqualTo(Task.MULTI_CLASS);
        assertThat(r.outOfFold()).isNull();
        assertThat(r.band()).isEmpty();
        assertThat(r.summary()).containsKeys("accuracy", "macro_f1", "log_loss");
        Map<String, Double> first = r.folds().get(0);
        assertThat(first.get("accuracy")).isBetween(0.0, 1.0);
    }
}
