package org.mlpworkbench.ui.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.BandPoint;
import org.mlpworkbench.metrics.MetricSummary;
import org.mlpworkbench.metrics.OutOfFoldCurve;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.train.TrainingControl;
import org.mlpworkbench.ui.component.CurvePoint;

/**
 * The outcome of cross-validating a run's settings: every fold's metrics with their mean and standard
 * deviation, and for binary and multi-label models each fold's out-of-fold predictions (each row scored by the fold
 * model that did not train on it), from which the out-of-fold threshold curve and the spread of the
 * folds' accuracy at each threshold follow. A run keeps its result ({@link RunRecord#crossValidationProperty()})
 * and a project saves it. Toolkit-free; {@link #compute} is the synchronous core the view-model's job wraps.
 *
 * <p>A value: equal when its data are equal. The out-of-fold curve is built once, where the result is
 * made (the cross-validation job, or reading a project), not on the UI thread that draws it.
 */
public final class CrossValidationResult {

    /** Points of the pooled curve used for the accuracy band. */
    static final int BAND_POINTS = 400;

    /** One metric across the folds, as a row of the table. */
    public record MetricRow(String name, List<Double> perFold, MetricSummary summary) {
    }

    private final Task task;
    private final List<Map<String, Double>> folds;
    private final Map<String, MetricSummary> summary;
    private final List<Double> thresholds;
    private final List<Matrix> foldOutputs;
    private final List<Matrix> foldTargets;
    private final OutOfFoldCurve outOfFold;

    /**
     * @param thresholds  the thresholds the folds were scored at (empty for multi-class and regression)
     * @param foldOutputs each fold's predicted probabilities on its held-out rows; empty unless the task is
     *                    binary or multi-label
     * @param foldTargets each fold's targets on those rows; empty unless the task is binary or multi-label
     */
    public CrossValidationResult(Task task, List<Map<String, Double>> folds, Map<String, MetricSummary> summary,
                                 List<Double> thresholds, List<Matrix> foldOutputs, List<Matrix> foldTargets) {
        if (foldOutputs.size() != foldTargets.size() || !foldOutputs.isEmpty() && foldOutputs.size() != folds.size()) {
            throw new IllegalArgumentException("expected the predictions of all " + folds.size() + " folds, got "
                    + foldOutputs.size() + " outputs and " + foldTargets.size() + " targets");
        }
        this.task = task;
        this.folds = folds.stream().map(f -> Collections.unmodifiableMap(new LinkedHashMap<>(f))).toList();
        this.summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        this.thresholds = List.copyOf(thresholds);
        this.foldOutputs = List.copyOf(foldOutputs);
        this.foldTargets = List.copyOf(foldTargets);
        this.outOfFold = foldOutputs.isEmpty() ? null : OutOfFoldCurve.ofPredictions(foldOutputs, foldTargets);
    }

    public Task task() {
        return task;
    }

    /** Each fold's metrics by name. */
    public List<Map<String, Double>> folds() {
        return folds;
    }

    /** Each metric's mean, standard deviation, minimum and maximum over the folds. */
    public Map<String, MetricSummary> summary() {
        return summary;
    }

    public List<Double> thresholds() {
        return thresholds;
    }

    public List<Matrix> foldOutputs() {
        return foldOutputs;
    }

    public List<Matrix> foldTargets() {
        return foldTargets;
    }

    /**
     * The out-of-fold threshold curve (each fold's and the pooled; for multi-label models pooled over the
     * labels, so its accuracy is {@code mean((p > t) == target)} over every row and label), or null unless
     * the task is binary or multi-label.
     */
    public OutOfFoldCurve outOfFold() {
        return outOfFold;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CrossValidationResult r && task == r.task && folds.equals(r.folds)
                && summary.equals(r.summary) && thresholds.equals(r.thresholds) && foldOutputs.equals(r.foldOutputs)
                && foldTargets.equals(r.foldTargets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(task, folds, summary, thresholds, foldOutputs, foldTargets);
    }

    @Override
    public String toString() {
        return "CrossValidationResult[task=" + task + ", folds=" + folds + ", summary=" + summary + ", thresholds="
                + thresholds + ", foldOutputs=" + foldOutputs + ", foldTargets=" + foldTargets + "]";
    }

    /**
     * Cross-validates {@code settings} on {@code preparation}'s data with {@code k} folds (stratified for
     * classification, seeded by the run's seed; the recipe refitted on each fold's training rows; with
     * early stopping, the run's validation share of each fold's training rows held out to watch), on
     * the calling thread, scoring binary and multi-label folds at {@code thresholds}.
     *
     * @throws java.util.concurrent.CancellationException when {@code control} asks to stop
     */
    public static CrossValidationResult compute(Preparation preparation, RunSettings settings, int k,
                                                List<Double> thresholds, BundleTrainer.CrossValidationListener listener,
                                                TrainingControl control) {
        List<Matrix> outputs = new ArrayList<>();
        List<Matrix> targets = new ArrayList<>();
        List<Double> scoredAt = preparation.task() == Task.BINARY || preparation.task() == Task.MULTI_LABEL
                ? thresholds : List.of();
        BundleTrainer.CrossValidationListener recording = new BundleTrainer.CrossValidationListener() {
            @Override
            public void foldStarted(int fold, int folds, int trainRows, int validationRows) {
                listener.foldStarted(fold, folds, trainRows, validationRows);
            }

            @Override
            public void onEpoch(int fold, org.mlpworkbench.train.EpochStats stats) {
                listener.onEpoch(fold, stats);
            }

            @Override
            public void foldScored(int fold, FittedRecipe recipe, Matrix foldOutputs, Matrix foldTargets) {
                outputs.add(foldOutputs);
                targets.add(foldTargets);
                listener.foldScored(fold, recipe, foldOutputs, foldTargets);
            }

            @Override
            public void foldFinished(int fold, Map<String, Double> metrics) {
                listener.foldFinished(fold, metrics);
            }
        };
        BundleTrainer.CrossValidationReport report = BundleTrainer.crossValidate(preparation.data().table(),
                preparation.recipe(), settings.network()::spec,
                settings.config(), settings.validationShare(), k, scoredAt.isEmpty() ? null : scoredAt, recording, control);
        boolean curve = report.task() == Task.BINARY || report.task() == Task.MULTI_LABEL;
        return new CrossValidationResult(report.task(), report.folds(), report.summary(), scoredAt,
                curve ? outputs : List.of(), curve ? targets : List.of());
    }

    /** The table: one row per metric with each fold's value and the summary. */
    public List<MetricRow> rows() {
        List<MetricRow> out = new ArrayList<>();
        for (Map.Entry<String, MetricSummary> e : summary.entrySet()) {
            out.add(new MetricRow(e.getKey(), folds.stream().map(f -> f.get(e.getKey())).toList(), e.getValue()));
        }
        return out;
    }

    /** The accuracy band across folds at up to {@link #BAND_POINTS} thresholds of the pooled curve; empty without {@link #outOfFold()}. */
    public List<BandPoint> band() {
        return outOfFold == null ? List.of() : outOfFold.band(outOfFold.pooled().sample(BAND_POINTS));
    }

    /**
     * {@code value} of the band as a curve over thresholds in [0, 1]: the "everything positive" point
     * (threshold −∞) is drawn at 0, and the last point is carried to 1 (where nothing is positive).
     */
    public static List<CurvePoint> bandCurve(List<BandPoint> band, java.util.function.ToDoubleFunction<BandPoint> value) {
        List<CurvePoint> out = new ArrayList<>(band.size() + 1);
        for (BandPoint p : band) {
            out.add(new CurvePoint(Math.max(0, p.threshold()), value.applyAsDouble(p)));
        }
        if (!band.isEmpty() && band.get(band.size() - 1).threshold() < 1) {
            out.add(new CurvePoint(1, value.applyAsDouble(band.get(band.size() - 1))));
        }
        return out;
    }
}
