package org.mlpworkbench.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.NumericColumn;
import org.mlpworkbench.data.Table;

/** Target encodings and task inference for every task, on hand-made tables. */
class TargetTest {

    private static final double NA = Double.NaN;
    private static final NumericColumn X5 = NumericColumn.of("x", 1, 2, 3, 4, 5);

    private static Recipe recipe(Task task, String... targets) {
        Map<String, ColumnStep> steps = new LinkedHashMap<>();
        steps.put("x", new ColumnStep.Numeric(ColumnStep.Scaling.NONE, ColumnStep.Imputation.MEDIAN, 0, false));
        return new Recipe(List.of(targets), task, null, steps, null, false);
    }

    private static Matrix rows(float[]... rows) {
        return Matrix.of(rows);
    }

    @Test
    void binaryPositiveIsTheTrueLikeOrLargerValueAndCanBeChanged() {
        Table table = Table.of("t", X5, NumericColumn.of("y", 0, 1, 1, 0, 1));
        FittedRecipe fitted = RecipeFitter.fit(table, recipe(null, "y"));
        assertThat(fitted.target()).isEqualTo(new TargetEncoding.Binary("y", "0", "1"));
        assertThat(fitted.apply(table).targets()).isEqualTo(rows(new float[] {0}, new float[] {1}, new float[] {1}, new float[] {0}, new float[] {1}));
        FittedRecipe flipped = RecipeFitter.fit(table, recipe(null, "y").withPositiveClass("0"));
        assertThat(flipped.outputNames()).containsExactly("y=0");
        assertThat(flipped.apply(table).targets().column(0)).containsExactly(1, 0, 0, 1, 0);
        assertThatThrownBy(() -> RecipeFitter.fit(table, recipe(null, "y").withPositiveClass("yes")))
                .isInstanceOf(RecipeException.class)
                .hasMessage("the positive class 'yes' is not a value of 'y', whose values are 0 and 1");
    }

    @Test
    void rowsWithoutTargetAreLeftOutOfFittingAndCounted() {
        // the row with a missing target holds x = 100: it must not move the fitted mean
        Table table = Table.of("t", NumericColumn.of("x", 1, 2, 3, 100),
                CategoricalColumn.of("y", "no", "yes", "no", null));
        Recipe recipe = recipe(null, "y").withStep("x",
                new ColumnStep.Numeric(ColumnStep.Scaling.STANDARDIZE, ColumnStep.Imputation.MEAN, 0, false));
        FittedRecipe fitted = RecipeFitter.fit(table, recipe);
        assertThat(fitted.fittedRows()).isEqualTo(3);
        assertThat(((FittedNumeric) fitted.steps().get(0)).center()).isEqualTo(2.0);
        Prepared prepared = fitted.apply(table);
        assertThat(prepared.rowIndices()).containsExactly(0, 1, 2);
        assertThat(prepared.excludedRows()).isEqualTo(1);
        assertThat(prepared.message()).isEqualTo("1 row with 'y' missing left out");
        assertThat(prepared.summary()).isEqualTo("3 rows × 1 feature → 1 output (binary: y=yes); 1 row with 'y' missing left out");
    }

    @Test
    void multiClassIsOneHotInNaturalOrderAndUnknownClassesAreCounted() {
        Table train = Table.of("train.csv", X5, CategoricalColumn.of("species", "setosa", "virginica", "versicolor", "setosa", "virginica"));
        FittedRecipe fitted = RecipeFitter.fit(train, recipe(null, "species"));
        assertThat(fitted.task()).isEqualTo(Task.MULTI_CLASS);
        assertThat(fitted.outputNames()).containsExactly("species=setosa", "species=versicolor", "species=virginica");
        assertThat(fitted.apply(train).targets()).isEqualTo(rows(new float[] {1, 0, 0}, new float[] {0, 0, 1},
                new float[] {0, 1, 0}, new float[] {1, 0, 0}, new float[] {0, 0, 1}));
        Table other = Table.of("val.csv", NumericColumn.of("x", 1, 2, 3), CategoricalColumn.of("species", "setosa", "unknown", null));
        Prepared prepared = fitted.apply(other);
        assertThat(prepared.rowIndices()).containsExactly(0);
        assertThat(prepared.message()).isEqualTo("1 row with 'species' missing and 1 row with a target value not seen in training (e.g. 'unknown') left out");
        assertThat(fitted.summary(150)).isEqualTo("150 rows × 1 feature → 3 outputs (multi-class: 3 classes of species)");
    }

    @Test
    void fewDistinctWholeNumbersAreClassesOtherNumbersRegression() {
        Table table = Table.of("t", X5, NumericColumn.of("grade", 1, 2, 3, 2, 1), NumericColumn.of("price", 1.5, 2, 3, 2, 10));
        assertThat(TaskInference.infer(table, List.of("grade"), null).task()).isEqualTo(Task.MULTI_CLASS);
        assertThat(TaskInference.infer(table, List.of("price"), null).task()).isEqualTo(Task.REGRESSION);
        assertThat(TaskInference.infer(table, List.of("price", "grade"), null).task()).isEqualTo(Task.REGRESSION);
        assertThat(RecipeFitter.fit(table, recipe(Task.REGRESSION, "grade")).task()).isEqualTo(Task.REGRESSION);
    }

    @Test
    void tooManyClassesAndSingleValuedTargetsAreExplained() {
        String[] names = new String[150];
        for (int i = 0; i < names.length; i++) {
            names[i] = "name " + i;
        }
        Table table = Table.of("t", CategoricalColumn.of("name", names));
        assertThatThrownBy(() -> TaskInference.infer(table, List.of("name"), null))
                .isInstanceOf(RecipeException.class)
                .hasMessageStartingWith("target 'name' has 150 distinct values, more than the 100 classes this tool predicts");
        Table constant = Table.of("t", NumericColumn.of("c", 4, 4, NA));
        assertThatThrownBy(() -> TaskInference.infer(constant, List.of("c"), null))
                .hasMessage("target 'c' has a single value ('4') in the training rows: there is nothing to predict");
    }

    @Test
    void multiLabelFromSeveralZeroOneColumns() {
        Table table = Table.of("t", NumericColumn.of("x", 1, 2, 3),
                CategoricalColumn.of("cat", ColumnType.BOOLEAN, "false", "true", "true"),
                NumericColumn.of("dog", 1, 0, 0),
                NumericColumn.of("rare", 0, 0, 0));
        FittedRecipe fitted = RecipeFitter.fit(table, recipe(null, "cat", "dog", "rare"));
        assertThat(fitted.task()).isEqualTo(Task.MULTI_LABEL);
        assertThat(fitted.target()).isEqualTo(new TargetEncoding.LabelColumns(List.of("cat", "dog", "rare"),
                List.of("false", "0", "0"), List.of("true", "1", "1")));
        assertThat(fitted.apply(table).targets()).isEqualTo(rows(new float[] {0, 1, 0}, new float[] {1, 0, 0}, new float[] {1, 0, 0}));
        assertThat(fitted.summary(3)).isEqualTo("3 rows × 1 feature → 3 outputs (multi-label: 3 labels cat, dog, rare)");
    }

    @Test
    void multiLabelFromOneDelimitedColumnDetectsTheDelimiter() {
        Table table = Table.of("t", NumericColumn.of("x", 1, 2, 3, 4),
                CategoricalColumn.of("tags", "car;person", "tree", "person; tree ;car", null));
        TaskInference.Guess guess = TaskInference.infer(table, List.of("tags"), null);
        assertThat(guess.task()).isEqualTo(Task.MULTI_LABEL);
        assertThat(guess.delimiter()).isEqualTo(";");
        FittedRecipe fitted = RecipeFitter.fit(table, recipe(null, "tags"));
        assertThat(fitted.target()).isEqualTo(new TargetEncoding.LabelSets("tags", ";", List.of("car", "person", "tree")));
        Prepared prepared = fitted.apply(table);
        assertThat(prepared.targets()).isEqualTo(rows(new float[] {1, 1, 0}, new float[] {0, 0, 1}, new float[] {1, 1, 1}));
        assertThat(prepared.excludedRows()).isEqualTo(1);
        Table fresh = Table.of("new.csv", NumericColumn.of("x", 1), CategoricalColumn.of("tags", "boat;tree"));
        assertThat(fitted.apply(fresh).targets()).isEqualTo(rows(new float[] {0, 0, 1}));
    }

    @Test
    void aConfiguredDelimiterIsUsed() {
        Table table = Table.of("t", NumericColumn.of("x", 1, 2, 3),
                CategoricalColumn.of("tags", "a b", "b", "c a"));
        assertThat(TaskInference.infer(table, List.of("tags"), null).task()).isEqualTo(Task.MULTI_CLASS);
        FittedRecipe fitted = RecipeFitter.fit(table, recipe(null, "tags").withLabelDelimiter(" "));
        assertThat(fitted.outputNames()).containsExactly("tags=a", "tags=b", "tags=c");
        assertThat(fitted.apply(table).targets()).isEqualTo(rows(new float[] {1, 1, 0}, new float[] {0, 1, 0}, new float[] {1, 0, 1}));
    }

    @Test
    void regressionStandardizesAndInvertsPredictions() {
        // y1: 2,4,4,4,5,5,7,9 → mean 5, population std 2; y2 constant → scale 1
        Table table = Table.of("t", NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8),
                NumericColumn.of("y1", 2, 4, 4, 4, 5, 5, 7, 9), NumericColumn.of("y2", 3, 3, 3, 3, 3, 3, 3, 3));
        FittedRecipe fitted = RecipeFitter.fit(table, recipe(null, "y1", "y2").withStandardizedTargets(true));
        assertThat(fitted.target()).isEqualTo(new TargetEncoding.Regression(List.of("y1", "y2"), true, List.of(5.0, 3.0), List.of(2.0, 1.0)));
        Matrix targets = fitted.apply(table).targets();
        assertThat(targets.column(0)).containsExactly(-1.5f, -0.5f, -0.5f, -0.5f, 0, 0, 1, 2);
        assertThat(targets.column(1)).containsOnly(0f);
        assertThat(fitted.inverseTargets(targets).column(0)).containsExactly(2, 4, 4, 4, 5, 5, 7, 9);
        assertThat(fitted.inverseTargets(targets).column(1)).containsOnly(3f);
        FittedRecipe raw = RecipeFitter.fit(table, recipe(Task.REGRESSION, "y1"));
        assertThat(raw.apply(table).targets().column(0)).containsExactly(2, 4, 4, 4, 5, 5, 7, 9);
    }

    @Test
    void predictionTimeTablesWithoutTargetsGiveFeaturesOnly() {
        Table train = Table.of("train.csv", NumericColumn.of("x", 1, 2, 3), NumericColumn.of("y", 0, 1, 1));
        FittedRecipe fitted = RecipeFitter.fit(train, recipe(null, "y"));
        Table fresh = Table.of("new.csv", NumericColumn.of("x", 7, 8), CategoricalColumn.of("extra", "a", "b"));
        Prepared prepared = fitted.apply(fresh);
        assertThat(prepared.hasTargets()).isFalse();
        assertThat(prepared.features()).isEqualTo(rows(new float[] {7}, new float[] {8}));
        assertThat(prepared.summary()).isEqualTo("2 rows × 1 feature (no target columns: features only)");
    }

    @Test
    void schemaProblemsAreAllReportedByName() {
        Table train = Table.of("train.csv", NumericColumn.of("age", 1, 2, 3),
                CategoricalColumn.of("member", ColumnType.BOOLEAN, "no", "yes", "no"),
                NumericColumn.of("fare", 5, 6, 7),
                CategoricalColumn.of("a", "0", "1", "1"), CategoricalColumn.of("b", "1", "1", "0"));
        Recipe recipe = new Recipe(List.of("a", "b"), null, null, Recipe.defaults(train, List.of("a", "b")).recipe().steps(), null, false);
        FittedRecipe fitted = RecipeFitter.fit(train, recipe);
        Table bad = Table.of("new.csv", CategoricalColumn.of("age", "12", "old"),
                CategoricalColumn.of("member", "yes", "maybe"), CategoricalColumn.of("a", "0", "1"));
        assertThatThrownBy(() -> fitted.apply(bad))
                .isInstanceOf(RecipeException.class)
                .satisfies(e -> assertThat(((RecipeException) e).problems()).containsExactly(
                        "new.csv: column 'age' must hold numbers, as in training, but holds 'old'",
                        "new.csv: column 'member' held only 'no' and 'yes' in training, but holds 'maybe'",
                        "new.csv: required column 'fare' is missing",
                        "new.csv: target column a is present but b is missing; give all target columns or none"))
                .satisfies(e -> assertThat(((RecipeException) e).row()).as("the row of 'old'").isEqualTo(1))
                .satisfies(e -> assertThat(((RecipeException) e).rowProblem())
                        .isEqualTo("column 'age' must hold numbers, as in training, but holds 'old'"));
    }

    @Test
    void numbersReadAsTextInASmallFileAreStillAccepted() {
        Table train = Table.of("train.csv", NumericColumn.of("x", 1, 2, 3), NumericColumn.of("y", 0, 1, 1));
        FittedRecipe fitted = RecipeFitter.fit(train, recipe(null, "y"));
        Table fresh = Table.of("one-row.csv", CategoricalColumn.of("x", ColumnType.CONSTANT, "2.5"), CategoricalColumn.of("y", ColumnType.CONSTANT, "1"));
        Prepared prepared = fitted.apply(fresh);
        assertThat(prepared.features()).isEqualTo(rows(new float[] {2.5f}));
        assertThat(prepared.targets()).isEqualTo(rows(new float[] {1}));
    }
}
