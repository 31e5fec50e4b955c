package org.mlpworkbench.ui.session;

import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.train.BatchStats;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.ui.component.CurvePoint;

/**
 * A run's curves, filled live from the trainer's progress on the UI thread (or from a project): loss and
 * the task's metric per epoch on the training and validation rows, and the smoothed per-batch loss. The
 * charts observe the lists; a table of runs observes the run's {@link RunRecord#revisionProperty()}, which
 * changes at most once a second, so it does not repaint at the rate of the curves.
 */
public final class RunCurves {

    private static final long SUMMARY_INTERVAL_NANOS = 1_000_000_000L;

    private final ObservableList<EpochStats> epochs = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> trainLoss = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> validationLoss = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> trainMetric = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> validationMetric = FXCollections.observableArrayList();
    private final SmoothedCurve batchLoss = new SmoothedCurve(0.9);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private long lastRevisionNanos;

    /** Records one batch. */
    public void addBatch(BatchStats b) {
        batchLoss.add(b.epoch() - 1 + (double) b.batch() / b.batchesPerEpoch(), b.loss());
    }

    /** Records finished epochs. */
    public void addEpochs(List<EpochStats> stats) {
        epochs.addAll(stats);
        trainLoss.addAll(stats.stream().map(e -> new CurvePoint(e.epoch(), e.trainLoss())).toList());
        trainMetric.addAll(stats.stream().map(e -> new CurvePoint(e.epoch(), e.trainMetric())).toList());
        List<EpochStats> validated = stats.stream().filter(EpochStats::hasValidation).toList();
        validationLoss.addAll(validated.stream().map(e -> new CurvePoint(e.epoch(), e.validationLoss())).toList());
        validationMetric.addAll(validated.stream().map(e -> new CurvePoint(e.epoch(), e.validationMetric())).toList());
        long now = System.nanoTime();
        if (now - lastRevisionNanos >= SUMMARY_INTERVAL_NANOS) {
            lastRevisionNanos = now;
            bump();
        }
    }

    /** Marks the summary worth redrawing now (the run's status changed). */
    void bump() {
        revision.set(revision.get() + 1);
    }

    public ObservableList<EpochStats> epochs() {
        return epochs;
    }

    public ObservableList<CurvePoint> trainLoss() {
        return trainLoss;
    }

    public ObservableList<CurvePoint> validationLoss() {
        return validationLoss;
    }

    /** The per-batch training loss, smoothed; x is the fractional epoch. */
    public ObservableList<CurvePoint> batchLoss() {
        return batchLoss.points();
    }

    public ObservableList<CurvePoint> trainMetric() {
        return trainMetric;
    }

    public ObservableList<CurvePoint> validationMetric() {
        return validationMetric;
    }

    /**
     * Changes when the run's summary (epochs done, best loss, status) is worth redrawing: at most once a second
     * while it trains, and whenever its status changes.
     */
    ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
