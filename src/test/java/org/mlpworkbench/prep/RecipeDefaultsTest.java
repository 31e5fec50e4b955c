package org.mlpworkbench.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.NumericColumn;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.ColumnStep.Categorical;
import org.mlpworkbench.prep.ColumnStep.Encoding;
import org.mlpworkbench.prep.ColumnStep.MissingPolicy;

/** The default step of each kind of column, and the sentence that explains it. */
class RecipeDefaultsTest {

    private static final double NA = Double.NaN;

    private static String[] repeat(int n, java.util.function.IntFunction<String> value) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = value.apply(i);
        }
        return out;
    }

    @Test
    void everyKindOfColumnGetsAnExplainedDefault() {
        int n = 40;
        Table table = Table.of("hand.csv",
                NumericColumn.wrap("id", ColumnType.IDENTIFIER, java.util.stream.IntStream.range(0, n).asDoubleStream().toArray()),
                CategoricalColumn.of("country", ColumnType.CONSTANT, repeat(n, i -> "NL")),
                NumericColumn.of("empty", java.util.stream.IntStream.range(0, n).mapToDouble(i -> NA).toArray()),
                CategoricalColumn.of("note", ColumnType.TEXT, repeat(n, i -> "note " + i)),
                CategoricalColumn.of("cabin", ColumnType.TEXT, repeat(n, i -> i % 2 == 0 ? null : "C" + i)),
                CategoricalColumn.of("city", repeat(n, i -> "city" + (i % 25))),
                CategoricalColumn.of("colour", repeat(n, i -> i % 4 == 0 ? null : i % 3 == 0 ? "red" : "blue")),
                CategoricalColumn.of("member", ColumnType.BOOLEAN, repeat(n, i -> i == 5 ? null : i % 2 == 0 ? "no" : "yes")),
                NumericColumn.of("income", java.util.stream.IntStream.range(0, n).mapToDouble(i -> i * 1000).toArray()),
                NumericColumn.of("row", java.util.stream.IntStream.range(0, n).mapToDouble(i -> (i * 7) % n + 1).toArray()),
                CategoricalColumn.of("y", ColumnType.BOOLEAN, repeat(n, i -> i % 3 == 1 ? "1" : "0")));
        DefaultRecipe defaults = Recipe.defaults(table, List.of("y"));
        Map<String, ColumnStep> steps = defaults.recipe().steps();
        assertThat(steps.get("id")).isEqualTo(ColumnStep.DROP);
        assertThat(steps.get("country")).isEqualTo(ColumnStep.DROP);
        assertThat(steps.get("empty")).isEqualTo(ColumnStep.DROP);
        assertThat(steps.get("note")).isEqualTo(ColumnStep.DROP);
        assertThat(steps.get("cabin")).isEqualTo(ColumnStep.MISSING_INDICATOR_ONLY);
        assertThat(steps.get("city")).isEqualTo(new Categorical(Encoding.ONE_HOT, 20, MissingPolicy.MODE, List.of()));
        assertThat(steps.get("colour")).isEqualTo(new Categorical(Encoding.ONE_HOT, 0, MissingPolicy.AS_CATEGORY, List.of()));
        assertThat(steps.get("member")).isEqualTo(new ColumnStep.Bool(false));
        assertThat(steps.get("income")).isEqualTo(new ColumnStep.Numeric(ColumnStep.Scaling.STANDARDIZE, ColumnStep.Imputation.MEDIAN, 0, false));
        assertThat(steps.get("row")).isEqualTo(ColumnStep.DROP);
        assertThat(steps).doesNotContainKey("y");
        assertThat(defaults.reasons()).containsExactly(
                Map.entry("id", "dropped — unique per row (40 distinct values in 40 rows); an identifier carries no signal"),
                Map.entry("country", "dropped — the same value ('NL') in every row carries no signal"),
                Map.entry("empty", "dropped — every value is missing"),
                Map.entry("note", "dropped — free text with 40 distinct values in 40 rows is too varied to learn from"),
                Map.entry("cabin", "missing indicator only — free text with 20 distinct values is too varied to encode, but 20 of 40"
                        + " rows have none, and whether it is recorded may carry signal; drop it if not"),
                Map.entry("city", "categorical — one-hot, the 20 most frequent of 25 categories, the rest as 'other';"
                        + " categories not seen in training count as 'other'"),
                Map.entry("colour", "categorical — one-hot, 2 categories; 10 missing values form a category of their own;"
                        + " a category not seen in training gets all zeros"),
                Map.entry("member", "boolean — 0/1; 1 missing value takes the most frequent value"),
                Map.entry("income", "numeric — standardized with the training mean and standard deviation"),
                Map.entry("row", "dropped — the whole numbers 1 to 40, each once: a row number or identifier carries no signal"),
                Map.entry("y", "target — y is boolean (0/1): binary, positive class '1'"));
        FittedRecipe fitted = RecipeFitter.fit(table, defaults.recipe());
        assertThat(fitted.featureNames()).hasSize(1 + 21 + 3 + 1 + 1).contains("cabin_missing", "city=(other)", "colour=(missing)");
    }

    @Test
    void anImpossibleTargetStillGivesDefaultsWithTheReason() {
        Table table = Table.of("t", NumericColumn.of("x", 1, 2), NumericColumn.of("c", 4, 4));
        DefaultRecipe defaults = Recipe.defaults(table, List.of("c"));
        assertThat(defaults.reason("c")).isEqualTo("target — target 'c' has a single value ('4') in the training rows: there is nothing to predict");
        assertThatThrownBy(() -> RecipeFitter.fit(table, defaults.recipe())).isInstanceOf(RecipeException.class);
    }

    @Test
    void recipesRefuseContradictions() {
        assertThatThrownBy(() -> new Recipe(List.of(), null, null, Map.of(), null, false)).hasMessage("choose at least one target column");
        Recipe recipe = new Recipe(List.of("y"), null, null, Map.of(), null, false);
        assertThatThrownBy(() -> recipe.withStep("y", ColumnStep.DROP)).hasMessage("column 'y' is a target and cannot also be an input");
        assertThatThrownBy(() -> new ColumnStep.Categorical(Encoding.ONE_HOT, -1, MissingPolicy.MODE, List.of()))
                .hasMessage("maxCategories must be 0 (no cap) or positive, not -1");
        Table table = Table.of("train.csv", NumericColumn.of("x", 1, 2), NumericColumn.of("y", 0, 1));
        assertThatThrownBy(() -> RecipeFitter.fit(table, recipe.withStep("age", ColumnStep.DROP)))
                .hasMessage("the recipe has a step for column 'age', which train.csv does not have");
        assertThatThrownBy(() -> RecipeFitter.fit(table, new Recipe(List.of("z"), null, null, Map.of(), null, false)))
                .hasMessage("target column 'z' is not in train.csv; its columns are: x, y");
    }
}
