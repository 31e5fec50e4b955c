package org.mlpworkbench.ui.tune;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.mlpworkbench.train.TrainingControl;
import org.mlpworkbench.train.TrainingSwitch;
import org.mlpworkbench.tune.CrossValidationObjective;
import org.mlpworkbench.tune.ExecutorTrialRunner;
import org.mlpworkbench.tune.TrialRunner;
import org.mlpworkbench.tune.TuneResult;
import org.mlpworkbench.tune.Tuner;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.task.JobContext;
import org.mlpworkbench.ui.task.UpdatingJob;

/**
 * The background job of one search: the core's {@link Tuner} (the path {@code mlpw tune} takes) over the
 * preparation's table and recipe, its trials on a pool of this job's (one thread per core, through {@link ExecutorTrialRunner}; with one thread,
 * on the job's own thread), every finished trial sent as an update. Pause and stop go through the thread-safe
 * {@link TrainingSwitch}; cancelling the job stops it the same way, and the search returns every finished trial.
 */
final class TuneJob implements UpdatingJob<TuneResult, TuneUpdate> {

    private final Preparation preparation;
    private final TuneForm.Plan plan;
    private final TrainingSwitch control;
    private final int threads;

    TuneJob(Preparation preparation, TuneForm.Plan plan, TrainingSwitch control, int threads) {
        this.preparation = preparation;
        this.plan = plan;
        this.control = control;
        this.threads = threads;
    }

    @Override
    public TuneResult run(JobContext context, Consumer<TuneUpdate> update) {
        context.onCancel(control::requestStop);
        CrossValidationObjective objective = new CrossValidationObjective(preparation.data().table(), preparation.recipe(),
                plan.folds());
        context.message("Tuning: " + objective.metric().replace('_', ' ') + " by " + objective.description());
        TrainingControl stopOrPause = context.stopsWith(control);
        if (threads <= 1) {
            return new Tuner(objective, TrialRunner.SEQUENTIAL).search(plan.space(), plan.settings(),
                    trial -> update.accept(new TuneUpdate(trial)), stopOrPause);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, ExecutorTrialRunner.daemonThreads("mlpw-tune-trial"));
        try {
            return new Tuner(objective, new ExecutorTrialRunner(pool, () -> update.accept(TuneUpdate.HEARTBEAT)))
                    .search(plan.space(), plan.settings(), trial -> update.accept(new TuneUpdate(trial)), stopOrPause);
        } finally {
            pool.shutdownNow();
        }
    }
}
