package org.mlpworkbench.ui.train;

import java.util.Locale;
import java.util.function.Consumer;
import org.mlpworkbench.bundle.TrainedRun;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.train.BatchStats;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.train.TrainingControl;
import org.mlpworkbench.train.TrainingSwitch;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.RunSettings;
import org.mlpworkbench.ui.task.JobContext;
import org.mlpworkbench.ui.task.UpdatingJob;

/**
 * The background job of one training run: the core's {@link TrainedRun#train} (the path {@code mlpw train}
 * takes too), its progress sent as the job's updates (queued lock-free) and the job's progress, so drawing
 * never slows training. Stop and pause go through the thread-safe {@link TrainingSwitch}; cancelling the job
 * (Esc, status bar) stops it the same way, so a stopped run still returns its model.
 */
final class TrainingJob implements UpdatingJob<TrainedRun, TrainingEvent> {

    private final Preparation preparation;
    private final RunSettings settings;
    private final TrainingSwitch control;

    TrainingJob(Preparation preparation, RunSettings settings, TrainingSwitch control) {
        this.preparation = preparation;
        this.settings = settings;
        this.control = control;
    }

    @Override
    public TrainedRun run(JobContext context, Consumer<TrainingEvent> feed) {
        context.onCancel(control::requestStop);
        context.message("Preparing the training data");
        int epochs = settings.config().epochs();
        TrainedRun.Listener listener = new TrainedRun.Listener() {
            @Override
            public void prepared(MlpSpec network, int trainRows, int validationRows) {
                feed.accept(new TrainingEvent.Started(network, trainRows, validationRows));
            }

            @Override
            public void onBatch(BatchStats b) {
                feed.accept(new TrainingEvent.Batch(b));
                context.progress(progress(b, epochs), 1);
            }

            @Override
            public void onEpoch(EpochStats e) {
                feed.accept(new TrainingEvent.Epoch(e));
                context.message(progressText(e, epochs, settings.config().patience() > 0));
            }
        };
        TrainingControl stopOrPause = context.stopsWith(control);
        return TrainedRun.train(preparation.data().table(), preparation.recipe(), settings.network()::spec,
                settings.config(), settings.validationShare(), listener, stopOrPause);
    }

    /** Share of the run's batches done after batch {@code b}, in [0, 1]. */
    static double progress(BatchStats b, int epochs) {
        return ((b.epoch() - 1.0) * b.batchesPerEpoch() + b.batch()) / ((double) epochs * b.batchesPerEpoch());
    }

    /**
     * "Epoch 12 / 50 · 0:14 left · 45,200 samples/s"; with early stopping on, the epochs are a cap and the time
     * left an upper bound: "Epoch 12 / 500 · at most 2:58 left · …".
     */
    static String progressText(EpochStats e, int epochs, boolean earlyStopping) {
        long perEpoch = e.elapsedMillis() / Math.max(1, e.epoch());
        long leftSeconds = Math.round(perEpoch * (epochs - e.epoch()) / 1000.0);
        return String.format(Locale.ROOT, "Epoch %d / %d · %s%d:%02d left · %,.0f samples/s", e.epoch(), epochs,
                earlyStopping ? "at most " : "", leftSeconds / 60, leftSeconds % 60, e.samplesPerSecond());
    }
}
