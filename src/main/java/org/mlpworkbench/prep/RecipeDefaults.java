package org.mlpworkbench.prep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnSummary;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.NumericColumn;
import org.mlpworkbench.data.Table;

/**
 * The default step of every column, from its inferred type and summary, with a reason for each:
 * identifiers (and numeric row numbers: consecutive whole numbers, each once), constants and empty
 * columns are dropped; free text is dropped, or reduced to a
 * missing-value indicator when many values are missing (e.g. Titanic's Cabin); numbers are median-imputed
 * and standardized; categories are one-hot encoded (the {@value #CATEGORY_CAP} most frequent at most,
 * the rest as "other"), mode-imputed when few values are missing, a category of their own otherwise;
 * booleans become 0/1. Regression targets are standardized (so the network learns values near 0 whatever
 * the target's units; predictions are put back into them). A column that restates the target in another form (a list of the target labels,
 * or one label of a label-set target) is dropped, because it would give the answer away ({@link TargetLeaks}).
 */
final class RecipeDefaults {

    /** At most this many one-hot categories by default; the rest share an "other" feature. */
    static final int CATEGORY_CAP = 20;
    /** A categorical column with at most this share of missing values is mode-imputed by default. */
    static final double FEW_MISSING = 0.05;
    /** A free-text column with at least this share of missing values keeps a missing indicator by default. */
    static final double MOSTLY_MISSING = 0.2;

    private RecipeDefaults() {
    }

    static DefaultRecipe of(Table table, List<String> targets) {
        for (String t : targets) {
            table.column(t);
        }
        Map<String, ColumnStep> steps = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        String targetReason;
        try {
            TaskInference.Guess guess = TaskInference.infer(table, targets, null);
            targetReason = "target — " + guess.reason() + (guess.task() == Task.REGRESSION
                    ? "; standardized for training (predictions are given back in its own units)" : "");
        } catch (RecipeException e) {
            targetReason = "target — " + e.getMessage();
        }
        Map<String, String> leaks = TargetLeaks.of(table, targets);
        for (Column column : table.columns()) {
            String name = column.name();
            if (targets.contains(name)) {
                reasons.put(name, targetReason);
                continue;
            }
            Choice choice = leaks.containsKey(name) ? new Choice(ColumnStep.DROP, leaks.get(name)) : choose(column.summary());
            steps.put(name, choice.step());
            reasons.put(name, choice.reason());
        }
        return new DefaultRecipe(new Recipe(targets, null, null, steps, null, true), reasons);
    }

    private record Choice(ColumnStep step, String reason) {
    }

    private static Choice choose(ColumnSummary s) {
        if (s.present() == 0) {
            return new Choice(ColumnStep.DROP, "dropped — every value is missing");
        }
        if (s.type() == ColumnType.NUMERIC && isRowNumber(s)) {
            return new Choice(ColumnStep.DROP, "dropped — the whole numbers " + NumericColumn.format(s.min()) + " to "
                    + NumericColumn.format(s.max()) + ", each once: a row number or identifier carries no signal");
        }
        String missing = s.missing() == 0 ? "" : s.missing() == 1 ? "1 missing value " : s.missing() + " missing values ";
        return switch (s.type()) {
            case IDENTIFIER -> new Choice(ColumnStep.DROP, "dropped — unique per row (" + s.distinct()
                    + " distinct values in " + s.present() + " rows); an identifier carries no signal");
            case CONSTANT -> new Choice(ColumnStep.DROP, "dropped — the same value ('" + s.top().get(0).value()
                    + "') in every row carries no signal");
            case TEXT -> s.missing() >= MOSTLY_MISSING * s.rows()
                    ? new Choice(ColumnStep.MISSING_INDICATOR_ONLY, "missing indicator only — free text with "
                            + s.distinct() + " distinct values is too varied to encode, but " + s.missing() + " of " + s.rows()
                            + " rows have none, and whether it is recorded may carry signal; drop it if not")
                    : new Choice(ColumnStep.DROP, "dropped — free text with " + s.distinct() + " distinct values in "
                            + s.present() + " rows is too varied to learn from");
            case NUMERIC -> new Choice(new ColumnStep.Numeric(ColumnStep.Scaling.STANDARDIZE, ColumnStep.Imputation.MEDIAN, 0, false),
                    "numeric — standardized with the training mean and standard deviation"
                            + (missing.isEmpty() ? "" : "; " + missing + (s.missing() == 1 ? "is" : "are") + " filled with the training median"
                            + " (add a 'was missing' indicator if missingness may matter)"));
            case BOOLEAN -> new Choice(new ColumnStep.Bool(false), "boolean — 0/1"
                    + (missing.isEmpty() ? "" : "; " + missing + verb(s.missing(), "take") + " the most frequent value"));
            case CATEGORICAL -> categorical(s, missing);
        };
    }

    private static Choice categorical(ColumnSummary s, String missing) {
        boolean capped = s.distinct() > CATEGORY_CAP;
        boolean few = s.missing() <= FEW_MISSING * s.rows();
        ColumnStep step = new ColumnStep.Categorical(ColumnStep.Encoding.ONE_HOT, capped ? CATEGORY_CAP : 0,
                few ? ColumnStep.MissingPolicy.MODE : ColumnStep.MissingPolicy.AS_CATEGORY, List.of());
        String reason = "categorical — one-hot, " + (capped ? "the " + CATEGORY_CAP + " most frequent of " + s.distinct()
                + " categories, the rest as 'other'" : s.distinct() + " categories");
        if (!missing.isEmpty()) {
            reason += "; " + missing + (few ? verb(s.missing(), "take") + " the most frequent category"
                    : s.missing() == 1 ? "forms a category of its own" : "form a category of their own");
        }
        return new Choice(step, reason + (capped ? "; categories not seen in training count as 'other'"
                : "; a category not seen in training gets all zeros"));
    }

    /** Consecutive whole numbers, each once, in every one of at least 20 rows: a row number typed as a number. */
    private static boolean isRowNumber(ColumnSummary s) {
        return s.missing() == 0 && s.rows() >= 20 && s.distinct() == s.rows() && s.min() == Math.rint(s.min())
                && s.max() - s.min() + 1 == s.rows();
    }

    private static String verb(int count, String plural) {
        return count == 1 ? plural + "s" : plural;
    }
}
