package org.mlpworkbench.prep;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.Table;

/**
 * Checks that a table can be fed to a fitted recipe: every required input column present and readable
 * by its step, and the target columns either all present (with numbers for regression) or all absent.
 * Extra columns are ignored. All problems are reported together, each naming its column.
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    /** Whether {@code table} has the target columns; a {@link RecipeException} listing every problem otherwise. */
    static boolean check(FittedRecipe recipe, Table table) {
        List<String> problems = new ArrayList<>();
        FittedStep.Mismatch first = null;
        for (FittedStep step : recipe.steps()) {
            if (step.featureNames().isEmpty()) {
                continue;
            }
            Column column = table.find(step.column()).orElse(null);
            if (column == null) {
                problems.add("required column '" + step.column() + "' is missing");
            } else {
                FittedStep.Mismatch mismatch = step.incompatibility(column);
                if (mismatch != null) {
                    problems.add(mismatch.problem());
                    first = first == null ? mismatch : first;
                }
            }
        }
        List<String> targets = recipe.target().columns();
        List<String> present = targets.stream().filter(t -> table.find(t).isPresent()).toList();
        if (!present.isEmpty() && present.size() < targets.size()) {
            List<String> absent = targets.stream().filter(t -> !present.contains(t)).toList();
            problems.add("target column" + (present.size() == 1 ? " " : "s ") + String.join(", ", present)
                    + (present.size() == 1 ? " is" : " are") + " present but " + String.join(", ", absent)
                    + (absent.size() == 1 ? " is" : " are") + " missing; give all target columns or none");
        }
        if (present.size() == targets.size() && recipe.target() instanceof TargetEncoding.Regression) {
            for (String t : targets) {
                int row = NumericView.firstNonNumberRow(table.column(t));
                if (row >= 0) {
                    FittedStep.Mismatch mismatch = new FittedStep.Mismatch(row, "regression target '" + t
                            + "' must hold numbers, as in training, but holds '" + table.column(t).text(row) + "'");
                    problems.add(mismatch.problem());
                    first = first == null ? mismatch : first;
                }
            }
        }
        if (!problems.isEmpty()) {
            List<String> located = problems.stream().map(p -> table.source() + ": " + p).toList();
            throw first == null ? new RecipeException(located)
                    : new RecipeException(located, first.row(), first.problem());
        }
        return present.size() == targets.size();
    }
}
