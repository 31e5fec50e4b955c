package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.BandPoint;
import org.mlpworkbench.metrics.MetricSummary;
import org.mlpworkbench.metrics.OutOfFoldCurve;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.train.TrainingControl;
import org.mlpworkbench.ui.component.CurvePoint;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.RunSettings;

/**
 * The outcome of cross-validating a run's settings: every fold's metrics with their mean and standard
 * deviation, and for binary models the out-of-fold threshold curve (each row scored by the fold model
 * that did not train on it) with the spread of the folds' accuracy at each threshold. Toolkit-free;
 * {@link #compute} is the synchronous core the view-model's job wraps.
 *
 * @param outOfFold null unless the task is binary
 * @param thresholds the thresholds the folds were scored at (empty for multi-class and regression)
 */
public record CrossValidationResult(Task task, List<Map<String, Double>> folds, Map<String, MetricSummary> summary,
                                    OutOfFoldCurve outOfFold, List<Double> thresholds) {

    /** Points of the pooled curve used for the accuracy band. */
    static final int BAND_POINTS = 400;

    /** One metric across the folds, as a row of the table. */
    public record MetricRow(String name, List<Double> perFold, MetricSummary summary) {
    }

    public CrossValidationResult {
        folds = List.copyOf(folds);
        summary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(summary));
        thresholds = List.copyOf(thresholds);
    }

    /**
     * Cross-validates {@code settings} on {@code preparation}'s data with {@code k} folds (stratified for
     * classification, seeded by the run's seed; the recipe refitted on each fold's training rows), on
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
                preparation.recipe(), fitted -> settings.spec(fitted.featureNames().size(), fitted.outputNames().size()),
                settings.config(), k, scoredAt.isEmpty() ? null : scoredAt, recording, control);
        OutOfFoldCurve curve = report.task() == Task.BINARY ? OutOfFoldCurve.ofPredictions(outputs, targets) : null;
        return new CrossValidationResult(report.task(), report.folds(), report.summary(), curve, scoredAt);
    }

    /** The table: one row per metric with each fold's value and the summary. */
    public List<MetricRow> rows() {
        List<MetricRow> out = new ArrayList<>();
        for (Map.Entry<String, MetricSummary> e : summary.entrySet()) {
            out.add(new MetricRow(e.getKey(), folds.stream().map(f -> f.get(e.getKey())).toList(), e.getValue()));
        }
        return out;
    }

    /** The accuracy band across folds at up to {@link #BAND_POINTS} thresholds of the pooled curve; empty unless binary. */
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

    /** The table as tab-separated text: metric, each fold, mean, sd, min, max. */
    public String metricsText() {
        List<String> header = new ArrayList<>(List.of("metric"));
        for (int f = 1; f <= folds.size(); f++) {
            header.add("fold " + f);
        }
        header.addAll(List.of("mean", "sd", "min", "max"));
        StringBuilder text = new StringBuilder(MetricFormat.row(header));
        for (MetricRow r : rows()) {
            List<String> cells = new ArrayList<>(List.of(r.name()));
            r.perFold().forEach(v -> cells.add(MetricFormat.copied(v)));
            MetricSummary s = r.summary();
            for (double v : new double[] {s.mean(), s.std(), s.min(), s.max()}) {
                cells.add(MetricFormat.copied(v));
            }
            text.append(MetricFormat.row(cells));
        }
        return text.toString();
    }
}
