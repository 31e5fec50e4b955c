package org.mlpworkbench.ui.tune;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.ui.component.CurvePoint;

/**
 * The trials of the Tune step as the table and the charts show them: every finished trial by number, the best
 * score so far against the trial number (never falls), each scored trial's score as a dot, the metric, and the
 * trial selected in the table.
 */
public final class TrialHistory {

    private final ObservableList<Trial> trials = FXCollections.observableArrayList();
    private final ObservableList<Trial> trialsView = FXCollections.unmodifiableObservableList(trials);
    private final ObservableList<CurvePoint> bestSoFar = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> scores = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper metric = new ReadOnlyStringWrapper(this, "metric", "");
    private final ObjectProperty<Trial> selected = new SimpleObjectProperty<>(this, "selected");

    /** Shows {@code shown} (any order) scored by {@code metricName}; the selection is cleared. */
    void set(List<Trial> shown, String metricName) {
        selected.set(null);
        metric.set(metricName);
        trials.setAll(sorted(shown));
        curves();
    }

    /** Adds finished trials (in any order); returns whether there were any. */
    boolean add(List<Trial> finished) {
        if (finished.isEmpty()) {
            return false;
        }
        List<Trial> all = new ArrayList<>(trials);
        all.addAll(finished);
        trials.setAll(sorted(all));
        curves();
        return true;
    }

    private static List<Trial> sorted(List<Trial> list) {
        List<Trial> copy = new ArrayList<>(list);
        copy.removeIf(Objects::isNull);
        copy.sort(Comparator.comparingInt(Trial::number));
        return copy;
    }

    private void curves() {
        List<CurvePoint> best = new ArrayList<>();
        List<CurvePoint> dots = new ArrayList<>();
        double top = Double.NEGATIVE_INFINITY;
        for (Trial t : trials) {
            if (t.scored()) {
                top = Math.max(top, t.score());
                dots.add(new CurvePoint(t.number(), t.score()));
                best.add(new CurvePoint(t.number(), top));
            }
        }
        bestSoFar.setAll(best);
        scores.setAll(dots);
    }

    /** The best scored trial so far, or null. */
    public Trial best() {
        return Trial.best(trials);
    }

    /** The trial "Train with these settings" uses: the selected one when it was scored, else the best. */
    public Trial chosen() {
        Trial s = selected.get();
        return s != null && s.scored() ? s : best();
    }

    /** The finished trials, by number. */
    public ObservableList<Trial> trials() {
        return trialsView;
    }

    /** (trial number, best score of the trials up to it). */
    public ObservableList<CurvePoint> bestSoFar() {
        return bestSoFar;
    }

    /** (trial number, its score) of every scored trial. */
    public ObservableList<CurvePoint> scores() {
        return scores;
    }

    /** The objective of the trials shown, e.g. "accuracy" (larger is better). */
    public ReadOnlyStringProperty metricProperty() {
        return metric.getReadOnlyProperty();
    }

    /** The trial selected in the table (null for none). */
    public ObjectProperty<Trial> selectedProperty() {
        return selected;
    }
}
