package org.mlpworkbench.ui.prepare;

import java.util.List;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.DefaultRecipe;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.RecipeException;
import org.mlpworkbench.prep.RecipeFitter;
import org.mlpworkbench.prep.TaskInference;
import org.mlpworkbench.ui.task.Job;
import org.mlpworkbench.ui.task.JobContext;

/**
 * The background job of the Prepare step. With no recipe it starts from the default recipe of the
 * chosen targets; it infers the task, fits the recipe on all rows and prepares the first rows for the
 * feature preview. A choice the recipe cannot honour (e.g. a target with one value) is a result with
 * a {@code problem}, shown inline, not an error.
 */
final class PrepareJob implements Job<PrepareJob.Result> {

    /** Rows shown in the feature preview. */
    static final int PREVIEW_ROWS = 8;

    /**
     * @param defaults the default recipe when the job computed it, else null
     * @param recipe   the recipe fitted (null when even the defaults failed)
     * @param guess    the inferred task and why (null when inference failed)
     * @param fitted   the fitted recipe (null on a problem)
     * @param preview  the first rows prepared (null on a problem)
     * @param problem  why the recipe cannot be fitted (null when it was)
     */
    record Result(DefaultRecipe defaults, Recipe recipe, TaskInference.Guess guess, FittedRecipe fitted,
                  Prepared preview, String problem) {
    }

    private final Table table;
    private final List<String> targets;
    private final Recipe recipe;

    /** @param recipe the user's recipe, or null to start from the defaults of {@code targets} */
    PrepareJob(Table table, List<String> targets, Recipe recipe) {
        this.table = table;
        this.targets = List.copyOf(targets);
        this.recipe = recipe;
    }

    @Override
    public Result run(JobContext context) {
        if (targets.isEmpty()) {
            return new Result(null, null, null, null, null, "Choose the column to predict (the target).");
        }
        DefaultRecipe defaults = recipe == null ? Recipe.defaults(table, targets) : null;
        Recipe chosen = recipe == null ? defaults.recipe() : recipe;
        TaskInference.Guess guess;
        try {
            guess = TaskInference.infer(table, targets, chosen.labelDelimiter());
        } catch (RecipeException e) {
            return new Result(defaults, chosen, null, null, null, e.getMessage());
        }
        context.throwIfCancelled();
        try {
            FittedRecipe fitted = RecipeFitter.fit(table, chosen);
            context.throwIfCancelled();
            int n = Math.min(PREVIEW_ROWS, table.rowCount());
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = i;
            }
            return new Result(defaults, chosen, guess, fitted, fitted.apply(table, rows), null);
        } catch (RecipeException e) {
            return new Result(defaults, chosen, guess, null, null, e.getMessage());
        }
    }
}
