package org.mlpworkbench.ui;

import org.mlpworkbench.ui.session.Step;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.metrics.MultiLabelMetrics;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.ui.evaluate.Scored;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.evaluate.ThresholdExplorer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Benchmark, not a test: what one move of the threshold costs on the FX thread in the real window with
 * the Evaluate step shown — the explorer's query of the curve, the metric labels, the confusion matrix,
 * the step status, the run's thresholds and the marker repaint, and whatever else listens to the run's
 * thresholds (the ROC / PR dot, the Export step's summary; measured once more with the Export step's run
 * unselected to separate its share, and once more with costs set, so the cost at the threshold is shown too) —
 * against the baseline of rebuilding
 * the curves from the outputs (what a slider without precomputed curves would at least pay per move),
 * measured in the same run. Run with {@code mvn test -Dtest=ThresholdMoveBench -Dmlpw.bench=true}.
 */
@EnabledIfSystemProperty(named = "mlpw.bench", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ThresholdMoveBench {

    private static final int MOVES = 5_000;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = UiTestSupport.start(stage);
    }

    @Test
    void costOfOneThresholdMove(FxRobot robot) throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(measure(robot, SampleData.file("titanic/train.csv"), "5"));
        report.append(measure(robot, SampleData.file("adult/train.csv.gz"), "2"));
        report.append(measure(robot, SampleData.file("skin-segmentation/skin_nonskin.csv.gz"), "1"));
        report.append(measure(robot, Path.of("sample-data", "scene-tags.csv"), "5"));
        System.out.print(report);
    }

    private String measure(FxRobot robot, Path file, String epochs) throws Exception {
        robot.interact(() -> window.open(file));
        waitUntil(60, () -> window.model().preparation() != null
                && window.model().preparation().data().file().equals(file));
        var train = window.trainViewModel();
        robot.interact(() -> {
            train.form().epochs.set(epochs);
            train.start();
        });
        waitUntil(600, () -> !train.activeProperty().get() && window.evaluateViewModel().explorerProperty().get() != null
                && window.evaluateViewModel().scoredProperty().get().data().source().endsWith(
                        window.model().lastModelRunProperty().get().name()));
        robot.interact(() -> window.select(Step.EVALUATE));
        WaitForAsyncUtils.waitForFxEvents();
        ThresholdExplorer explorer = window.evaluateViewModel().explorerProperty().get();
        Scored scored = explorer.scored();
        if (explorer.isMultiLabel()) {
            robot.interact(() -> explorer.modeProperty().set(ThresholdExplorer.Mode.PER_LABEL));
        }
        double[] thresholds = new SplittableRandom(7).doubles(MOVES, 0, 1).toArray();
        double move = perMove(explorer, thresholds);
        RunRecord exported = window.exportViewModel().selectedRunProperty().get();
        robot.interact(() -> window.exportViewModel().selectedRunProperty().set(null));
        double moveWithoutExport = perMove(explorer, thresholds);
        robot.interact(() -> window.exportViewModel().selectedRunProperty().set(exported));
        var costs = window.evaluateViewModel().costsProperty().get();
        String[] typed = {"0", "1", "5", "0"};
        robot.interact(() -> {
            for (int i = 0; i < 4; i++) {
                costs.fields().get(i).set(typed[i]);
            }
        });
        waitUntil(120, () -> costs.curveProperty().get() != null);
        double moveWithCosts = perMove(explorer, thresholds);
        robot.interact(() -> costs.fields().forEach(f -> f.set("")));
        double moveAgain = perMove(explorer, thresholds);
        double[] rebuild = new double[21];
        for (int r = 0; r < rebuild.length; r++) {
            long start = System.nanoTime();
            Object built = explorer.isMultiLabel() ? MultiLabelMetrics.of(scored.data().outputs(), scored.data().targets())
                    : ThresholdCurve.build(scored.data().outputs(), scored.data().targets());
            rebuild[r] = (System.nanoTime() - start) / 1e3;
            if (built == null) {
                throw new IllegalStateException();
            }
        }
        Arrays.sort(rebuild);
        return String.format(Locale.ROOT, "threshold-move file=%s rows=%d outputs=%d mode=%s move_us=%.2f"
                        + " move_without_export_summary_us=%.2f move_with_costs_us=%.2f rebuild_us=%.1f"
                        + " move_again_without_costs_us=%.2f rebuild_vs_explorer_move=%.1fx with_costs_vs_without=%.2fx%n",
                file.getFileName(),
                scored.data().rows(), scored.data().outputNames().size(), explorer.isMultiLabel() ? "per-label" : "binary",
                move, moveWithoutExport, moveWithCosts, rebuild[rebuild.length / 2], moveAgain,
                rebuild[rebuild.length / 2] / moveWithoutExport, moveWithCosts / moveAgain);
    }

    /** Median over five rounds of the time per move of {@code MOVES} threshold moves, on the FX thread. */
    private static double perMove(ThresholdExplorer explorer, double[] thresholds) throws Exception {
        double[] rounds = new double[5];
        for (int round = 0; round < rounds.length; round++) {
            rounds[round] = WaitForAsyncUtils.asyncFx(() -> {
                long start = System.nanoTime();
                for (double t : thresholds) {
                    explorer.thresholdProperty().set(t);
                }
                return (System.nanoTime() - start) / 1e3 / MOVES;
            }).get();
        }
        Arrays.sort(rounds);
        return rounds[rounds.length / 2];
    }
}
