package org.mlpworkbench.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.NumericColumn;
import org.mlpworkbench.data.Table;

/** Seeded, stratified splits and folds, and fitting on training rows only. */
class SplitsTest {

    @Property(tries = 200)
    void aSplitPartitionsTheRows(@ForAll @IntRange(min = 2, max = 300) int rows, @ForAll @IntRange(min = 1, max = 9) int tenths,
                                 @ForAll long seed) {
        Split split = Splits.random(rows, tenths / 10.0, seed);
        int[] all = IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.validation())).sorted().toArray();
        assertThat(all).isEqualTo(IntStream.range(0, rows).toArray());
        assertThat(split.train()).isSorted().isNotEmpty();
        assertThat(split.validation()).isSorted().isNotEmpty();
        long expected = Math.round(tenths / 10.0 * rows);
        assertThat(split.validation().length).isEqualTo((int) Math.min(rows - 1, Math.max(1, expected)));
        assertThat(Splits.random(rows, tenths / 10.0, seed)).isEqualTo(split);
    }

    @Test
    void differentSeedsGiveDifferentSplits() {
        assertThat(Splits.random(1000, 0.2, 1)).isNotEqualTo(Splits.random(1000, 0.2, 2));
    }

    @Test
    void stratifiedSplitKeepsEveryClassShare() {
        int[] strata = new int[1000];
        for (int i = 0; i < strata.length; i++) {
            strata[i] = i < 100 ? 2 : i < 400 ? 1 : 0;
        }
        Split split = Splits.stratified(strata, 0.25, 7);
        int[] perClass = new int[3];
        for (int r : split.validation()) {
            perClass[strata[r]]++;
        }
        assertThat(perClass).containsExactly(150, 75, 25);
    }

    @Property(tries = 100)
    void kFoldPutsEveryRowInExactlyOneValidationFold(@ForAll @IntRange(min = 10, max = 200) int rows,
                                                     @ForAll @IntRange(min = 2, max = 10) int k, @ForAll long seed) {
        int[] strata = IntStream.range(0, rows).map(i -> i % 3 == 0 ? 1 : 0).toArray();
        List<Split> folds = Splits.kFold(strata, k, seed);
        int[] seen = new int[rows];
        for (Split fold : folds) {
            Arrays.stream(fold.validation()).forEach(r -> seen[r]++);
            assertThat(fold.train().length + fold.validation().length).isEqualTo(rows);
            assertThat(fold.validation().length).isBetween(rows / k - 1, rows / k + 2);
            long positives = Arrays.stream(fold.validation()).filter(r -> strata[r] == 1).count();
            long allPositives = Arrays.stream(strata).filter(s -> s == 1).count();
            assertThat((double) positives).isCloseTo((double) allPositives / k, org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(seen).containsOnly(1);
    }

    @Test
    void invalidArgumentsAreExplained() {
        assertThatThrownBy(() -> Splits.random(10, 1.0, 1)).hasMessage("the validation fraction must be between 0 and 1, not 1.0");
        assertThatThrownBy(() -> Splits.kFold(new int[5], 6, 1)).hasMessage("k-fold needs 2 ≤ k ≤ rows (5), not k = 6");
    }

    private static Table leakTable() {
        // validation rows (the last 20) hold huge x values and an unseen category
        double[] x = new double[100];
        String[] c = new String[100];
        String[] y = new String[100];
        for (int i = 0; i < 100; i++) {
            x[i] = i < 80 ? i % 10 : 1000 + i;
            c[i] = i < 80 ? (i % 2 == 0 ? "a" : "b") : "leak";
            y[i] = i % 4 == 0 ? "1" : "0";
        }
        return Table.of("leak.csv", NumericColumn.of("x", x), CategoricalColumn.of("c", c), CategoricalColumn.of("y", ColumnType.BOOLEAN, y));
    }

    private static Recipe leakRecipe() {
        Map<String, ColumnStep> steps = new LinkedHashMap<>();
        steps.put("x", new ColumnStep.Numeric(ColumnStep.Scaling.STANDARDIZE, ColumnStep.Imputation.MEAN, 0, false));
        steps.put("c", new ColumnStep.Categorical(ColumnStep.Encoding.ONE_HOT, ColumnStep.MissingPolicy.MODE));
        return new Recipe(List.of("y"), null, null, steps, null, false);
    }

    @Test
    void statisticsComeFromTrainingRowsOnly() {
        Table table = leakTable();
        int[] train = IntStream.range(0, 80).toArray();
        int[] validation = IntStream.range(80, 100).toArray();
        RecipeFitter.PreparedSplit prepared = RecipeFitter.fitAndApply(table, leakRecipe(), new Split(train, validation));
        FittedNumeric x = (FittedNumeric) prepared.recipe().steps().get(0);
        assertThat(x.center()).isEqualTo(4.5);
        assertThat(x.scale()).isCloseTo(Math.sqrt(8.25), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(prepared.recipe().featureNames()).containsExactly("x", "c=a", "c=b");
        assertThat(prepared.recipe().fittedRows()).isEqualTo(80);
        assertThat(prepared.train().features().rows()).isEqualTo(80);
        assertThat(prepared.validation().features().rows()).isEqualTo(20);
        // the unseen validation category becomes all zeros
        assertThat(prepared.validation().features().column(1)).containsOnly(0f);
        assertThat(prepared.validation().features().column(2)).containsOnly(0f);
    }

    @Test
    void eachFoldIsFittedOnItsOwnTrainingRows() {
        Table table = leakTable();
        Recipe recipe = leakRecipe();
        List<Split> folds = Splits.folds(table, recipe, 5, 3);
        assertThat(folds).hasSize(5);
        NumericColumn x = (NumericColumn) table.column("x");
        for (Split fold : folds) {
            FittedNumeric fitted = (FittedNumeric) RecipeFitter.fitAndApply(table, recipe, fold).recipe().steps().get(0);
            double expectedMean = Arrays.stream(fold.train()).mapToDouble(x::value).average().orElseThrow();
            assertThat(fitted.center()).isCloseTo(expectedMean, org.assertj.core.data.Offset.offset(1e-9));
        }
        // stratified by class: each validation fold holds 5 of the 25 positives
        for (Split fold : folds) {
            assertThat(Arrays.stream(fold.validation()).filter(r -> r % 4 == 0).count()).isEqualTo(5);
        }
    }

    @Test
    void aSplitWithinAFoldDividesOnlyThatFoldsTrainingRowsAndKeepsTheClassShares() {
        Table table = leakTable();
        Recipe recipe = leakRecipe();
        for (Split fold : Splits.folds(table, recipe, 5, 3)) {
            Split inner = Splits.within(table, recipe, fold.train(), 0.25, 9);
            int[] both = IntStream.concat(Arrays.stream(inner.train()), Arrays.stream(inner.validation())).sorted().toArray();
            assertThat(both).isEqualTo(fold.train());
            assertThat(inner.validation()).doesNotContain(fold.validation());
            // 80 training rows of which 20 positive: a quarter of each class
            assertThat(inner.validation()).hasSize(20);
            assertThat(Arrays.stream(inner.validation()).filter(r -> r % 4 == 0).count()).isEqualTo(5);
            assertThat(Splits.within(table, recipe, fold.train(), 0.25, 9)).isEqualTo(inner);
        }
        int[] all = IntStream.range(0, table.rowCount()).toArray();
        assertThat(Splits.within(table, recipe, all, 0.2, 4)).isEqualTo(Splits.trainValidation(table, recipe, 0.2, 4));
    }
}
