package org.mlpworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.ColumnStep;
import org.mlpworkbench.prep.DefaultRecipe;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.Task;
import picocli.CommandLine.Option;

/**
 * The options {@code train} and {@code cv} share on what to learn: the file, the target(s), the task and
 * extra columns to drop; columns are dropped and encoded as the app proposes for the file.
 */
final class DataOptions {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Training CSV file.")
    Path data;

    @Option(names = "--target", required = true, split = ",", paramLabel = "COL",
            description = "Target column(s), comma-separated (several 0/1 columns: multi-label).")
    List<String> targets;

    @Option(names = "--task", paramLabel = "TASK", converter = Converters.TaskConverter.class,
            description = "binary, multiclass, multilabel or regression (default: inferred from the target).")
    Task task;

    @Option(names = "--drop", split = ",", paramLabel = "COL",
            description = "Columns to leave out, in addition to those dropped by default (identifiers, free text).")
    List<String> drop = new ArrayList<>();

    /** The app's default recipe for these targets, with the task and the extra drops applied. */
    Recipe recipe(Table table) {
        for (String column : targets) {
            table.column(column);
        }
        for (String column : drop) {
            table.column(column);
            if (targets.contains(column)) {
                throw new UserInputException("--drop: '" + column + "' is a target column");
            }
        }
        Recipe recipe = defaults(table).recipe();
        if (task != null) {
            recipe = recipe.withTask(task);
        }
        for (String column : drop) {
            recipe = recipe.withStep(column, ColumnStep.DROP);
        }
        return recipe;
    }

    /** Each column that is not used, with the reason ("dropped by --drop" for the user's own drops). */
    Map<String, String> dropped(Table table, Recipe recipe) {
        Map<String, String> reasons = new LinkedHashMap<>();
        DefaultRecipe defaults = defaults(table);
        for (String column : table.columnNames()) {
            if (!targets.contains(column) && recipe.step(column) instanceof ColumnStep.Drop) {
                reasons.put(column, drop.contains(column) ? "dropped by --drop" : defaults.reason(column));
            }
        }
        return reasons;
    }

    private DefaultRecipe defaults(Table table) {
        return Recipe.defaults(table, targets);
    }
}
