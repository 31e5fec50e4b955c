package org.mlpworkbench.ui.train;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mlpworkbench.train.LrFinderResult;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.RunSettings;
import org.mlpworkbench.ui.task.BackgroundTasks;

/**
 * The learning-rate finder of the Train step: runs the range test ({@link LrFinderJob}) in the background,
 * keeps its result for the chart, and puts its suggestion into the form's learning-rate field.
 */
public final class LrFinderModel {

    private final BackgroundTasks tasks;
    private final TrainForm form;
    private final ReadOnlyObjectWrapper<LrFinderResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    LrFinderModel(BackgroundTasks tasks, TrainForm form) {
        this.tasks = tasks;
        this.form = form;
    }

    /** Runs the range test with these settings on this preparation. */
    void find(Preparation preparation, RunSettings settings) {
        busy.set(true);
        tasks.job("Finding a learning rate", new LrFinderJob(preparation, settings))
                .onEnd(() -> busy.set(false))
                .onSuccess(found -> {
                    result.set(found);
                    tasks.monitor().announce(Double.isNaN(found.suggestedRate())
                            ? "No learning rate could be suggested: the loss did not fall during the sweep"
                            : "Suggested learning rate: " + formatRate(found.suggestedRate()));
                })
                .reportFailure(error -> new Problem("Learning-rate finder failed", "No learning rate could be found",
                        Dialogs.describe(error)))
                .start();
    }

    /** Forgets the result (the data it was found on changed). */
    void clear() {
        result.set(null);
    }

    /** Puts the finder's suggestion into the learning-rate field. */
    public void useSuggestedRate() {
        LrFinderResult r = result.get();
        if (r != null && !Double.isNaN(r.suggestedRate())) {
            form.learningRate.set(formatRate(r.suggestedRate()));
        }
    }

    /** A rate in two significant digits, e.g. "0.0031" or "2.5e-05". */
    static String formatRate(double rate) {
        String s = String.format(Locale.ROOT, "%.2g", rate);
        return s.contains("e") ? s : Double.toString(Double.parseDouble(s));
    }

    /** The last range test's losses and suggestion (null before one ran, or after the data changed). */
    public ReadOnlyObjectProperty<LrFinderResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True while the range test runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
