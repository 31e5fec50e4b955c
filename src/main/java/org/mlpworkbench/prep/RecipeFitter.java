package org.mlpworkbench.prep;

import org.mlpworkbench.data.WorkerThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.data.Table;

/**
 * Fits a {@link Recipe} on training rows: first the target encoding, then every column step on the
 * training rows whose target is present, so no statistic ever sees a validation row.
 */
public final class RecipeFitter {

    private RecipeFitter() {
    }

    /**
     * A recipe fitted on a training table and applied to it and to a validation table (or fold);
     * {@code validation} is null only from {@link #fitForTraining} when no row was held out.
     */
    public record PreparedSplit(FittedRecipe recipe, Prepared train, Prepared validation) {

        /** Rows held out (0 when none). */
        public int validationRows() {
            return validation == null ? 0 : validation.features().rows();
        }
    }

    /** Fits {@code recipe} on all rows of {@code train}. */
    public static FittedRecipe fit(Table train, Recipe recipe) {
        return fit(train, TaskInference.allRows(train.rowCount()), recipe);
    }

    /**
     * Fits {@code recipe} on the given rows of {@code table} only.
     *
     * @throws RecipeException listing every column the recipe cannot be fitted on, and why
     */
    public static FittedRecipe fit(Table table, int[] rows, Recipe recipe) {
        WorkerThread.require("fitting a recipe");
        List<String> problems = new ArrayList<>();
        for (String column : recipe.steps().keySet()) {
            if (table.find(column).isEmpty()) {
                problems.add("the recipe has a step for column '" + column + "', which " + table.source() + " does not have");
            }
        }
        if (!problems.isEmpty()) {
            throw new RecipeException(problems);
        }
        TargetEncoding target = TargetFitter.fit(table, rows, recipe);
        int[] kept = TargetEncoder.encode(target, table, rows).kept();
        List<FittedStep> steps = new ArrayList<>();
        for (Map.Entry<String, ColumnStep> e : recipe.steps().entrySet()) {
            try {
                steps.add(StepFitter.fit(e.getValue(), table.column(e.getKey()), kept));
            } catch (RecipeException ex) {
                problems.addAll(ex.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RecipeException(problems);
        }
        return new FittedRecipe(steps, target, kept.length);
    }

    /** Fits on the split's training rows of {@code table}, then prepares its training and validation rows. */
    public static PreparedSplit fitAndApply(Table table, Recipe recipe, Split split) {
        FittedRecipe fitted = fit(table, split.train(), recipe);
        return new PreparedSplit(fitted, fitted.apply(table, split.train()), fitted.apply(table, split.validation()));
    }

    /**
     * The rows a training run learns from, the same in the app and on the command line: {@code validationShare}
     * of the rows held out with {@code seed} (stratified for classification, see {@link Splits#trainValidation}),
     * the recipe fitted on the rest; with a share of 0, or when the share rounds to no row, the recipe is fitted
     * on every row and the validation part is null.
     */
    public static PreparedSplit fitForTraining(Table table, Recipe recipe, double validationShare, long seed) {
        if (validationShare <= 0) {
            FittedRecipe fitted = fit(table, recipe);
            return new PreparedSplit(fitted, fitted.apply(table), null);
        }
        PreparedSplit split = fitAndApply(table, recipe, Splits.trainValidation(table, recipe, validationShare, seed));
        return split.validationRows() == 0 ? new PreparedSplit(split.recipe(), split.train(), null) : split;
    }
}
