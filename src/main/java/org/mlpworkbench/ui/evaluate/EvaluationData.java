package org.mlpworkbench.ui.evaluate;

import java.util.List;
import java.util.Objects;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.bundle.ScoredRows;

/**
 * What a model is evaluated on: its outputs and the known targets of the same rows, from a run's
 * validation split or from a labelled file the user loaded. Every chart and table of the Evaluate
 * step is computed from one of these.
 *
 * @param source       in words, e.g. "validation split of Run 3" or "test-labelled.csv"
 * @param recipe       the fitted recipe (task, output names, positive class)
 * @param outputs      one row per evaluated row: probabilities for binary, multi-label and multi-class
 *                     tasks, values in the target's own units for regression
 * @param targets      the known targets as the recipe encodes them (0/1 per output; one-hot for
 *                     multi-class), in the target's own units for regression
 * @param excludedRows rows left out because their target was missing or unknown
 * @param message      why rows were excluded, or empty
 * @param prepared     the same rows as the recipe prepared them (features, encoded targets), for explaining the
 *                     model on them; null where they are not kept
 * @param table        the table the rows came from (the run's training table, or the labelled file), or null
 *                     when it is not at hand; the rows behind a confusion-matrix cell are listed from it
 * @param rowIndices   per evaluated row, its row in {@code table} (rows with a missing target are not
 *                     evaluated, so they have none); null exactly when {@code table} is
 */
public record EvaluationData(String source, FittedRecipe recipe, Matrix outputs, Matrix targets, int excludedRows,
                             String message, Prepared prepared, Table table, int[] rowIndices) {

    /** Outputs and targets alone: nothing to explain the model on, no rows to list. */
    public EvaluationData(String source, FittedRecipe recipe, Matrix outputs, Matrix targets, int excludedRows,
                          String message) {
        this(source, recipe, outputs, targets, excludedRows, message, null, null, null);
    }

    public EvaluationData {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(message, "message");
        if (outputs.rows() != targets.rows() || outputs.cols() != targets.cols()) {
            throw new IllegalArgumentException("outputs are " + outputs.rows() + "×" + outputs.cols()
                    + " but targets " + targets.rows() + "×" + targets.cols());
        }
        if (prepared != null && prepared.features().rows() != outputs.rows()) {
            throw new IllegalArgumentException(prepared.features().rows() + " prepared rows but " + outputs.rows() + " outputs");
        }
        if ((table == null) != (rowIndices == null) || rowIndices != null && rowIndices.length != outputs.rows()) {
            throw new IllegalArgumentException("every evaluated row needs its row of the table");
        }
    }

    /**
     * Scores {@code prepared} (rows prepared by {@code bundle}'s recipe, with targets) with the bundle's
     * model (heavy: off the UI thread).
     */
    public static EvaluationData of(String source, ModelBundle bundle, Prepared prepared) {
        if (!prepared.hasTargets()) {
            throw new IllegalArgumentException(source + " has no target column "
                    + String.join(", ", bundle.recipe().target().columns()) + ", so the model cannot be evaluated on it");
        }
        return of(source, bundle.recipe(), ScoredRows.score(bundle.model(), bundle.recipe(), prepared));
    }

    /** As {@link #of(String, ModelBundle, Prepared)}, keeping {@code table}, the table {@code prepared} came from. */
    public static EvaluationData of(String source, ModelBundle bundle, Table table, Prepared prepared) {
        return of(source, bundle, prepared).from(table, prepared);
    }

    /** As {@link #of(String, FittedRecipe, ScoredRows)}, keeping {@code table}, the table the rows came from. */
    public static EvaluationData of(String source, FittedRecipe recipe, ScoredRows scored, Table table) {
        return of(source, recipe, scored).from(table, scored.rows());
    }

    /** This data with its source table, when {@code prepared}'s row indices all lie in it (else as it is). */
    private EvaluationData from(Table source, Prepared prepared) {
        int[] rows = prepared.rowIndices();
        if (source == null || rows == null || rows.length != outputs.rows()) {
            return this;
        }
        for (int r : rows) {
            if (r < 0 || r >= source.rowCount()) {
                return this;
            }
        }
        return new EvaluationData(this.source, recipe, outputs, targets, excludedRows, message, this.prepared, source,
                rows.clone());
    }

    /** True when the rows behind the numbers can be listed from the source table. */
    public boolean hasTable() {
        return table != null;
    }

    /**
     * Rows already scored (a run's validation rows); regression targets are put back into the target's
     * units like the outputs.
     */
    public static EvaluationData of(String source, FittedRecipe recipe, ScoredRows scored) {
        Prepared rows = scored.rows();
        Matrix targets = recipe.task() == Task.REGRESSION ? recipe.inverseTargets(rows.targets()) : rows.targets();
        return new EvaluationData(source, recipe, scored.outputs(), targets, rows.excludedRows(), rows.message(), rows,
                null, null);
    }

    public Task task() {
        return recipe.task();
    }

    /** The outputs' names, e.g. ["Survived=1"] or ["car", "bicycle", "person", "tree"]. */
    public List<String> outputNames() {
        return recipe.outputNames();
    }

    /** Rows evaluated. */
    public int rows() {
        return outputs.rows();
    }
}
