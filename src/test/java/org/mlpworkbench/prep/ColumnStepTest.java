package org.mlpworkbench.prep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.NumericColumn;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.ColumnStep.Categorical;
import org.mlpworkbench.prep.ColumnStep.Encoding;
import org.mlpworkbench.prep.ColumnStep.Imputation;
import org.mlpworkbench.prep.ColumnStep.MissingPolicy;
import org.mlpworkbench.prep.ColumnStep.Numeric;
import org.mlpworkbench.prep.ColumnStep.Scaling;

/** Exact feature matrices of every column step on small hand-made tables. */
class ColumnStepTest {

    private static final double NA = Double.NaN;

    /** Fits {@code step} on {@code column} (next to a throw-away target) and returns the fitted recipe. */
    static FittedRecipe fitOne(Column column, ColumnStep step) {
        String[] y = new String[column.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 2 == 0 ? "0" : "1";
        }
        Table table = Table.of("hand.csv", column, CategoricalColumn.of("y", ColumnType.BOOLEAN, y));
        Map<String, ColumnStep> steps = new LinkedHashMap<>();
        steps.put(column.name(), step);
        return RecipeFitter.fit(table, new Recipe(List.of("y"), null, null, steps, null, false));
    }

    static Matrix col(float... values) {
        float[][] rows = new float[values.length][];
        for (int i = 0; i < values.length; i++) {
            rows[i] = new float[] {values[i]};
        }
        return Matrix.of(rows);
    }

    @Test
    void standardizeWithMedianImputationAndIndicator() {
        // present values 2,4,4,4,5,5,7,9: mean 5, population std 2, median 4.5
        NumericColumn x = NumericColumn.of("x", 2, 4, 4, 4, 5, 5, 7, 9, NA);
        FittedRecipe fitted = fitOne(x, new Numeric(Scaling.STANDARDIZE, Imputation.MEDIAN, 0, true));
        assertThat(fitted.featureNames()).containsExactly("x", "x_missing");
        assertThat(fitted.steps().get(0)).isEqualTo(new FittedNumeric("x", Scaling.STANDARDIZE, Imputation.MEDIAN, 4.5, 5, 2, true));
        assertThat(fitted.features(Table.of("t", x))).isEqualTo(Matrix.of(new float[][] {
                {-1.5f, 0}, {-0.5f, 0}, {-0.5f, 0}, {-0.5f, 0}, {0, 0}, {0, 0}, {1, 0}, {2, 0}, {-0.25f, 1}}));
    }

    @Test
    void minMaxWithMeanImputation() {
        NumericColumn x = NumericColumn.of("x", 0, 5, 10, NA, 10);
        FittedRecipe fitted = fitOne(x, new Numeric(Scaling.MIN_MAX, Imputation.MEAN, 0, false));
        // mean of 0, 5, 10, 10 = 6.25
        assertThat(fitted.features(Table.of("t", x))).isEqualTo(col(0, 0.5f, 1, 0.625f, 1));
    }

    @Test
    void noScalingWithConstantImputation() {
        NumericColumn x = NumericColumn.of("x", 3, NA, -2.5);
        FittedRecipe fitted = fitOne(x, new Numeric(Scaling.NONE, Imputation.CONSTANT, -1, true));
        assertThat(fitted.features(Table.of("t", x))).isEqualTo(Matrix.of(new float[][] {{3, 0}, {-1, 1}, {-2.5f, 0}}));
    }

    @Test
    void constantNumericColumnBecomesZerosInsteadOfDividingByZero() {
        NumericColumn x = NumericColumn.of("x", 3, 3, 3, NA);
        FittedRecipe standardized = fitOne(x, new Numeric(Scaling.STANDARDIZE, Imputation.MEDIAN, 0, false));
        FittedRecipe minMax = fitOne(x, new Numeric(Scaling.MIN_MAX, Imputation.MEAN, 0, false));
        assertThat(standardized.features(Table.of("t", x))).isEqualTo(col(0, 0, 0, 0));
        assertThat(minMax.features(Table.of("t", x))).isEqualTo(col(0, 0, 0, 0));
    }

    @Test
    void allMissingNumericColumnGivesZerosAndAnIndicatorOfOnes() {
        NumericColumn x = NumericColumn.of("x", NA, NA, NA);
        FittedRecipe fitted = fitOne(x, new Numeric(Scaling.STANDARDIZE, Imputation.MEAN, 0, true));
        assertThat(fitted.features(Table.of("t", x))).isEqualTo(Matrix.of(new float[][] {{0, 1}, {0, 1}, {0, 1}}));
    }

    @Test
    void oneHotMostFrequentFirstWithModeImputation() {
        CategoricalColumn c = CategoricalColumn.of("c", "b", "a", "a", null, "c");
        FittedRecipe fitted = fitOne(c, new Categorical(Encoding.ONE_HOT, MissingPolicy.MODE));
        assertThat(fitted.featureNames()).containsExactly("c=a", "c=b", "c=c");
        assertThat(fitted.features(Table.of("t", c))).isEqualTo(Matrix.of(new float[][] {
                {0, 1, 0}, {1, 0, 0}, {1, 0, 0}, {1, 0, 0}, {0, 0, 1}}));
    }

    @Test
    void oneHotWithMissingAsItsOwnCategory() {
        CategoricalColumn c = CategoricalColumn.of("c", "b", "a", "a", null, "c");
        FittedRecipe fitted = fitOne(c, new Categorical(Encoding.ONE_HOT, MissingPolicy.AS_CATEGORY));
        assertThat(fitted.featureNames()).containsExactly("c=a", "c=b", "c=c", "c=(missing)");
        assertThat(fitted.features(Table.of("t", c))).isEqualTo(Matrix.of(new float[][] {
                {0, 1, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 1, 0}}));
    }

    @Test
    void capKeepsTheMostFrequentAndPutsTheRestInOther() {
        CategoricalColumn c = CategoricalColumn.of("c", "x", "y", "y", "z", "w", "y", "x", null);
        FittedRecipe fitted = fitOne(c, new Categorical(Encoding.ONE_HOT, 2, MissingPolicy.AS_CATEGORY, List.of()));
        assertThat(fitted.featureNames()).containsExactly("c=y", "c=x", "c=(other)", "c=(missing)");
        assertThat(fitted.features(Table.of("t", c))).isEqualTo(Matrix.of(new float[][] {
                {0, 1, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}, {0, 0, 1, 0}, {0, 0, 1, 0}, {1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 0, 1}}));
    }

    @Test
    void unseenCategoriesGoToOtherOrToAllZerosNeverAnException() {
        CategoricalColumn train = CategoricalColumn.of("c", "a", "b", "a", "c");
        CategoricalColumn fresh = CategoricalColumn.of("c", "b", "zebra", null, "c");
        FittedRecipe plain = fitOne(train, new Categorical(Encoding.ONE_HOT, MissingPolicy.MODE));
        assertThat(plain.features(Table.of("new.csv", fresh))).isEqualTo(Matrix.of(new float[][] {
                {0, 1, 0}, {0, 0, 0}, {1, 0, 0}, {0, 0, 1}}));
        FittedRecipe capped = fitOne(train, new Categorical(Encoding.ONE_HOT, 1, MissingPolicy.AS_CATEGORY, List.of()));
        assertThat(capped.featureNames()).containsExactly("c=a", "c=(other)");
        // no missing value in training, so a missing value counts as "other" too
        assertThat(capped.features(Table.of("new.csv", fresh))).isEqualTo(Matrix.of(new float[][] {
                {0, 1}, {0, 1}, {0, 1}, {0, 1}}));
    }

    @Test
    void ordinalWithTheUsersOrderOtherAndMissing() {
        CategoricalColumn c = CategoricalColumn.of("size", "low", "high", "medium", null, "low");
        FittedRecipe fitted = fitOne(c, new Categorical(Encoding.ORDINAL, 0, MissingPolicy.AS_CATEGORY,
                List.of("low", "medium", "high")));
        assertThat(fitted.featureNames()).containsExactly("size");
        assertThat(fitted.features(Table.of("t", c))).isEqualTo(col(0, 2, 1, -1, 0));
        CategoricalColumn fresh = CategoricalColumn.of("size", "huge", "medium");
        assertThat(fitted.features(Table.of("new.csv", fresh))).isEqualTo(col(3, 1));
    }

    @Test
    void ordinalLearnsNaturalOrderAndImputesTheMode() {
        CategoricalColumn c = CategoricalColumn.of("grade", "10", "9", "100", "9", null);
        FittedRecipe fitted = fitOne(c, new Categorical(Encoding.ORDINAL, MissingPolicy.MODE));
        assertThat(((FittedCategorical) fitted.steps().get(0)).categories()).containsExactly("9", "10", "100");
        assertThat(fitted.features(Table.of("t", c))).isEqualTo(col(1, 0, 2, 0, 0));
    }

    @Test
    void categoricalStepOnANumericColumnEncodesItsValues() {
        NumericColumn pclass = NumericColumn.of("Pclass", 3, 1, 3, 2, NA);
        FittedRecipe fitted = fitOne(pclass, new Categorical(Encoding.ONE_HOT, MissingPolicy.MODE));
        assertThat(fitted.featureNames()).containsExactly("Pclass=3", "Pclass=1", "Pclass=2");
        assertThat(fitted.features(Table.of("t", pclass))).isEqualTo(Matrix.of(new float[][] {
                {1, 0, 0}, {0, 1, 0}, {1, 0, 0}, {0, 0, 1}, {1, 0, 0}}));
    }

    @Test
    void allMissingCategoricalColumn() {
        CategoricalColumn c = CategoricalColumn.of("c", new String[] {null, null});
        assertThat(fitOne(c, new Categorical(Encoding.ONE_HOT, MissingPolicy.AS_CATEGORY)).features(Table.of("t", c)))
                .isEqualTo(col(1, 1));
        assertThat(fitOne(c, new Categorical(Encoding.ONE_HOT, MissingPolicy.MODE)).featureNames()).isEmpty();
    }

    @Test
    void booleanIsZeroOneWithTheModeForMissingValues() {
        CategoricalColumn b = CategoricalColumn.of("member", ColumnType.BOOLEAN, "no", "yes", null, "yes");
        FittedRecipe fitted = fitOne(b, new ColumnStep.Bool(true));
        assertThat(fitted.steps().get(0)).isEqualTo(new FittedBool("member", "no", "yes", 1, true));
        assertThat(fitted.featureNames()).containsExactly("member", "member_missing");
        assertThat(fitted.features(Table.of("t", b))).isEqualTo(Matrix.of(new float[][] {{0, 0}, {1, 0}, {1, 1}, {1, 0}}));
    }

    @Test
    void booleanOfZeroOneNumbers() {
        NumericColumn b = NumericColumn.of("flag", 1, 0, 0, NA, 0);
        FittedRecipe fitted = fitOne(b, new ColumnStep.Bool(false));
        assertThat(fitted.features(Table.of("t", b))).isEqualTo(col(1, 0, 0, 0, 0));
    }

    @Test
    void missingIndicatorOnly() {
        CategoricalColumn cabin = CategoricalColumn.of("Cabin", ColumnType.TEXT, null, "C85", null, "E46");
        FittedRecipe fitted = fitOne(cabin, ColumnStep.MISSING_INDICATOR_ONLY);
        assertThat(fitted.featureNames()).containsExactly("Cabin_missing");
        assertThat(fitted.features(Table.of("t", cabin))).isEqualTo(col(1, 0, 1, 0));
    }

    @Test
    void stepsWriteSideBySideInRecipeOrderAndDroppedColumnsWriteNothing() {
        Table table = Table.of("hand.csv",
                CategoricalColumn.of("id", ColumnType.IDENTIFIER, "r1", "r2", "r3"),
                NumericColumn.of("age", 10, 20, NA),
                CategoricalColumn.of("sex", "m", "f", "m"),
                CategoricalColumn.of("y", ColumnType.BOOLEAN, "0", "1", "1"));
        Map<String, ColumnStep> steps = new LinkedHashMap<>();
        steps.put("sex", new Categorical(Encoding.ONE_HOT, MissingPolicy.MODE));
        steps.put("id", ColumnStep.DROP);
        steps.put("age", new Numeric(Scaling.NONE, Imputation.MEAN, 0, true));
        FittedRecipe fitted = RecipeFitter.fit(table, new Recipe(List.of("y"), null, null, steps, null, false));
        assertThat(fitted.featureNames()).containsExactly("sex=m", "sex=f", "age", "age_missing");
        assertThat(fitted.requiredColumns()).containsExactly("sex", "age");
        Prepared prepared = fitted.apply(table);
        assertThat(prepared.features()).isEqualTo(Matrix.of(new float[][] {{1, 0, 10, 0}, {0, 1, 20, 0}, {1, 0, 15, 1}}));
        assertThat(prepared.targets()).isEqualTo(col(0, 1, 1));
        assertThat(prepared.summary()).isEqualTo("3 rows × 4 features → 1 output (binary: y=1)");
    }

    @Test
    void textInANumericStepAndTooManyValuesInABooleanStepAreReportedTogether() {
        Table table = Table.of("hand.csv",
                CategoricalColumn.of("Sex", "male", "female", "male"),
                CategoricalColumn.of("Embarked", "S", "C", "Q"),
                CategoricalColumn.of("y", ColumnType.BOOLEAN, "0", "1", "1"));
        Map<String, ColumnStep> steps = new LinkedHashMap<>();
        steps.put("Sex", new Numeric(Scaling.STANDARDIZE, Imputation.MEDIAN, 0, false));
        steps.put("Embarked", new ColumnStep.Bool(false));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        RecipeFitter.fit(table, new Recipe(List.of("y"), null, null, steps, null, false)))
                .isInstanceOf(RecipeException.class)
                .hasMessageContaining("column 'Sex' holds text such as 'male'")
                .hasMessageContaining("column 'Embarked' has 3 distinct values (C, Q, S)");
    }
}
