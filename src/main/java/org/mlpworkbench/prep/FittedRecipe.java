package org.mlpworkbench.prep;

import org.mlpworkbench.data.WorkerThread;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;

/**
 * A recipe fitted on training rows: the fitted column steps (in feature order), the target encoding
 * and the number of training rows the statistics came from. Immutable; applying it to any table gives
 * the same features for the same values. Serialized by {@link RecipeJson}.
 */
public record FittedRecipe(List<FittedStep> steps, TargetEncoding target, int fittedRows) {

    public FittedRecipe {
        steps = List.copyOf(steps);
        Set<String> columns = new HashSet<>();
        Map<String, String> featureOwner = new HashMap<>();
        for (FittedStep step : steps) {
            if (!columns.add(step.column())) {
                throw new RecipeException("column '" + step.column() + "' has more than one step");
            }
            if (target.columns().contains(step.column())) {
                throw new RecipeException("column '" + step.column() + "' is a target and cannot also be an input");
            }
            for (String feature : step.featureNames()) {
                String other = featureOwner.putIfAbsent(feature, step.column());
                if (other != null) {
                    throw new RecipeException("two features would be called '" + feature + "' (from columns '" + other
                            + "' and '" + step.column() + "'); rename one of the columns or change its step");
                }
            }
        }
    }

    public Task task() {
        return target.task();
    }

    /** The name of every feature, in matrix column order. */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>();
        steps.forEach(s -> names.addAll(s.featureNames()));
        return names;
    }

    /** The name of every output, in target matrix column order. */
    public List<String> outputNames() {
        return target.outputNames();
    }

    /** Every input column that produces features, in feature order, with the feature columns it writes. */
    public List<InputFeatures> inputColumns() {
        List<InputFeatures> columns = new ArrayList<>();
        int offset = 0;
        for (FittedStep step : steps) {
            int width = step.featureNames().size();
            if (width > 0) {
                columns.add(new InputFeatures(step.column(), step.featureNames(), offset));
                offset += width;
            }
        }
        return columns;
    }

    /** The fitted step of input column {@code column}. */
    public java.util.Optional<FittedStep> step(String column) {
        return steps.stream().filter(s -> s.column().equals(column)).findFirst();
    }

    /** The input columns a table must have (those not dropped). */
    public List<String> requiredColumns() {
        return steps.stream().filter(s -> !s.featureNames().isEmpty()).map(FittedStep::column).toList();
    }

    /**
     * The features and, when {@code table} has the target columns, the targets of all its rows, leaving
     * out (and counting) rows whose target is missing or unknown. Without target columns (prediction
     * time) every row is kept and {@link Prepared#targets()} is {@code null}. Extra columns are ignored.
     *
     * @throws RecipeException naming every missing required column and every type mismatch
     */
    public Prepared apply(Table table) {
        return apply(table, TaskInference.allRows(table.rowCount()));
    }

    /** As {@link #apply(Table)}, for the given rows of {@code table} only. */
    public Prepared apply(Table table, int[] rows) {
        WorkerThread.require("preparing rows with a recipe");
        boolean withTargets = SchemaCheck.check(this, table);
        Matrix targets = null;
        int[] kept = rows;
        int excluded = 0;
        String message = "";
        if (withTargets) {
            TargetEncoder.Result encoded = TargetEncoder.encode(target, table, rows);
            kept = encoded.kept();
            targets = new Matrix(kept.length, target.outputNames().size(), encoded.data());
            excluded = encoded.missing() + encoded.unknown();
            message = encoded.message(target.columns());
        }
        Matrix features = writeFeatures(table, kept);
        String summary = withTargets ? summary(kept.length)
                : kept.length + " rows × " + features.cols() + (features.cols() == 1 ? " feature" : " features")
                        + " (no target columns: features only)";
        return new Prepared(features, targets, kept, excluded, message, message.isEmpty() ? summary : summary + "; " + message);
    }

    /** The feature matrix of every row of {@code table}, ignoring any target columns. */
    public Matrix features(Table table) {
        SchemaCheck.check(this, table);
        return writeFeatures(table, TaskInference.allRows(table.rowCount()));
    }

    /**
     * Network outputs mapped back to target units: for standardized regression {@code y * scale + center}
     * per output; for other tasks the outputs unchanged.
     */
    public Matrix inverseTargets(Matrix predictions) {
        int k = target.outputNames().size();
        if (predictions.cols() != k) {
            throw new IllegalArgumentException("predictions have " + predictions.cols() + " columns, the recipe has " + k + " outputs");
        }
        if (!(target instanceof TargetEncoding.Regression g)) {
            return predictions;
        }
        float[] out = predictions.data().clone();
        for (int j = 0; j < k; j++) {
            double scale = g.scales().get(j);
            double center = g.centers().get(j);
            for (int at = j; at < out.length; at += k) {
                out[at] = (float) (out[at] * scale + center);
            }
        }
        return new Matrix(predictions.rows(), k, out);
    }

    /** What the UI shows live, e.g. {@code "891 rows × 10 features → 1 output (binary: Survived=1)"}. */
    public String summary(int rows) {
        int features = featureNames().size();
        int outputs = target.outputNames().size();
        return rows + " rows × " + features + (features == 1 ? " feature" : " features") + " → " + outputs
                + (outputs == 1 ? " output" : " outputs") + " (" + target.describe() + ")";
    }

    private Matrix writeFeatures(Table table, int[] rows) {
        int width = featureNames().size();
        float[] out = new float[Math.multiplyExact(rows.length, width)];
        int offset = 0;
        for (FittedStep step : steps) {
            int w = step.featureNames().size();
            if (w > 0) {
                step.write(table.column(step.column()), rows, out, width, offset);
                offset += w;
            }
        }
        return new Matrix(rows.length, width, out);
    }
}
