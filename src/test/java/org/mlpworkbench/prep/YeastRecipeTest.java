package org.mlpworkbench.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;

/** Multi-label targets on the MULAN yeast files: fourteen 0/1 columns, and the same labels as one delimited column. */
class YeastRecipeTest {

    static final List<String> LABELS = IntStream.rangeClosed(1, 14).mapToObj(i -> "Class" + i).toList();

    static Table train;
    static Table test;
    static CsvTables.Raw raw;
    static CsvTables.Raw testRaw;

    @BeforeAll
    static void read() throws IOException {
        Map<String, ColumnType> types = new java.util.HashMap<>();
        LABELS.forEach(l -> types.put(l, ColumnType.BOOLEAN));
        train = CsvTables.table(SampleData.file("yeast/train.csv"), types, ColumnType.NUMERIC);
        test = CsvTables.table(SampleData.file("yeast/test.csv"), types, ColumnType.NUMERIC);
        raw = CsvTables.raw(SampleData.file("yeast/train.csv"));
        testRaw = CsvTables.raw(SampleData.file("yeast/test.csv"));
    }

    /** The 0/1 label matrix read straight from the text of the file. */
    private static Matrix rawLabels() {
        float[][] rows = new float[raw.rows().size()][LABELS.size()];
        for (int j = 0; j < LABELS.size(); j++) {
            List<String> column = raw.column(LABELS.get(j));
            for (int r = 0; r < rows.length; r++) {
                rows[r][j] = Float.parseFloat(column.get(r));
            }
        }
        return Matrix.of(rows);
    }

    @Test
    void fourteenZeroOneColumnsAreMultiLabel() {
        DefaultRecipe defaults = Recipe.defaults(train, LABELS);
        FittedRecipe fitted = RecipeFitter.fit(train, defaults.recipe());
        assertThat(fitted.task()).isEqualTo(Task.MULTI_LABEL);
        assertThat(defaults.reason("Class1")).isEqualTo("target — 14 two-valued columns: multi-label, one output each");
        assertThat(fitted.featureNames()).hasSize(103).startsWith("Att1", "Att2").endsWith("Att103");
        assertThat(fitted.outputNames()).isEqualTo(LABELS);
        Prepared prepared = fitted.apply(train);
        assertThat(prepared.targets()).isEqualTo(rawLabels());
        assertThat(prepared.summary()).isEqualTo("1500 rows × 103 features → 14 outputs (multi-label: 14 labels Class1…Class14)");
        // 6342 labels over 1500 rows: label cardinality 4.228 (MULAN quotes 4.237 over all 2417 rows)
        double labels = 0;
        for (float v : prepared.targets().data()) {
            labels += v;
        }
        assertThat(labels).isEqualTo(6342);
        Prepared held = fitted.apply(test);
        assertThat(held.features().rows()).isEqualTo(917);
        assertThat(held.targets().cols()).isEqualTo(14);
        // the test file is scaled with the training statistics
        FittedNumeric att1 = (FittedNumeric) fitted.steps().get(0);
        double mean = raw.column("Att1").stream().mapToDouble(Double::parseDouble).average().orElseThrow();
        assertThat(att1.center()).isCloseTo(mean, offset(1e-12));
        double firstTestValue = Double.parseDouble(testRaw.column("Att1").get(0));
        assertThat(held.features().get(0, 0)).isEqualTo((float) ((firstTestValue - att1.center()) / att1.scale()));
    }

    @Test
    void theSameLabelsAsOneDelimitedColumn() {
        List<Column> columns = new ArrayList<>();
        for (Column c : train.columns()) {
            if (!LABELS.contains(c.name())) {
                columns.add(c);
            }
        }
        String[] sets = new String[train.rowCount()];
        for (int r = 0; r < sets.length; r++) {
            List<String> on = new ArrayList<>();
            for (String l : LABELS) {
                if ("1".equals(train.column(l).text(r))) {
                    on.add(l);
                }
            }
            sets[r] = String.join(";", on);
        }
        columns.add(CategoricalColumn.of("labels", ColumnType.TEXT, sets));
        Table delimited = Table.of("yeast-sets.csv", columns);
        TaskInference.Guess guess = TaskInference.infer(delimited, List.of("labels"), null);
        assertThat(guess.task()).isEqualTo(Task.MULTI_LABEL);
        assertThat(guess.delimiter()).isEqualTo(";");
        FittedRecipe fitted = RecipeFitter.fit(delimited, Recipe.defaults(delimited, List.of("labels")).recipe());
        assertThat(fitted.outputNames()).isEqualTo(LABELS.stream().map(l -> "labels=" + l).toList());
        assertThat(fitted.apply(delimited).targets()).isEqualTo(rawLabels());
        assertThat(RecipeJson.read(RecipeJson.write(fitted))).isEqualTo(fitted);
    }
}
