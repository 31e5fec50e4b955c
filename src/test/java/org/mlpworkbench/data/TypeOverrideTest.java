package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Types forced through {@link CsvOptions#withType} and re-typing a loaded column. */
class TypeOverrideTest {

    private static final String CSV = "id,class,price,sex,note\n"
            + "1,3,1.50,male,\"two\nlines\"\n"
            + "2,1,007,female,x\n"
            + "3,2,abc,male,y\n";

    @Test
    void forcingCategoricalKeepsTheTextAsWritten() throws CsvException {
        Table t = CsvReader.readText("t.csv", "class,price\n3,1.50\n1,007\n2,1.50\n",
                CsvOptions.defaults().withType("class", ColumnType.CATEGORICAL).withType("price", ColumnType.TEXT)).table();
        assertThat(t.column("class").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(((CategoricalColumn) t.column("class")).levels()).containsExactly("3", "1", "2");
        assertThat(t.column("price").type()).isEqualTo(ColumnType.TEXT);
        assertThat(((CategoricalColumn) t.column("price")).levels()).containsExactly("1.50", "007");
    }

    @Test
    void forcingNumericOnTextNamesTheValueLineAndColumn() {
        assertThatThrownBy(() -> CsvReader.readText("t.csv", CSV, CsvOptions.defaults().withType("price", ColumnType.NUMERIC)))
                .isInstanceOf(CsvException.class)
                .hasMessage("t.csv, line 5, column 'price': 'abc' is not a number, but the column was asked to be NUMERIC.")
                .satisfies(e -> {
                    CsvException c = (CsvException) e;
                    assertThat(c.line()).isEqualTo(5);
                    assertThat(c.column()).isEqualTo("price");
                    assertThat(c.source()).isEqualTo("t.csv");
                });
    }

    @Test
    void forcingBooleanOnAnyTwoValuesOrdersThemAlphabetically() throws CsvException {
        Table t = CsvReader.readText("t.csv", CSV, CsvOptions.defaults().withType("sex", ColumnType.BOOLEAN)).table();
        CategoricalColumn sex = (CategoricalColumn) t.column("sex");
        assertThat(sex.type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(sex.levels()).containsExactly("female", "male");
        assertThat(sex.code(0)).isEqualTo(1);
    }

    @Test
    void forcingBooleanOnThreeValuesNamesTheThird() {
        assertThatThrownBy(() -> CsvReader.readText("t.csv", CSV, CsvOptions.defaults().withType("class", ColumnType.BOOLEAN)))
                .isInstanceOf(CsvException.class)
                .hasMessage("t.csv, line 5, column 'class': '2' is a third distinct value after '3' and '1',"
                        + " so the column cannot be BOOLEAN, as asked.");
    }

    @Test
    void forcingConstantOnTwoValuesIsRefused() {
        assertThatThrownBy(() -> CsvReader.readText("t.csv", CSV, CsvOptions.defaults().withType("sex", ColumnType.CONSTANT)))
                .hasMessage("t.csv, line 4, column 'sex': 'female' differs from the earlier value 'male',"
                        + " so the column cannot be CONSTANT, as asked.");
    }

    @Test
    void forcingAColumnThatDoesNotExistListsTheColumns() {
        assertThatThrownBy(() -> CsvReader.readText("t.csv", CSV, CsvOptions.defaults().withType("Price", ColumnType.NUMERIC)))
                .hasMessage("t.csv has no column 'Price' (asked to be NUMERIC); its columns are: id, class, price, sex, note.");
    }

    @Test
    void forcingIdentifierKeepsTheStorage() throws CsvException {
        Table t = CsvReader.readText("t.csv", CSV, CsvOptions.defaults().withType("class", ColumnType.IDENTIFIER)).table();
        assertThat(t.column("class")).isInstanceOf(NumericColumn.class);
        assertThat(t.column("class").type()).isEqualTo(ColumnType.IDENTIFIER);
    }

    @Test
    void retypingNumericToCategoricalAndBack() throws CsvException {
        LoadedTable loaded = CsvReader.readText("t.csv", CSV);
        assertThat(loaded.table().column("class").type()).isEqualTo(ColumnType.NUMERIC);
        LoadedTable categorical = loaded.withType("class", ColumnType.CATEGORICAL);
        CategoricalColumn c = (CategoricalColumn) categorical.table().column("class");
        assertThat(c.levels()).containsExactly("3", "1", "2");
        LoadedTable numeric = categorical.withType("class", ColumnType.NUMERIC);
        assertThat(((NumericColumn) numeric.table().column("class")).value(0)).isEqualTo(3.0);
        assertThat(loaded.table().column("class").type()).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void retypingTextToNumericNamesTheFileLineOfTheFirstBadValue() throws CsvException {
        LoadedTable loaded = CsvReader.readText("t.csv", CSV);
        assertThatThrownBy(() -> loaded.withType("sex", ColumnType.NUMERIC))
                .isInstanceOf(CsvException.class)
                .hasMessage("t.csv, line 2, column 'sex': 'male' is not a number, so the column cannot be NUMERIC")
                .extracting(e -> ((CsvException) e).line()).isEqualTo(2L);
        assertThatThrownBy(() -> loaded.withType("price", ColumnType.NUMERIC))
                .hasMessage("t.csv, line 5, column 'price': 'abc' is not a number, so the column cannot be NUMERIC");
    }

    @Test
    void retypingATableNamesTheRow() throws CsvException {
        Table t = CsvReader.readText("t.csv", CSV).table();
        assertThatThrownBy(() -> t.withType("note", ColumnType.NUMERIC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("t.csv, row 1, column 'note': 'two\nlines' is not a number, so the column cannot be NUMERIC");
        assertThat(t.withType("sex", ColumnType.BOOLEAN).column("sex").type()).isEqualTo(ColumnType.BOOLEAN);
    }

    @Test
    void retypingToNumericTurnsInfinitiesIntoMissingWithAWarning() throws CsvException {
        LoadedTable loaded = CsvReader.readText("t.csv", "v\n1\ninf\nx\n")
                .withType("v", ColumnType.TEXT);
        LoadedTable t = CsvReader.readText("t.csv", "v\n1\ninf\n2\n",
                CsvOptions.defaults().withType("v", ColumnType.TEXT)).withType("v", ColumnType.NUMERIC);
        assertThat(t.table().column("v").missingCount()).isEqualTo(1);
        assertThat(t.warnings()).containsExactly("column 'v': 1 infinite or NaN values treated as missing");
        assertThat(loaded.table().column("v").type()).isEqualTo(ColumnType.TEXT);
    }
}
