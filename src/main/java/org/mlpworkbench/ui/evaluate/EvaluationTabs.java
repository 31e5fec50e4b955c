package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.stage.Window;
import org.mlpworkbench.ui.session.RunRecord;

/**
 * The evaluation tabs that suit a task, for the Evaluate step to add after its threshold explorer:
 * binary and multi-label models get "ROC / PR", multi-class models "Confusion matrix", regression
 * models "Predicted vs actual"; classification models "Calibration"; every model with a run gets
 * "Cross-validation" (the run's own, kept by {@link ViewModelsByRun}) and "Explain" (permutation importance
 * and partial dependence on the evaluated rows, the run's {@link ExplainViewModel}).
 */
public final class EvaluationTabs {

    private EvaluationTabs() {
    }

    /**
     * The tabs for {@code scored} (its threshold curves, built on the worker thread, are reused).
     *
     * @param run             the run the data belongs to: its thresholds mark the operating point on the curves;
     *                        null leaves out the operating point
     * @param crossValidation the run's cross-validation ({@link ViewModelsByRun}); null leaves out the
     *                        "Cross-validation" tab
     * @param explain         the run's explanations ({@link ViewModelsByRun}); null leaves out the "Explain" tab
     * @param rows            lists the rows behind a confusion-matrix cell; null for no listing
     */
    public static List<Tab> forData(Scored scored, RunRecord run, CrossValidationViewModel crossValidation,
                                    ExplainViewModel explain, CellRowsLister rows, Supplier<Window> owner) {
        EvaluationData data = scored.data();
        List<Tab> tabs = new ArrayList<>();
        switch (data.task()) {
            case BINARY, MULTI_LABEL -> tabs.add(tab("ROC / PR", "tab-curves",
                    new CurvesPane(scored, run == null ? null : run.thresholdsProperty(), owner)));
            case MULTI_CLASS -> tabs.add(tab("Confusion matrix", "tab-confusion", new ConfusionPane(scored, rows, owner)));
            case REGRESSION -> tabs.add(tab("Predicted vs actual", "tab-regression", new RegressionPane(scored, owner)));
        }
        if (scored.calibration() != null) {
            tabs.add(tab("Calibration", "tab-calibration", new CalibrationPane(scored, owner)));
        }
        if (crossValidation != null) {
            tabs.add(tab("Cross-validation", "tab-cross-validation", new CrossValidationPane(crossValidation, owner)));
        }
        if (explain != null) {
            tabs.add(tab("Explain", "tab-explain", new ExplainPane(explain, data, owner)));
        }
        return tabs;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }
}
