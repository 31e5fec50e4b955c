package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.metrics.MultiLabelMetrics;
import org.mlpworkbench.metrics.MultiLabelScores;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.metrics.ThresholdObjective;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.ui.component.Field;

/**
 * The threshold explorer's state for one evaluated binary or multi-label model. The curves are built
 * once (in {@link Scored}); every move of {@link #thresholdProperty()} only queries them
 * ({@code curve.at(t)}, a binary search), updates {@link #pointProperty()} / {@link #scoresProperty()} and
 * hands the chosen thresholds, one per output, to the sink (the run). Multi-label models have two
 * modes: one global threshold (the chart shows the pooled curve of every label) or a threshold per label
 * (the chart and the slider act on the selected label); each mode keeps its own values.
 */
public final class ThresholdExplorer {

    /** How a multi-label model's thresholds are chosen. */
    public enum Mode {
        GLOBAL("One global threshold"), PER_LABEL("Per-label thresholds");

        private final String text;

        Mode(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final Scored scored;
    private final Consumer<List<Double>> sink;
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", ModelBundle.DEFAULT_THRESHOLD);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.GLOBAL);
    private final IntegerProperty label = new SimpleIntegerProperty(this, "label", 0);
    private final ObservableList<Double> perLabel = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ThresholdCurve> curve = new ReadOnlyObjectWrapper<>(this, "curve");
    private final ReadOnlyObjectWrapper<ThresholdPoint> point = new ReadOnlyObjectWrapper<>(this, "point");
    private final ReadOnlyObjectWrapper<MultiLabelScores> scores = new ReadOnlyObjectWrapper<>(this, "scores");
    private final Field<Double> input = new Field<>("threshold", "0.5", Field.decimal("The threshold", 0, 1, false));
    private double global = ModelBundle.DEFAULT_THRESHOLD;

    /**
     * @param initial the run's current thresholds (one per output; others fall back to 0.5)
     * @param sink    receives the chosen thresholds after every change
     */
    public ThresholdExplorer(Scored scored, List<Double> initial, Consumer<List<Double>> sink) {
        this.scored = scored;
        this.sink = sink;
        int outputs = scored.data().outputNames().size();
        List<Double> start = initial.size() == outputs ? initial : Collections.nCopies(outputs, ModelBundle.DEFAULT_THRESHOLD);
        perLabel.setAll(start);
        global = start.get(0);
        if (isMultiLabel() && start.stream().distinct().count() > 1) {
            mode.set(Mode.PER_LABEL);
        }
        threshold.set(global);
        threshold.addListener((obs, old, now) -> moved(now.doubleValue()));
        mode.addListener((obs, old, now) -> show());
        label.addListener((obs, old, now) -> show());
        show();
    }

    private void moved(double t) {
        if (!(t >= 0 && t <= 1)) {
            threshold.set(Double.isNaN(t) ? ModelBundle.DEFAULT_THRESHOLD : Math.max(0, Math.min(1, t)));
            return;
        }
        if (mode.get() == Mode.PER_LABEL) {
            perLabel.set(label.get(), t);
        } else {
            global = t;
        }
        refresh();
    }

    /** Puts the chart, slider and field on the curve of the current mode and label. */
    private void show() {
        curve.set(isMultiLabel() ? (mode.get() == Mode.PER_LABEL ? scored.multiLabel().label(label.get())
                : scored.multiLabel().pooled()) : scored.binary());
        double t = mode.get() == Mode.PER_LABEL ? perLabel.get(label.get()) : global;
        if (t != threshold.get()) {
            threshold.set(t);
        } else {
            refresh();
        }
    }

    private void refresh() {
        double t = threshold.get();
        if (isMultiLabel()) {
            scores.set(scored.multiLabel().at(effective()));
        }
        point.set(curve.get().at(t));
        if (input.value() == null || input.value() != t) {
            input.set(format(t));
        }
        sink.accept(thresholds());
    }

    private double[] effective() {
        double[] t = new double[perLabel.size()];
        for (int j = 0; j < t.length; j++) {
            t[j] = mode.get() == Mode.PER_LABEL ? perLabel.get(j) : global;
        }
        return t;
    }

    /**
     * Moves the threshold to the typed value (Enter, or leaving the field) unless the text is still what the
     * field shows for the current threshold; an invalid text only shows its error.
     */
    public void commitInput() {
        if (input.value() != null && !input.textProperty().get().trim().equals(format(threshold.get()))) {
            threshold.set(input.value());
        }
    }

    /** The thresholds in force, one per output: what the run saves and exports. */
    public List<Double> thresholds() {
        List<Double> out = new ArrayList<>();
        for (double t : effective()) {
            out.add(t);
        }
        return List.copyOf(out);
    }

    /** Moves the threshold of the shown curve (pooled, the selected label's, or the binary one) to its best by {@code metric}. */
    public void best(ThresholdObjective metric) {
        threshold.set(clamp(curve.get().best(metric).threshold()));
    }

    /** Gives every label its own best threshold by {@code metric} and switches to per-label mode. */
    public void bestPerLabel(ThresholdObjective metric) {
        if (!isMultiLabel()) {
            best(metric);
            return;
        }
        usePerLabel(scored.multiLabel().bestThresholds(metric));
    }

    /** Gives label {@code j} the threshold {@code chosen[j]} (clamped to [0, 1]) and switches to per-label mode. */
    public void usePerLabel(double[] chosen) {
        for (int j = 0; j < chosen.length; j++) {
            perLabel.set(j, clamp(chosen[j]));
        }
        if (mode.get() == Mode.PER_LABEL) {
            show();
        } else {
            mode.set(Mode.PER_LABEL);
        }
    }

    /** Back to 0.5: the one threshold, or every label's threshold in per-label mode. */
    public void reset() {
        if (mode.get() == Mode.PER_LABEL) {
            perLabel.replaceAll(t -> ModelBundle.DEFAULT_THRESHOLD);
        }
        global = ModelBundle.DEFAULT_THRESHOLD;
        show();
    }

    private static double clamp(double t) {
        return Math.max(0, Math.min(1, t));
    }

    /** A threshold as the field shows it: four decimals, trailing zeros dropped. */
    public static String format(double t) {
        String s = String.format(Locale.ROOT, "%.4f", t);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }

    public boolean isMultiLabel() {
        return scored.multiLabel() != null;
    }

    public Scored scored() {
        return scored;
    }

    /** The threshold of the shown curve, in [0, 1]; slider, chart marker and field follow it. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The threshold as typed in the field, with its inline error; {@link #commitInput} applies it. */
    public Field<Double> input() {
        return input;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** The label whose threshold the slider moves in per-label mode (index into the output names). */
    public IntegerProperty labelProperty() {
        return label;
    }

    /** Each label's threshold in per-label mode (read-only; move them with the slider or the best buttons). */
    public ObservableList<Double> perLabelThresholds() {
        return FXCollections.unmodifiableObservableList(perLabel);
    }

    /** The curve the chart shows. */
    public ReadOnlyObjectProperty<ThresholdCurve> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    /** Counts and metrics of the shown curve at the threshold; set after {@link #scoresProperty()}, so a listener sees both. */
    public ReadOnlyObjectProperty<ThresholdPoint> pointProperty() {
        return point.getReadOnlyProperty();
    }

    /** Multi-label scores at the thresholds in force (null for binary models). */
    public ReadOnlyObjectProperty<MultiLabelScores> scoresProperty() {
        return scores.getReadOnlyProperty();
    }

    /** What counts as positive on the shown curve, e.g. "Survived=1", "car", or "label" for every label pooled. */
    public String positiveName() {
        if (!isMultiLabel()) {
            return scored.data().outputNames().get(0);
        }
        return mode.get() == Mode.PER_LABEL ? scored.data().outputNames().get(label.get()) : "label";
    }
}
