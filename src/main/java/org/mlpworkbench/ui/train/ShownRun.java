package org.mlpworkbench.ui.train;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.RunStatus;

/**
 * The run the Train step shows — the one training, or an earlier one picked in the history — with its status
 * and how far it has got: the share of its batches done and a line such as "Epoch 12 / 50 · 0:14 left". The
 * running job's events reach the run's curves through {@link #apply}.
 */
final class ShownRun {

    private final ReadOnlyObjectWrapper<RunRecord> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    ShownRun() {
        run.addListener((obs, old, now) -> {
            status.unbind();
            if (now == null) {
                status.set(null);
            } else {
                status.bind(now.statusProperty());
            }
        });
    }

    /** Shows a run that is about to train. */
    void starting(RunRecord started) {
        run.set(started);
        progress.set(0);
        text.set("Preparing the training data…");
    }

    /** Applies the running job's events to {@code target} (UI thread, in batches); epochs are a cap under early stopping. */
    void apply(RunRecord target, List<TrainingEvent> events, int epochs, boolean earlyStopping) {
        List<EpochStats> epochStats = new ArrayList<>();
        for (TrainingEvent e : events) {
            if (e instanceof TrainingEvent.Started s) {
                target.started(s.spec(), s.trainRows(), s.validationRows());
            } else if (e instanceof TrainingEvent.Batch b) {
                target.curves().addBatch(b.stats());
                progress.set(TrainingJob.progress(b.stats(), epochs));
            } else if (e instanceof TrainingEvent.Epoch ep) {
                epochStats.add(ep.stats());
            }
        }
        if (!epochStats.isEmpty()) {
            target.curves().addEpochs(epochStats);
            text.set(TrainingJob.progressText(epochStats.get(epochStats.size() - 1), epochs, earlyStopping));
        }
    }

    /** The shown run ended: "Run 3 COMPLETED. Early stopping after epoch 12…". */
    void ended(RunRecord ended, String message) {
        if (ended.statusProperty().get() == RunStatus.COMPLETED || ended.statusProperty().get() == RunStatus.EARLY_STOPPED) {
            progress.set(1);
        }
        text.set(ended.name() + " " + ended.statusProperty().get() + ". " + message);
    }

    /** Shows an earlier run that has ended. */
    void show(RunRecord earlier) {
        run.set(earlier);
        progress.set(earlier.statusProperty().get() == RunStatus.COMPLETED ? 1 : progress.get());
        text.set(earlier.name() + " " + earlier.statusProperty().get() + ". " + earlier.messageProperty().get());
    }

    ReadOnlyObjectProperty<RunRecord> runProperty() {
        return run.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
