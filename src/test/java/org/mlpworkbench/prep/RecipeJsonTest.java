package org.mlpworkbench.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.NumericColumn;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.ColumnStep.Categorical;
import org.mlpworkbench.prep.ColumnStep.Encoding;
import org.mlpworkbench.prep.ColumnStep.Imputation;
import org.mlpworkbench.prep.ColumnStep.MissingPolicy;
import org.mlpworkbench.prep.ColumnStep.Numeric;
import org.mlpworkbench.prep.ColumnStep.Scaling;

/** The recipe document: round trips to an equal object, and refuses what it cannot read with a precise message. */
class RecipeJsonTest {

    private static final double NA = Double.NaN;

    /** A table exercising every step kind, with targets for every kind of target encoding. */
    static final Table TABLE = Table.of("hand.csv",
            CategoricalColumn.of("id", ColumnType.IDENTIFIER, "a", "b", "c", "d", "e", "f"),
            NumericColumn.of("age", 22, NA, 35, 0.1, 54.25, 2),
            NumericColumn.of("fare", 7.25, 71.2833, 8.05, NA, 51.8625, 1e-7),
            CategoricalColumn.of("port", "S", "C", null, "Q", "S", "S"),
            CategoricalColumn.of("size", "low", "high", "medium", null, "low", "é \"quoted\""),
            CategoricalColumn.of("member", ColumnType.BOOLEAN, "no", "yes", null, "yes", "no", "no"),
            CategoricalColumn.of("cabin", ColumnType.TEXT, null, "C85", null, "E46", null, null),
            CategoricalColumn.of("survived", ColumnType.BOOLEAN, "0", "1", "1", "0", "0", "1"),
            CategoricalColumn.of("species", "x", "y", "z", "x", "y", "z"),
            NumericColumn.of("l1", 0, 1, 1, 0, 0, 1),
            NumericColumn.of("l2", 1, 1, 0, 0, 0, 1),
            CategoricalColumn.of("tags", "car|tree", "tree", "car", "boat|car", "tree|boat", "car"),
            NumericColumn.of("price", 1.5, 2.25, 3, 4, 1e6, -2));

    static Map<String, ColumnStep> allSteps() {
        Map<String, ColumnStep> steps = new LinkedHashMap<>();
        steps.put("id", ColumnStep.DROP);
        steps.put("age", new Numeric(Scaling.STANDARDIZE, Imputation.MEDIAN, 0, true));
        steps.put("fare", new Numeric(Scaling.MIN_MAX, Imputation.CONSTANT, -1.5, false));
        steps.put("port", new Categorical(Encoding.ONE_HOT, 2, MissingPolicy.AS_CATEGORY, List.of()));
        steps.put("size", new Categorical(Encoding.ORDINAL, 0, MissingPolicy.MODE, List.of("low", "medium", "high")));
        steps.put("member", new ColumnStep.Bool(true));
        steps.put("cabin", ColumnStep.MISSING_INDICATOR_ONLY);
        return steps;
    }

    static List<FittedRecipe> everyKind() {
        Recipe base = new Recipe(List.of("survived"), null, null, allSteps(), null, false);
        return List.of(
                RecipeFitter.fit(TABLE, base),
                RecipeFitter.fit(TABLE, new Recipe(List.of("species"), null, null, allSteps(), null, false)),
                RecipeFitter.fit(TABLE, new Recipe(List.of("l1", "l2"), null, null, allSteps(), null, false)),
                RecipeFitter.fit(TABLE, new Recipe(List.of("tags"), null, null, allSteps(), null, false)),
                RecipeFitter.fit(TABLE, new Recipe(List.of("price", "l1"), Task.REGRESSION, null, allSteps(), null, true)),
                RecipeFitter.fit(TABLE, new Recipe(List.of("price"), null, null, allSteps(), null, false)));
    }

    @Test
    void everyStepAndTargetKindRoundTripsToAnEqualRecipe() {
        List<FittedRecipe> recipes = everyKind();
        assertThat(recipes).extracting(r -> r.target().getClass().getSimpleName())
                .containsExactly("Binary", "MultiClass", "LabelColumns", "LabelSets", "Regression", "Regression");
        for (FittedRecipe recipe : recipes) {
            String json = RecipeJson.write(recipe);
            FittedRecipe back = RecipeJson.read(json);
            assertThat(back).isEqualTo(recipe);
            assertThat(RecipeJson.write(back)).isEqualTo(json);
            assertThat(back.apply(TABLE).features()).isEqualTo(recipe.apply(TABLE).features());
        }
    }

    @Test
    void theDocumentIsReadable(@TempDir Path dir) throws IOException {
        FittedRecipe recipe = everyKind().get(0);
        Path file = dir.resolve("recipe.json");
        RecipeJson.write(recipe, file);
        String json = Files.readString(file);
        assertThat(json).contains("\"format\" : \"mlp-workbench-recipe\"", "\"version\" : 1", "\"task\" : \"binary\"",
                "\"step\" : \"numeric\"", "\"scaling\" : \"standardize\"", "\"imputation\" : \"median\"",
                "\"encoding\" : \"one-hot\"", "\"port=(other)\"", "\"age_missing\"", "\"positive\" : \"1\"");
        assertThat(RecipeJson.read(file)).isEqualTo(recipe);
    }

    @Test
    void aNewerVersionIsRefused() {
        String json = RecipeJson.write(everyKind().get(0)).replace("\"version\" : 1", "\"version\" : 2");
        assertThatThrownBy(() -> RecipeJson.read(json)).isInstanceOf(RecipeException.class)
                .hasMessage("the recipe document: written by a newer MLP Workbench (recipe format version 2);"
                        + " this version reads format version 1 at most: update MLP Workbench");
    }

    @Test
    void malformedDocumentsAreRefusedNamingTheProblem(@TempDir Path dir) throws IOException {
        String json = RecipeJson.write(everyKind().get(0));
        assertThatThrownBy(() -> RecipeJson.read("{\"format\": \"mlp-workbench-recipe\", \"version\": 1,"))
                .hasMessageStartingWith("the recipe document: not valid JSON: ");
        assertThatThrownBy(() -> RecipeJson.read("{\"weights\": []}"))
                .hasMessage("the recipe document: not an MLP Workbench recipe (its field 'format' should be 'mlp-workbench-recipe')");
        assertThatThrownBy(() -> RecipeJson.read(json.replaceFirst("\"center\" : [^,]+,", "")))
                .hasMessage("the recipe document: steps[1] (column 'age') lacks the field 'center'");
        assertThatThrownBy(() -> RecipeJson.read(json.replaceFirst("\"scale\" : [^,]+,", "\"scale\" : \"wide\",")))
                .hasMessage("the recipe document: steps[1] (column 'age') field 'scale' must be a finite number");
        assertThatThrownBy(() -> RecipeJson.read(json.replaceFirst("\"scale\" : [^,]+,", "\"scale\" : 0,")))
                .hasMessageStartingWith("the recipe document: steps[1] (column 'age'): numeric step of 'age': fill, center and scale must be finite");
        assertThatThrownBy(() -> RecipeJson.read(json.replace("\"encoding\" : \"one-hot\"", "\"encoding\" : \"hashing\"")))
                .hasMessage("the recipe document: steps[3] (column 'port') field 'encoding' is 'hashing'; expected one of one-hot, ordinal");
        assertThatThrownBy(() -> RecipeJson.read(json.replace("\"step\" : \"boolean\"", "\"step\" : \"spline\"")))
                .hasMessageContaining("steps[5] (column 'member') has an unknown step 'spline'");
        assertThatThrownBy(() -> RecipeJson.read(json.replace("\"task\" : \"binary\",\n    \"column\"", "\"task\" : \"ranking\",\n    \"column\"")))
                .hasMessageContaining("target: unknown task 'ranking'");
        assertThatThrownBy(() -> RecipeJson.read(json.replace("\"age_missing\"", "\"age_was_missing\"")))
                .hasMessageContaining("lists features [age, age_was_missing] but its fields give [age, age_missing]");
        Path file = dir.resolve("mine.json");
        Files.writeString(file, "[1, 2]");
        assertThatThrownBy(() -> RecipeJson.read(file)).hasMessageStartingWith("mine.json: not an MLP Workbench recipe");
    }
}
