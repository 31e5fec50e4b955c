package org.mlpworkbench.ui.project;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.train.TrainForm;

/**
 * Whether the session has changes that are not in its project file: any change of the data, the
 * preparation (the recipe), the Train form, the runs (started, ended), a run's thresholds or the
 * latest model, or the Tune step's trials marks it dirty; {@link #markClean} (after saving or opening) clears it. While
 * {@link #suspend suspended} (a project being opened), changes are not counted.
 */
final class DirtyTracker {

    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ChangeListener<Object> mark = (obs, old, now) -> changed();
    private boolean suspended;
    private long changes;

    DirtyTracker(WorkbenchModel model, TrainForm form) {
        watch(model.dataProperty(), model.preparationProperty(), model.lastModelRunProperty(), model.tuneProperty());
        watch(form.hiddenLayers.textProperty(), form.dropout.textProperty(), form.epochs.textProperty(),
                form.learningRate.textProperty(), form.batchSize.textProperty(), form.momentum.textProperty(),
                form.validationSplit.textProperty(), form.patience.textProperty(), form.seed.textProperty(),
                form.weightDecay.textProperty(),
                form.activation, form.bias, form.optimizer, form.schedule, form.earlyStopping, form.output);
        model.runs().addListener((ListChangeListener<RunRecord>) c -> {
            while (c.next()) {
                for (RunRecord run : c.getAddedSubList()) {
                    watch(run.statusProperty(), run.thresholdsProperty(), run.crossValidationProperty(),
                            run.costs().property());
                }
            }
            changed();
        });
    }

    private void watch(ObservableValue<?>... values) {
        for (ObservableValue<?> v : values) {
            v.addListener(mark);
        }
    }

    private void changed() {
        if (!suspended) {
            changes++;
            dirty.set(true);
        }
    }

    /** True when something changed since the last save or open. */
    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** A counter of changes, to tell whether anything changed while a save was being written. */
    long changes() {
        return changes;
    }

    void suspend() {
        suspended = true;
    }

    /** Counts changes again (after a project was opened or failed to open) without touching the flag. */
    void resume() {
        suspended = false;
    }

    void markClean() {
        dirty.set(false);
    }

    /** Marks the session unsaved (work restored from a recovery copy is not in any project file yet). */
    void markDirty() {
        changes++;
        dirty.set(true);
    }
}
