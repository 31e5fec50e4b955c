package org.mlpworkbench.ui;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.stage.Window;
import org.mlpworkbench.ui.evaluate.CellRowsLister;
import org.mlpworkbench.ui.evaluate.CrossValidationViewModel;
import org.mlpworkbench.ui.evaluate.EvaluateView;
import org.mlpworkbench.ui.evaluate.EvaluateViewModel;
import org.mlpworkbench.ui.evaluate.EvaluationTabs;
import org.mlpworkbench.ui.evaluate.ExplainViewModel;
import org.mlpworkbench.ui.evaluate.ViewModelsByRun;
import org.mlpworkbench.ui.session.Step;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.tune.TuneView;
import org.mlpworkbench.ui.tune.TuneViewModel;

/** The registration of the steps whose wiring is more than one line: Tune and Evaluate (out of {@link MainWindow}). */
final class StepRegistrations {

    private StepRegistrations() {
    }

    /** Tune: available with a preparation; its status is the trial count or "searching…" / "paused". */
    static void tune(StepPages steps, WorkbenchModel model, TuneViewModel tune) {
        steps.register(Step.TUNE, model.hasPreparation(), StepStatuses.tune(tune), "Choose a target in the Prepare step first.",
                () -> new TuneView(tune));
    }

    /** Evaluate: available once a run has a model; the cross-validation and explanation of each run are kept by run. */
    static void evaluate(StepPages steps, WorkbenchModel model, EvaluateViewModel evaluate, BackgroundTasks tasks,
                         Supplier<Window> owner) {
        ViewModelsByRun<CrossValidationViewModel> crossValidations = new ViewModelsByRun<>(model.runs(),
                r -> new CrossValidationViewModel(r, tasks));
        ViewModelsByRun<ExplainViewModel> explanations = new ViewModelsByRun<>(model.runs(), r -> new ExplainViewModel(r, tasks));
        steps.register(Step.EVALUATE, Bindings.createBooleanBinding(() -> model.lastModelRunProperty().get() != null
                        && model.lastModelRunProperty().get().hasModel(), model.lastModelRunProperty()),
                evaluate.statusProperty(), "Train a model in the Train step first.",
                () -> {
                    EvaluateView view = new EvaluateView(evaluate, new CellRowsLister(tasks), owner);
                    view.addTabs((scored, run) -> EvaluationTabs.forData(scored, run,
                            run == null ? null : crossValidations.of(run),
                            run == null ? null : explanations.of(run), view.cellRows(), owner));
                    return view;
                });
    }
}
