package org.mlpworkbench.ui.task;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar shows: the message and progress of the most recently started job that is
 * still running, or the last announcement when none runs. Updated on the UI thread only, by the
 * {@link BackgroundTasks} implementation (job state) and by view-models ({@link #announce}).
 */
public final class JobMonitor {

    /** Progress value meaning "running, amount of work unknown". */
    public static final double INDETERMINATE = -1;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Ready");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final List<Entry> active = new ArrayList<>();

    private static final class Entry {
        final JobHandle handle;
        String message;
        double progress = INDETERMINATE;

        Entry(JobHandle handle) {
            this.handle = handle;
            this.message = handle.title() + "…";
        }
    }

    void started(JobHandle handle) {
        active.add(new Entry(handle));
        refresh();
    }

    void progressed(JobHandle handle, double fraction) {
        entry(handle).ifPresent(e -> e.progress = fraction);
        refresh();
    }

    void messaged(JobHandle handle, String text) {
        entry(handle).ifPresent(e -> e.message = text);
        refresh();
    }

    void finished(JobHandle handle) {
        active.removeIf(e -> e.handle == handle);
        if (active.isEmpty()) {
            progress.set(0);
            message.set("Ready");
        }
        refresh();
    }

    /** Shows {@code text} (e.g. "Loaded train.csv: 891 rows") while no job is running. */
    public void announce(String text) {
        if (active.isEmpty()) {
            message.set(text);
        }
    }

    /** Asks the job shown in the status bar to stop. */
    public void cancelCurrent() {
        if (!active.isEmpty()) {
            active.get(active.size() - 1).handle.cancel();
            refresh();
        }
    }

    private java.util.Optional<Entry> entry(JobHandle handle) {
        return active.stream().filter(e -> e.handle == handle).findFirst();
    }

    private void refresh() {
        running.set(!active.isEmpty());
        if (!active.isEmpty()) {
            Entry shown = active.get(active.size() - 1);
            message.set(shown.handle.cancelRequested() ? shown.handle.title() + ": cancelling…" : shown.message);
            progress.set(shown.progress);
        }
    }

    /** The line of text for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Fraction done in [0, 1], {@link #INDETERMINATE} while unknown, 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
