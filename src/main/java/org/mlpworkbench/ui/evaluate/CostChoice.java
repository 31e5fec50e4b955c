package org.mlpworkbench.ui.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mlpworkbench.metrics.CostCurve;
import org.mlpworkbench.metrics.MultiLabelMetrics;
import org.mlpworkbench.metrics.ThresholdCosts;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.ui.component.Field;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.LatestJob;

/**
 * The costs of the threshold explorer: four fields (true positive, false positive, false negative, true
 * negative; a gain is a negative cost) that act on the curve shown, as the slider does — one set for a binary
 * model and for a multi-label model's global mode, one per label in per-label mode (the first costs typed go
 * to every label). All four blank means no costs. Each change builds the shown curve's {@link CostCurve}
 * (and, for multi-label models, every label's cost-optimal threshold) in a background job; the cost at the
 * current threshold is read from the explorer's point, so a slider move costs nothing more.
 */
public final class CostChoice {

    /** What a job computes: the shown curve's costs, and each label's best threshold by its costs (or null). */
    private record Costed(CostCurve curve, double[] perLabelBest) {
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final ThresholdExplorer explorer;
    private final BackgroundTasks tasks;
    private final Consumer<List<ThresholdCosts>> sink;
    private final int outputs;
    private final List<Field<Double>> fields = new ArrayList<>();
    private final ReadOnlyObjectWrapper<ThresholdCosts> shown = new ReadOnlyObjectWrapper<>(this, "costs");
    private final ReadOnlyObjectWrapper<CostCurve> curve = new ReadOnlyObjectWrapper<>(this, "curve");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final LatestJob job = new LatestJob();
    private final List<ThresholdCosts> perLabel = new ArrayList<>();
    private ThresholdCosts global;
    private double[] perLabelBest;
    private boolean writing;

    /**
     * @param initial the run's costs (one per output, or none)
     * @param sink    receives the costs in force, one per output or none, after every change
     */
    public CostChoice(ThresholdExplorer explorer, List<ThresholdCosts> initial, Consumer<List<ThresholdCosts>> sink,
            BackgroundTasks tasks) {
        this.explorer = explorer;
        this.tasks = tasks;
        this.sink = sink;
        this.outputs = explorer.scored().data().outputNames().size();
        if (initial.size() == outputs) {
            perLabel.addAll(initial);
            global = initial.get(0);
            if (explorer.isMultiLabel() && initial.stream().distinct().count() > 1) {
                explorer.modeProperty().set(ThresholdExplorer.Mode.PER_LABEL);
            }
        }
        for (String name : new String[] {"true positive", "false positive", "false negative", "true negative"}) {
            Field<Double> field = new Field<>(name, "", CostChoice::parse);
            field.textProperty().addListener((obs, old, now) -> typed());
            fields.add(field);
        }
        explorer.modeProperty().addListener((obs, old, now) -> modeChanged());
        explorer.labelProperty().addListener((obs, old, now) -> show());
        show();
    }

    private void modeChanged() {
        show();
        sink.accept(inForce());
    }

    /** Puts the fields on the costs of the shown curve and computes its cost curve. */
    private void show() {
        ThresholdCosts c = perLabelMode() ? (perLabel.isEmpty() ? null : perLabel.get(explorer.labelProperty().get())) : global;
        writing = true;
        double[] values = c == null ? null : new double[] {c.truePositive(), c.falsePositive(), c.falseNegative(), c.trueNegative()};
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).set(values == null ? "" : format(values[i]));
        }
        writing = false;
        error.set("");
        shown.set(c);
        recompute();
    }

    private void typed() {
        if (writing) {
            return;
        }
        long blank = fields.stream().filter(f -> f.textProperty().get().isBlank()).count();
        if (fields.stream().anyMatch(f -> !f.validProperty().get())) {
            error.set(fields.stream().filter(f -> !f.validProperty().get()).findFirst().orElseThrow().errorProperty().get());
            return;
        }
        if (blank > 0 && blank < fields.size()) {
            error.set("Enter all four costs (a gain as a negative cost), or clear all four for none");
            return;
        }
        error.set("");
        ThresholdCosts c = blank > 0 ? null : new ThresholdCosts(fields.get(0).value(), fields.get(1).value(),
                fields.get(2).value(), fields.get(3).value());
        if (c == null) {
            global = null;
            perLabel.clear();
        } else if (global == null || perLabel.isEmpty()) {
            global = c;
            perLabel.clear();
            perLabel.addAll(Collections.nCopies(outputs, c));
        } else if (perLabelMode()) {
            perLabel.set(explorer.labelProperty().get(), c);
        } else {
            global = c;
        }
        shown.set(c);
        sink.accept(inForce());
        recompute();
    }

    private void recompute() {
        ThresholdCosts c = shown.get();
        curve.set(null);
        perLabelBest = null;
        if (c == null) {
            job.cancel();
            return;
        }
        ThresholdCurve of = explorer.curveProperty().get();
        MultiLabelMetrics labels = explorer.scored().multiLabel();
        List<ThresholdCosts> each = List.copyOf(perLabel);
        tasks.job("Costing the thresholds", context -> {
            double[] best = null;
            if (labels != null) {
                best = new double[labels.labels()];
                for (int j = 0; j < best.length; j++) {
                    best[j] = labels.label(j).best(each.get(j)).threshold();
                }
            }
            return new Costed(CostCurve.of(of, c), best);
        }).latestIn(job).onSuccess(r -> {
            perLabelBest = r.perLabelBest();
            curve.set(r.curve());
        }).start();
    }

    private boolean perLabelMode() {
        return explorer.isMultiLabel() && explorer.modeProperty().get() == ThresholdExplorer.Mode.PER_LABEL;
    }

    /** Cancels {@code choice}'s background job, if there is a choice: the screen it served is being replaced. */
    static void close(CostChoice choice) {
        if (choice != null) {
            choice.job.cancel();
        }
    }

    /** The costs in force, one per output, or none. */
    public List<ThresholdCosts> inForce() {
        if (global == null) {
            return List.of();
        }
        return perLabelMode() ? List.copyOf(perLabel) : Collections.nCopies(outputs, global);
    }

    /** Moves the shown curve's threshold to its lowest expected cost (once the cost curve is built). */
    public void best() {
        if (curve.get() != null) {
            explorer.thresholdProperty().set(Math.max(0, Math.min(1, curve.get().best().threshold())));
        }
    }

    /** Gives every label its cost-optimal threshold by its own costs (multi-label, once computed). */
    public void bestPerLabel() {
        if (perLabelBest != null) {
            explorer.usePerLabel(perLabelBest.clone());
        }
    }

    /** The expected cost per row at the explorer's threshold, NaN without costs (allocation-free). */
    public double valueAt(ThresholdPoint p) {
        ThresholdCosts c = shown.get();
        return c == null ? Double.NaN : c.of(p);
    }

    /** TP, FP, FN and TN costs as typed; all blank for none. */
    public List<Field<Double>> fields() {
        return Collections.unmodifiableList(fields);
    }

    /** The costs of the curve shown (null for none). */
    public ReadOnlyObjectProperty<ThresholdCosts> costsProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The shown curve's cost curve; null without costs and while it is built. */
    public ReadOnlyObjectProperty<CostCurve> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    /** Why the typed costs are not used; empty when they are. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private static Double parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String t = text.replace('\u2212', '-');
        if (NUMBER.matcher(t).matches() && Double.isFinite(Double.parseDouble(t))) {
            return Double.parseDouble(t);
        }
        throw new IllegalArgumentException("'" + text + "' is not a number; write a cost such as 5, 0 or -2.5 (a gain)");
    }

    /** A cost as the fields show it: e.g. 5, -2.5, 0.125. */
    static String format(double cost) {
        return BigDecimal.valueOf(cost).stripTrailingZeros().toPlainString();
    }
}
