package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.stage.Window;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.BackgroundTasks;

/**
 * The evaluation tabs that suit a task, for the Evaluate step to add after its threshold explorer:
 * binary and multi-label models get "ROC / PR", multi-class models "Confusion matrix", regression
 * models "Predicted vs actual"; every model with a run gets "Cross-validation". A run keeps one
 * cross-validation for the session, so a result (minutes of training) survives the tabs being rebuilt
 * when the user evaluates another run or a file and comes back.
 */
public final class EvaluationTabs {

    /** The cross-validation of each run, for as long as the run exists (UI thread only). */
    private static final Map<RunRecord, CrossValidationViewModel> CROSS_VALIDATIONS = new WeakHashMap<>();

    private EvaluationTabs() {
    }

    /**
     * The tabs for {@code scored} (its threshold curves, built on the worker thread, are reused).
     *
     * @param run   the run the data belongs to: its thresholds mark the operating point on the curves
     *              and its settings are what cross-validation re-trains; null leaves out the
     *              operating point and the "Cross-validation" tab
     * @param tasks runs the cross-validation job
     */
    public static List<Tab> forData(Scored scored, RunRecord run, BackgroundTasks tasks, Supplier<Window> owner) {
        EvaluationData data = scored.data();
        List<Tab> tabs = new ArrayList<>();
        switch (data.task()) {
            case BINARY, MULTI_LABEL -> tabs.add(tab("ROC / PR", "tab-curves",
                    new CurvesPane(scored, run == null ? null : run.thresholdsProperty(), owner)));
            case MULTI_CLASS -> tabs.add(tab("Confusion matrix", "tab-confusion", new ConfusionPane(data, owner)));
            case REGRESSION -> tabs.add(tab("Predicted vs actual", "tab-regression", new RegressionPane(data, owner)));
        }
        if (run != null) {
            tabs.add(tab("Cross-validation", "tab-cross-validation",
                    new CrossValidationPane(crossValidation(run, tasks), owner)));
        }
        return tabs;
    }

    /** The run's cross-validation, created on first use and then kept with the run. */
    static CrossValidationViewModel crossValidation(RunRecord run, BackgroundTasks tasks) {
        return CROSS_VALIDATIONS.computeIfAbsent(run, r -> new CrossValidationViewModel(r, tasks));
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }
}
