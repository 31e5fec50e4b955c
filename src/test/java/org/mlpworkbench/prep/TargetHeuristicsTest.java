package org.mlpworkbench.prep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.NumericColumn;
import org.mlpworkbench.data.Table;

/** Which columns are guessed as the target, and which input columns are dropped for restating it. */
class TargetHeuristicsTest {

    private static Table read(Path file) throws Exception {
        return CsvReader.read(file).table();
    }

    @Test
    void conventionalNamesNumberedLabelRunsAndTrailingBooleansAreGuessed() throws Exception {
        assertThat(Recipe.guessTargets(read(SampleData.file("titanic/train.csv")))).containsExactly("Survived");
        assertThat(Recipe.guessTargets(read(SampleData.file("yeast/train.csv"))))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 14).mapToObj(i -> "Class" + i).toList());
        assertThat(Recipe.guessTargets(read(Path.of("sample-data", "scene-tags.csv"))))
                .containsExactly("car", "bicycle", "person", "tree");
        assertThat(Recipe.guessTargets(read(Path.of("sample-data", "house-prices.csv")))).containsExactly("price_k");
    }

    @Test
    void withoutAHintTheLastUsableColumnIsTheGuess() {
        Table table = Table.of("t.csv",
                NumericColumn.of("a", new double[] {1, 2, 3}),
                NumericColumn.of("b", new double[] {3, 1, 2}),
                CategoricalColumn.of("note", ColumnType.TEXT, new String[] {"x y", "y z", "z w"}));
        assertThat(Recipe.guessTargets(table)).containsExactly("b");
    }

    @Test
    void aLabelListColumnIsDroppedWhenItsLabelsAreTheTargets() throws Exception {
        Table scenes = read(Path.of("sample-data", "scene-tags.csv"));
        DefaultRecipe defaults = Recipe.defaults(scenes, List.of("car", "bicycle", "person", "tree"));
        assertThat(defaults.recipe().step("tags")).isEqualTo(ColumnStep.DROP);
        assertThat(defaults.reasons().get("tags")).contains("target in another form");
        assertThat(defaults.recipe().step("setting")).isNotEqualTo(ColumnStep.DROP);
    }

    @Test
    void withTheLabelListAsTargetTheLabelColumnsAreDropped() throws Exception {
        Table scenes = read(Path.of("sample-data", "scene-tags.csv"));
        DefaultRecipe defaults = Recipe.defaults(scenes, List.of("tags"));
        for (String label : List.of("car", "bicycle", "person", "tree")) {
            assertThat(defaults.recipe().step(label)).as(label).isEqualTo(ColumnStep.DROP);
            assertThat(defaults.reasons().get(label)).contains("one of the labels of the target 'tags'");
        }
        assertThat(defaults.recipe().step("brightness")).isNotEqualTo(ColumnStep.DROP);
    }

    @Test
    void titanicKeepsItsUsualDefaults() throws Exception {
        DefaultRecipe defaults = Recipe.defaults(read(SampleData.file("titanic/train.csv")), List.of("Survived"));
        assertThat(defaults.reasons().values()).noneMatch(r -> r.contains("give the answer away"));
    }
}
