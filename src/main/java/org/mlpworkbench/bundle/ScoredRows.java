package org.mlpworkbench.bundle;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.model.Mlp;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;

/**
 * Rows as a recipe prepared them, with a model's outputs on them (probabilities, or values in the target's
 * units for regression): a run's validation rows, scored once when it ends and then read by everything
 * that shows or saves its metrics.
 */
public record ScoredRows(Prepared rows, Matrix outputs) {

    public ScoredRows {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(outputs, "outputs");
    }

    /** Scores {@code rows} with {@code model} (heavy: off the UI thread); null when {@code rows} is null. */
    public static ScoredRows score(Mlp model, FittedRecipe recipe, Prepared rows) {
        return rows == null ? null : new ScoredRows(rows, recipe.inverseTargets(model.predict(rows.features())));
    }

    /** The task's metrics on these rows at {@code thresholds} (one per output; empty where the task has none). */
    public Map<String, Double> metrics(FittedRecipe recipe, List<Double> thresholds) {
        return Evaluation.metrics(recipe, outputs, rows.targets(), thresholds);
    }
}
