package org.mlpworkbench.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.ThresholdCosts;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;
import org.mlpworkbench.ui.train.TrainViewModel;

/**
 * The threshold explorer's costs on real trained models, without the toolkit: the expected cost at a
 * threshold and the best threshold by cost against loops over the run's raw validation probabilities, for a
 * binary model and per label for a multi-label one, and what reaches the run.
 */
class CostChoiceTest {

    private final WorkbenchModel model = new WorkbenchModel();
    private final SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
    private final PrepareViewModel prepare = new PrepareViewModel(model, tasks);
    private final TrainViewModel train = new TrainViewModel(model, tasks);
    private final EvaluateViewModel vm = new EvaluateViewModel(model, tasks);

    private RunRecord trained(Path file, int epochs) throws Exception {
        model.setData(DataSet.load(file));
        train.form().epochs.set(Integer.toString(epochs));
        train.start();
        return train.currentProperty().get();
    }

    /** The expected cost per prediction of column {@code j} at threshold {@code t} ({@code j < 0}: every column pooled). */
    private static double costByLoop(Matrix p, Matrix y, int j, ThresholdCosts c, double t) {
        double sum = 0;
        long count = 0;
        for (int r = 0; r < p.rows(); r++) {
            for (int k = 0; k < p.cols(); k++) {
                if (j >= 0 && k != j) {
                    continue;
                }
                boolean predicted = p.get(r, k) > t;
                boolean actual = y.get(r, k) == 1f;
                sum += actual ? (predicted ? c.truePositive() : c.falseNegative())
                        : (predicted ? c.falsePositive() : c.trueNegative());
                count++;
            }
        }
        return sum / count;
    }

    /** The lowest expected cost of column {@code j} over every threshold that classifies differently. */
    private static double lowestByLoop(Matrix p, Matrix y, int j, ThresholdCosts c) {
        double lowest = costByLoop(p, y, j, c, -1);
        for (int r = 0; r < p.rows(); r++) {
            lowest = Math.min(lowest, costByLoop(p, y, j, c, p.get(r, j)));
        }
        return lowest;
    }

    private static void type(CostChoice costs, String... values) {
        for (int i = 0; i < 4; i++) {
            costs.fields().get(i).set(values[i]);
        }
    }

    @Test
    void typedCostsGiveTheLoopsExpectedCostAndBestThresholdAndUpdateWhenACostChanges() throws Exception {
        RunRecord run = trained(SampleData.file("titanic/train.csv"), 5);
        ThresholdExplorer explorer = vm.explorerProperty().get();
        CostChoice costs = vm.costsProperty().get();
        assertThat(costs.curveProperty().get()).isNull();
        assertThat(costs.valueAt(explorer.pointProperty().get())).isNaN();
        assertThat(run.costs().get()).isEmpty();
        Matrix p = run.bundleSnapshot().get().predictFeatures(run.validation().features());
        Matrix y = run.validation().targets();

        type(costs, "0", "1", "5", "0");
        ThresholdCosts fiveToOne = new ThresholdCosts(0, 1, 5, 0);
        assertThat(costs.errorProperty().get()).isEmpty();
        assertThat(run.costs().get()).containsExactly(fiveToOne);
        assertThat(costs.curveProperty().get()).isNotNull();
        for (double t : new double[] {0.1, 0.33, 0.5, 0.72}) {
            explorer.thresholdProperty().set(t);
            assertThat(costs.valueAt(explorer.pointProperty().get())).isCloseTo(costByLoop(p, y, 0, fiveToOne, t), within(1e-12));
            assertThat(costs.curveProperty().get().at(t)).isCloseTo(costByLoop(p, y, 0, fiveToOne, t), within(1e-12));
        }
        costs.best();
        double best = explorer.thresholdProperty().get();
        assertThat(run.thresholdsProperty().get()).containsExactly(best);
        assertThat(costByLoop(p, y, 0, fiveToOne, best)).isCloseTo(lowestByLoop(p, y, 0, fiveToOne), within(1e-12));

        costs.fields().get(2).set("0.2");
        ThresholdCosts cheapMisses = new ThresholdCosts(0, 1, 0.2, 0);
        assertThat(run.costs().get()).containsExactly(cheapMisses);
        costs.best();
        double cheaper = explorer.thresholdProperty().get();
        assertThat(cheaper).isGreaterThan(best);
        assertThat(costByLoop(p, y, 0, cheapMisses, cheaper)).isCloseTo(lowestByLoop(p, y, 0, cheapMisses), within(1e-12));
        assertThat(costs.curveProperty().get().min()).isCloseTo(lowestByLoop(p, y, 0, cheapMisses), within(1e-12));

        costs.fields().get(1).set("");
        assertThat(costs.errorProperty().get()).contains("Enter all four costs");
        assertThat(run.costs().get()).containsExactly(cheapMisses);
        costs.fields().get(1).set("two");
        assertThat(costs.errorProperty().get()).contains("'two' is not a number");
        type(costs, "", "", "", "");
        assertThat(costs.errorProperty().get()).isEmpty();
        assertThat(run.costs().get()).isEmpty();
        assertThat(costs.curveProperty().get()).isNull();
    }

    @Test
    void multiLabelCostsArePooledInGlobalModeAndPerLabelInPerLabelModeAndComeBackOnReevaluation() throws Exception {
        RunRecord run = trained(Path.of("sample-data", "scene-tags.csv"), 8);
        ThresholdExplorer explorer = vm.explorerProperty().get();
        CostChoice costs = vm.costsProperty().get();
        Matrix p = run.bundleSnapshot().get().predictFeatures(run.validation().features());
        Matrix y = run.validation().targets();

        type(costs, "-1", "2", "3", "0");
        ThresholdCosts global = new ThresholdCosts(-1, 2, 3, 0);
        assertThat(run.costs().get()).containsExactly(global, global, global, global);
        explorer.thresholdProperty().set(0.4);
        assertThat(costs.valueAt(explorer.pointProperty().get())).isCloseTo(costByLoop(p, y, -1, global, 0.4), within(1e-12));

        explorer.modeProperty().set(ThresholdExplorer.Mode.PER_LABEL);
        explorer.labelProperty().set(2);
        assertThat(costs.fields().get(0).textProperty().get()).isEqualTo("-1");
        type(costs, "0", "1", "8", "0");
        ThresholdCosts person = new ThresholdCosts(0, 1, 8, 0);
        assertThat(run.costs().get()).containsExactly(global, global, person, global);
        explorer.thresholdProperty().set(0.3);
        assertThat(costs.valueAt(explorer.pointProperty().get())).isCloseTo(costByLoop(p, y, 2, person, 0.3), within(1e-12));

        costs.bestPerLabel();
        List<Double> chosen = run.thresholdsProperty().get();
        for (int j = 0; j < 4; j++) {
            ThresholdCosts c = j == 2 ? person : global;
            assertThat(costByLoop(p, y, j, c, chosen.get(j))).as("label %d", j)
                    .isCloseTo(lowestByLoop(p, y, j, c), within(1e-12));
        }

        vm.useValidation();
        CostChoice again = vm.costsProperty().get();
        assertThat(again).isNotSameAs(costs);
        assertThat(vm.explorerProperty().get().modeProperty().get()).isEqualTo(ThresholdExplorer.Mode.PER_LABEL);
        assertThat(again.inForce()).containsExactly(global, global, person, global);
        vm.explorerProperty().get().labelProperty().set(2);
        assertThat(again.fields().stream().map(f -> f.textProperty().get())).containsExactly("0", "1", "8", "0");
        assertThat(again.curveProperty().get().min()).isCloseTo(lowestByLoop(p, y, 2, person), within(1e-12));
    }
}
