package org.mlpworkbench.ui.session;

import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.Task;

/**
 * The Prepare step's result: the recipe the user settled on for {@code data}, and that recipe fitted
 * on all rows (for the summary and the feature names; training fits it again on its training split
 * only, so no validation row leaks into a statistic).
 */
public record Preparation(DataSet data, Recipe recipe, FittedRecipe fittedOnAllRows) {

    public Task task() {
        return fittedOnAllRows.task();
    }
}
