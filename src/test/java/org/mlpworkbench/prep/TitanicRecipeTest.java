package org.mlpworkbench.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;

/** The default recipe on the Kaggle Titanic files, checked against statistics computed independently from the raw text. */
class TitanicRecipeTest {

    static final Map<String, ColumnType> TYPES = Map.ofEntries(
            Map.entry("PassengerId", ColumnType.IDENTIFIER), Map.entry("Survived", ColumnType.BOOLEAN),
            Map.entry("Pclass", ColumnType.NUMERIC), Map.entry("Name", ColumnType.IDENTIFIER),
            Map.entry("Sex", ColumnType.CATEGORICAL), Map.entry("Age", ColumnType.NUMERIC),
            Map.entry("SibSp", ColumnType.NUMERIC), Map.entry("Parch", ColumnType.NUMERIC),
            Map.entry("Ticket", ColumnType.TEXT), Map.entry("Fare", ColumnType.NUMERIC),
            Map.entry("Cabin", ColumnType.TEXT), Map.entry("Embarked", ColumnType.CATEGORICAL));

    static Table train;
    static Table test;
    static CsvTables.Raw raw;
    static DefaultRecipe defaults;
    static Split split;
    static FittedRecipe fitted;

    @BeforeAll
    static void fit() throws IOException {
        train = CsvTables.table(SampleData.file("titanic/train.csv"), TYPES, null);
        test = CsvTables.table(SampleData.file("titanic/test.csv"), TYPES, null);
        raw = CsvTables.raw(SampleData.file("titanic/train.csv"));
        defaults = Recipe.defaults(train, List.of("Survived"));
        split = Splits.trainValidation(train, defaults.recipe(), 0.2, 42);
        fitted = RecipeFitter.fit(train, split.train(), defaults.recipe());
    }

    @Test
    void defaultsDropIdentifiersAndFreeTextAndKeepCabinAsAMissingIndicator() {
        Recipe recipe = defaults.recipe();
        assertThat(recipe.steps().keySet()).containsExactly("PassengerId", "Pclass", "Name", "Sex", "Age", "SibSp",
                "Parch", "Ticket", "Fare", "Cabin", "Embarked");
        assertThat(recipe.steps().entrySet().stream().filter(e -> e.getValue() instanceof ColumnStep.Drop).map(Map.Entry::getKey))
                .containsExactly("PassengerId", "Name", "Ticket");
        assertThat(recipe.step("Cabin")).isEqualTo(ColumnStep.MISSING_INDICATOR_ONLY);
        assertThat(recipe.step("Embarked")).isEqualTo(new ColumnStep.Categorical(ColumnStep.Encoding.ONE_HOT, ColumnStep.MissingPolicy.MODE));
        assertThat(defaults.reason("PassengerId")).isEqualTo("dropped — unique per row (891 distinct values in 891 rows);"
                + " an identifier carries no signal");
        assertThat(defaults.reason("Ticket")).isEqualTo("dropped — free text with 681 distinct values in 891 rows is too varied to learn from");
        assertThat(defaults.reason("Cabin")).startsWith("missing indicator only — free text with 147 distinct values");
        assertThat(defaults.reason("Age")).isEqualTo("numeric — standardized with the training mean and standard deviation;"
                + " 177 missing values are filled with the training median (add a 'was missing' indicator if missingness may matter)");
        assertThat(defaults.reason("Survived")).isEqualTo("target — Survived is boolean (0/1): binary, positive class '1'");
        assertThat(defaults.reasons()).hasSize(12);
    }

    @Test
    void aPassengerIdTypedAsNumericIsStillDroppedAsARowNumber() {
        Table numericId = train.withColumn(train.column("PassengerId").withType(ColumnType.NUMERIC));
        DefaultRecipe d = Recipe.defaults(numericId, List.of("Survived"));
        assertThat(d.recipe().step("PassengerId")).isEqualTo(ColumnStep.DROP);
        assertThat(d.reason("PassengerId")).isEqualTo("dropped — the whole numbers 1 to 891, each once:"
                + " a row number or identifier carries no signal");
        assertThat(d.recipe()).isEqualTo(defaults.recipe());
    }

    @Test
    void theDefaultFeatureSetIsSensibleAndFinite() {
        assertThat(fitted.featureNames()).containsExactly("Pclass", "Sex=male", "Sex=female", "Age", "SibSp", "Parch",
                "Fare", "Cabin_missing", "Embarked=S", "Embarked=C", "Embarked=Q");
        assertThat(fitted.outputNames()).containsExactly("Survived=1");
        Prepared trainRows = fitted.apply(train, split.train());
        Prepared validation = fitted.apply(train, split.validation());
        Prepared kaggleTest = fitted.apply(test);
        assertThat(trainRows.summary()).isEqualTo("713 rows × 11 features → 1 output (binary: Survived=1)");
        assertThat(validation.features().rows()).isEqualTo(178);
        assertThat(kaggleTest.hasTargets()).isFalse();
        assertThat(kaggleTest.features().rows()).isEqualTo(418);
        for (Matrix m : List.of(trainRows.features(), validation.features(), kaggleTest.features(), trainRows.targets())) {
            for (float v : m.data()) {
                assertThat(Float.isFinite(v)).isTrue();
            }
        }
        // one-hot rows sum to one; the stratified split keeps the survival rate (342 of 891)
        Matrix f = trainRows.features();
        for (int r = 0; r < f.rows(); r++) {
            assertThat(f.get(r, 1) + f.get(r, 2)).isEqualTo(1f);
            assertThat(f.get(r, 8) + f.get(r, 9) + f.get(r, 10)).isEqualTo(1f);
        }
        double rate = sum(validation.targets().column(0)) / validation.targets().rows();
        assertThat(rate).isCloseTo(342.0 / 891, offset(0.005));
    }

    @Test
    void fittedStatisticsEqualThoseComputedFromTheRawTextOfTheTrainingSplit() {
        for (String column : List.of("Age", "Fare", "Pclass")) {
            FittedNumeric step = (FittedNumeric) fitted.steps().stream().filter(s -> s.column().equals(column)).findFirst().orElseThrow();
            List<BigDecimal> values = new ArrayList<>();
            List<String> text = raw.column(column);
            for (int r : split.train()) {
                if (!text.get(r).isEmpty()) {
                    values.add(new BigDecimal(text.get(r)));
                }
            }
            MathContext mc = MathContext.DECIMAL128;
            BigDecimal mean = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), mc);
            BigDecimal variance = values.stream().map(v -> v.subtract(mean).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(values.size()), mc);
            double[] sorted = values.stream().mapToDouble(BigDecimal::doubleValue).sorted().toArray();
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            assertThat(step.center()).as(column + " mean").isCloseTo(mean.doubleValue(), offset(1e-12 * Math.abs(mean.doubleValue())));
            assertThat(step.scale()).as(column + " std").isCloseTo(variance.sqrt(mc).doubleValue(), offset(1e-12 * step.scale()));
            assertThat(step.fill()).as(column + " median").isEqualTo(median);
        }
        // training split only: the statistics differ from those of all 891 rows
        FittedRecipe onAll = RecipeFitter.fit(train, defaults.recipe());
        assertThat(((FittedNumeric) onAll.steps().get(4)).center()).isNotEqualTo(((FittedNumeric) fitted.steps().get(4)).center());
    }

    @Test
    void standardizedTrainingColumnsHaveMeanZeroAndUnitVarianceOverPresentValues() {
        Prepared trainRows = fitted.apply(train, split.train());
        float[] fare = trainRows.features().column(6);
        double mean = sum(fare) / fare.length;
        double var = Arrays.stream(toDouble(fare)).map(v -> (v - mean) * (v - mean)).sum() / fare.length;
        assertThat(mean).isCloseTo(0, offset(1e-6));
        assertThat(var).isCloseTo(1, offset(1e-5));
    }

    @Test
    void theTitanicRecipeRoundTripsThroughJson() {
        assertThat(RecipeJson.read(RecipeJson.write(fitted))).isEqualTo(fitted);
    }

    private static double sum(float[] values) {
        double s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
