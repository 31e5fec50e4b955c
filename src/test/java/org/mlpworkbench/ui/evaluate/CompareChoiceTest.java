package org.mlpworkbench.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.model.LossFunction;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.HeldBackgroundTasks;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;
import org.mlpworkbench.ui.train.TrainViewModel;

/**
 * A second run on the threshold screen, without the toolkit: Titanic trained with BCE and again with the loss
 * overridden to MSE; the compared run's counts at each threshold equal a loop over its own validation
 * probabilities, and on a multi-label model they follow the pooled curve and the chosen label.
 */
class CompareChoiceTest {

    private final WorkbenchModel model = new WorkbenchModel();
    private final SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
    private final PrepareViewModel prepare = new PrepareViewModel(model, tasks);
    private final TrainViewModel train = new TrainViewModel(model, tasks);
    private final EvaluateViewModel vm = new EvaluateViewModel(model, tasks);

    /** {tp, fp, tn, fn} of "p > t" over column {@code j} of the raw matrices ({@code j < 0}: all columns). */
    private static long[] counts(Matrix p, Matrix y, int j, double t) {
        long[] c = new long[4];
        for (int r = 0; r < p.rows(); r++) {
            for (int k = 0; k < p.cols(); k++) {
                if (j < 0 || k == j) {
                    boolean predicted = p.get(r, k) > t;
                    boolean actual = y.get(r, k) == 1f;
                    c[predicted ? (actual ? 0 : 1) : (actual ? 3 : 2)]++;
                }
            }
        }
        return c;
    }

    private static long[] of(ThresholdPoint p) {
        return new long[] {p.tp(), p.fp(), p.tn(), p.fn()};
    }

    private static Matrix outputs(RunRecord run) {
        return run.bundleSnapshot().get().predictFeatures(run.validation().features());
    }

    @Test
    void theComparedRunsNumbersAtEachThresholdAreThoseOfItsOwnScores() throws Exception {
        model.setData(DataSet.load(SampleData.file("titanic/train.csv")));
        train.form().epochs.set("6");
        train.start();
        RunRecord bce = train.currentProperty().get();
        train.form().output.set(train.form().outputOptions().get(1));
        train.start();
        RunRecord mse = train.currentProperty().get();
        assertThat(bce.settings().loss()).isEqualTo(LossFunction.BINARY_CROSS_ENTROPY);
        assertThat(mse.settings().loss()).isEqualTo(LossFunction.MSE);
        assertThat(vm.runProperty().get()).isSameAs(mse);
        CompareChoice compare = vm.compareProperty().get();
        assertThat(compare.candidates()).containsExactly(bce);
        assertThat(compare.pointProperty().get()).isNull();

        compare.otherProperty().set(bce);
        ThresholdExplorer explorer = vm.explorerProperty().get();
        Matrix p = outputs(bce);
        Matrix y = bce.validation().targets();
        for (double t : new double[] {0.08, 0.3, 0.5, 0.64, 0.9}) {
            explorer.thresholdProperty().set(t);
            assertThat(of(compare.pointProperty().get())).as("t = %s", t).containsExactly(counts(p, y, 0, t));
            assertThat(of(explorer.pointProperty().get())).containsExactly(counts(outputs(mse), y, 0, t));
        }
        assertThat(bce.thresholdsProperty().get()).containsExactly(0.5);

        compare.otherProperty().set(null);
        assertThat(compare.pointProperty().get()).isNull();
        assertThat(compare.curveProperty().get()).isNull();
        HeldBackgroundTasks held = new HeldBackgroundTasks();
        CompareChoice replaced = new CompareChoice(explorer, mse, model.runs(), EvaluationJob.onSource(null, null), held);
        replaced.otherProperty().set(bce);
        assertThat(held.handle(0).cancelRequested()).isFalse();
        CompareChoice.close(replaced);
        assertThat(held.handle(0).cancelRequested()).as("a replaced screen's scoring stops").isTrue();
        CompareChoice.close(null);
    }

    @Test
    void onAMultiLabelModelTheComparedCurveFollowsThePoolAndTheChosenLabel() throws Exception {
        model.setData(DataSet.load(Path.of("sample-data", "scene-tags.csv")));
        train.form().epochs.set("4");
        train.start();
        RunRecord first = train.currentProperty().get();
        train.form().seed.set("43");
        train.start();
        RunRecord second = train.currentProperty().get();
        CompareChoice compare = vm.compareProperty().get();
        compare.otherProperty().set(first);
        ThresholdExplorer explorer = vm.explorerProperty().get();
        Matrix p = outputs(first);
        Matrix y = first.validation().targets();
        explorer.thresholdProperty().set(0.35);
        assertThat(of(compare.pointProperty().get())).containsExactly(counts(p, y, -1, 0.35));
        explorer.modeProperty().set(ThresholdExplorer.Mode.PER_LABEL);
        explorer.labelProperty().set(2);
        explorer.thresholdProperty().set(0.42);
        assertThat(of(compare.pointProperty().get())).containsExactly(counts(p, y, 2, 0.42));
        assertThat(second.thresholdsProperty().get()).containsExactly(0.5, 0.5, 0.42, 0.5);
    }
}
