package org.mlpworkbench.ui.train;

import java.util.Locale;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.train.BatchStats;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.train.Trainer;
import org.mlpworkbench.train.TrainingControl;
import org.mlpworkbench.train.TrainingListener;
import org.mlpworkbench.train.TrainingResult;
import org.mlpworkbench.train.TrainingSwitch;
import org.mlpworkbench.ui.session.HeldOut;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.RunSettings;
import org.mlpworkbench.ui.task.Job;
import org.mlpworkbench.ui.task.JobContext;
import org.mlpworkbench.ui.task.LiveFeed;

/**
 * The background job of one training run: split and prepare the data, build the network, train.
 * The trainer's listener only appends to a {@link LiveFeed} (lock-free) and updates the job's
 * progress, so drawing never slows training. Stop and pause go through the thread-safe
 * {@link TrainingSwitch}; cancelling the job (Esc, status bar) stops it the same way, so a stopped
 * run still returns its model.
 */
final class TrainingJob implements Job<TrainingJob.Outcome> {

    /** The trainer's result, the recipe fitted on the run's training rows, and the held-out rows scored (null if none). */
    record Outcome(TrainingResult result, FittedRecipe recipe, HeldOut validation) {
    }

    private final Preparation preparation;
    private final RunSettings settings;
    private final TrainingSwitch control;
    private final LiveFeed<TrainingEvent> feed;

    TrainingJob(Preparation preparation, RunSettings settings, TrainingSwitch control, LiveFeed<TrainingEvent> feed) {
        this.preparation = preparation;
        this.settings = settings;
        this.control = control;
        this.feed = feed;
    }

    @Override
    public Outcome run(JobContext context) {
        context.onCancel(control::requestStop);
        context.message("Preparing the training data");
        TrainingData data = TrainingData.of(preparation, settings.validationShare(), settings.config().seed());
        var train = data.train();
        MlpSpec spec = settings.spec(train.features().cols(), train.targets().cols());
        feed.publish(new TrainingEvent.Started(spec, train.features().rows(), data.validationRows()));
        int epochs = settings.config().epochs();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onBatch(BatchStats b) {
                feed.publish(new TrainingEvent.Batch(b));
                context.progress((double) (b.epoch() - 1) * b.batchesPerEpoch() + b.batch(),
                        (double) epochs * b.batchesPerEpoch());
            }

            @Override
            public void onEpoch(EpochStats e) {
                feed.publish(new TrainingEvent.Epoch(e));
                context.message(progressText(e, epochs));
            }
        };
        TrainingControl stopOrPause = new TrainingControl() {
            @Override
            public boolean stopRequested() {
                return control.stopRequested() || context.cancelRequested();
            }

            @Override
            public void awaitIfPaused() {
                control.awaitIfPaused();
            }
        };
        var validation = data.validation();
        TrainingResult result = Trainer.train(spec, train.features(), train.targets(),
                validation == null ? null : validation.features(), validation == null ? null : validation.targets(),
                settings.config(), listener, stopOrPause);
        return new Outcome(result, data.recipe(), HeldOut.score(result.model(), data.recipe(), validation));
    }

    /** "Epoch 12 / 50 · 0:14 left · 45,200 samples/s". */
    static String progressText(EpochStats e, int epochs) {
        long perEpoch = e.elapsedMillis() / Math.max(1, e.epoch());
        long leftSeconds = Math.round(perEpoch * (epochs - e.epoch()) / 1000.0);
        return String.format(Locale.ROOT, "Epoch %d / %d · %d:%02d left · %,.0f samples/s", e.epoch(), epochs,
                leftSeconds / 60, leftSeconds % 60, e.samplesPerSecond());
    }
}
