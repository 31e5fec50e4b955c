package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The type inference rules of {@link ColumnTyping}, one by one, on small inline tables. */
class InferenceTest {

    private static Table read(String csv) throws CsvException {
        return CsvReader.readText("t.csv", csv).table();
    }

    /** A one-column CSV with header {@code v} and the given values. */
    private static Table column(List<String> values) throws CsvException {
        return read("v\n" + String.join("\n", values) + "\n");
    }

    private static List<String> range(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).collect(Collectors.toList());
    }

    @Test
    void numbersInEveryNotation() throws CsvException {
        Table t = read("a,b\n1,+5\n-2.5,1e-3\n.5, 12 \n3.,2E+2\n");
        NumericColumn a = (NumericColumn) t.column("a");
        NumericColumn b = (NumericColumn) t.column("b");
        assertThat(a.type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(new double[] {a.value(0), a.value(1), a.value(2), a.value(3)}).containsExactly(1, -2.5, 0.5, 3);
        assertThat(new double[] {b.value(0), b.value(1), b.value(2), b.value(3)}).containsExactly(5, 0.001, 12, 200);
    }

    @Test
    void defaultMissingTokensAreMissingEverywhere() throws CsvException {
        Table t = read("n,s\n1,a\n,b\nNA,c\nN/A,?\nNaN,null\nnull,NULL\n?,d\n2,N/A\n");
        assertThat(t.column("n").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("n").missingCount()).isEqualTo(6);
        assertThat(t.column("s").missingCount()).isEqualTo(4);
        assertThat(((CategoricalColumn) t.column("s")).levels()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void missingTokensAreConfigurable() throws Exception {
        CsvOptions options = CsvOptions.defaults().withMissingTokens(List.of("-", ""));
        Table t = CsvReader.readText("t.csv", "x,y\n1,NA\n-,b\n3,\n", options).table();
        assertThat(t.column("x").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("x").missingCount()).isEqualTo(1);
        assertThat(t.column("y").text(0)).isEqualTo("NA");
        assertThat(t.column("y").isMissing(2)).isTrue();
    }

    @Test
    void infinitiesAndNanAreMissingAndReported() throws CsvException {
        LoadedTable t = CsvReader.readText("t.csv", "x,y\n1,a\ninf,b\n-Infinity,c\n2,d\n1e999,e\n",
                CsvOptions.defaults().withMissingTokens(List.of("")));
        Column x = t.table().column("x");
        assertThat(x.type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(x.missingCount()).isEqualTo(3);
        assertThat(t.warnings()).containsExactly(
                "t.csv, column 'x': 3 values are infinite or NaN (the first on line 3); treated as missing.");
    }

    @Test
    void unknownStaysACategory() throws CsvException {
        Table t = read("job\n\"unknown\"\n\"admin.\"\n\"unknown\"\n");
        assertThat(((CategoricalColumn) t.column("job")).levels()).containsExactly("unknown", "admin.");
        assertThat(t.column("job").missingCount()).isZero();
    }

    @Test
    void constantColumns() throws CsvException {
        Table t = read("n,s,e\n4,x,\n4,x,\n,x,\n");
        assertThat(t.column("n").type()).isEqualTo(ColumnType.CONSTANT);
        assertThat(t.column("n")).isInstanceOf(NumericColumn.class);
        assertThat(t.column("s").type()).isEqualTo(ColumnType.CONSTANT);
        assertThat(t.column("e").type()).isEqualTo(ColumnType.CONSTANT);
        assertThat(t.column("e").missingCount()).isEqualTo(3);
    }

    @Test
    void zeroOneNumbersAreBoolean() throws CsvException {
        CategoricalColumn c = (CategoricalColumn) read("survived\n0\n1\n1\nNA\n0\n").column("survived");
        assertThat(c.type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(c.levels()).containsExactly("0", "1");
        assertThat(new int[] {c.code(0), c.code(1), c.code(2), c.code(3), c.code(4)}).containsExactly(0, 1, 1, -1, 0);
    }

    @Test
    void wordPairsAreBooleanWithTheFalseLikeValueFirst() throws CsvException {
        Table t = read("a,b,c,d,e\nyes,True,T,y,on\nno,False,F,n,off\nyes,True,T,y,on\n");
        for (String name : List.of("a", "b", "c", "d", "e")) {
            CategoricalColumn c = (CategoricalColumn) t.column(name);
            assertThat(c.type()).as(name).isEqualTo(ColumnType.BOOLEAN);
            assertThat(c.code(0)).as(name).isEqualTo(1);
            assertThat(c.code(1)).as(name).isZero();
        }
        assertThat(((CategoricalColumn) t.column("a")).levels()).containsExactly("no", "yes");
    }

    @Test
    void twoValuesThatAreNotAPairAreCategorical() throws CsvException {
        Table t = read("sex,label\nmale,1\nfemale,2\nmale,2\n");
        assertThat(t.column("sex").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(t.column("label").type()).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void uniqueWholeNumbersInEveryRowAreAnIdentifierFromTwentyRows() throws CsvException {
        assertThat(column(range(20, "")).column("v").type()).isEqualTo(ColumnType.IDENTIFIER);
        assertThat(column(range(19, "")).column("v").type()).isEqualTo(ColumnType.NUMERIC);
        List<String> shuffled = range(25, "");
        java.util.Collections.reverse(shuffled);
        assertThat(column(shuffled).column("v").type()).isEqualTo(ColumnType.IDENTIFIER);
        List<String> repeated = range(25, "");
        repeated.set(24, "3");
        assertThat(column(repeated).column("v").type()).isEqualTo(ColumnType.NUMERIC);
        List<String> gap = range(25, "");
        gap.set(5, "NA");
        assertThat(column(gap).column("v").type()).isEqualTo(ColumnType.NUMERIC);
        List<String> fractions = range(25, "0.");
        assertThat(column(fractions).column("v").type()).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void textThresholds() throws CsvException {
        List<String> nineteenOfTwenty = range(19, "name ");
        nineteenOfTwenty.add("name 0");
        assertThat(column(nineteenOfTwenty).column("v").type()).isEqualTo(ColumnType.IDENTIFIER);
        List<String> eighteenOfTwenty = range(18, "name ");
        eighteenOfTwenty.addAll(List.of("name 0", "name 1"));
        assertThat(column(eighteenOfTwenty).column("v").type()).isEqualTo(ColumnType.TEXT);
        List<String> elevenOfTwenty = range(11, "t");
        elevenOfTwenty.addAll(range(9, "t"));
        assertThat(column(elevenOfTwenty).column("v").type()).isEqualTo(ColumnType.TEXT);
        List<String> tenOfTwenty = range(10, "t");
        tenOfTwenty.addAll(range(10, "t"));
        assertThat(column(tenOfTwenty).column("v").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(column(range(19, "only nineteen ")).column("v").type()).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void aColumnOfNumbersWithOneWordIsText() throws CsvException {
        Table t = read("ticket\n113803\nA/5 21171\n0042\n");
        CategoricalColumn c = (CategoricalColumn) t.column("ticket");
        assertThat(c.levels()).containsExactly("113803", "A/5 21171", "0042");
    }

    @Test
    void textKeepsSpacesAndCase() throws CsvException {
        Table t = read("s\n\" a\"\na\nA\n");
        assertThat(((CategoricalColumn) t.column("s")).levels()).containsExactly(" a", "a", "A");
    }
}
