package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.SampleData;

/** The public datasets beside the project, against the figures in their PROVENANCE.md. */
class RealFilesTest {

    private static Map<String, ColumnType> types(Table t) {
        Map<String, ColumnType> out = new LinkedHashMap<>();
        for (Column c : t.columns()) {
            out.put(c.name(), c.type());
        }
        return out;
    }

    private static int count(Column c, String value) {
        int n = 0;
        for (int r = 0; r < c.size(); r++) {
            if (value.equals(c.text(r))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void titanicTrain() throws CsvException {
        LoadedTable loaded = CsvReader.read(SampleData.file("titanic/train.csv"));
        Table t = loaded.table();
        assertThat(t.rowCount()).isEqualTo(891);
        assertThat(t.columnCount()).isEqualTo(12);
        assertThat(loaded.dialect()).isEqualTo(new CsvDialect(',', '"', true, StandardCharsets.UTF_8, false, "\r\n"));
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.bytes()).isEqualTo(61_194);
        Map<String, ColumnType> expected = new LinkedHashMap<>();
        expected.put("PassengerId", ColumnType.IDENTIFIER);
        expected.put("Survived", ColumnType.BOOLEAN);
        expected.put("Pclass", ColumnType.NUMERIC);
        expected.put("Name", ColumnType.IDENTIFIER);
        expected.put("Sex", ColumnType.CATEGORICAL);
        expected.put("Age", ColumnType.NUMERIC);
        expected.put("SibSp", ColumnType.NUMERIC);
        expected.put("Parch", ColumnType.NUMERIC);
        expected.put("Ticket", ColumnType.TEXT);
        expected.put("Fare", ColumnType.NUMERIC);
        expected.put("Cabin", ColumnType.TEXT);
        expected.put("Embarked", ColumnType.CATEGORICAL);
        assertThat(types(t)).containsExactlyEntriesOf(expected);
        assertThat(t.column("Age").missingCount()).isEqualTo(177);
        assertThat(t.column("Cabin").missingCount()).isEqualTo(687);
        assertThat(t.column("Embarked").missingCount()).isEqualTo(2);
        assertThat(count(t.column("Survived"), "1")).isEqualTo(342);
        assertThat(((CategoricalColumn) t.column("Survived")).levels()).containsExactly("0", "1");
        assertThat(t.column("Name").text(0)).isEqualTo("Braund, Mr. Owen Harris");
        assertThat(t.column("PassengerId").summary().min()).isEqualTo(1);
        assertThat(t.column("PassengerId").summary().max()).isEqualTo(891);
        assertThat(t.column("Sex").summary().top()).containsExactly(new ColumnSummary.ValueCount("male", 577),
                new ColumnSummary.ValueCount("female", 314));
        assertThat(loaded.rowLines().lineOf(890)).isEqualTo(892);
        int annie = -1;
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.column("Name").text(r).startsWith("McGowan, Miss. Anna")) {
                annie = r;
            }
        }
        assertThat(t.column("Name").text(annie)).isEqualTo("McGowan, Miss. Anna \"Annie\"");
    }

    @Test
    void titanicTest() throws CsvException {
        Table t = CsvReader.read(SampleData.file("titanic/test.csv")).table();
        assertThat(t.rowCount()).isEqualTo(418);
        assertThat(t.columnCount()).isEqualTo(11);
        assertThat(t.column("Age").missingCount()).isEqualTo(86);
        assertThat(t.column("Fare").missingCount()).isEqualTo(1);
        assertThat(t.column("Cabin").missingCount()).isEqualTo(327);
        assertThat(t.column("PassengerId").summary().min()).isEqualTo(892);
    }

    @Test
    void bankIsSemicolonDelimitedWithQuotedStrings() throws CsvException {
        LoadedTable loaded = CsvReader.read(SampleData.file("bank/bank.csv"));
        Table t = loaded.table();
        assertThat(loaded.dialect().delimiter()).isEqualTo(';');
        assertThat(loaded.dialect().lineEnding()).isEqualTo("\n");
        assertThat(t.rowCount()).isEqualTo(4521);
        assertThat(t.columnCount()).isEqualTo(17);
        assertThat(t.columnNames()).startsWith("age", "job", "marital");
        assertThat(t.column("y").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(((CategoricalColumn) t.column("y")).levels()).containsExactly("no", "yes");
        assertThat(count(t.column("y"), "no")).isEqualTo(4000);
        assertThat(count(t.column("y"), "yes")).isEqualTo(521);
        for (String name : new String[] {"job", "marital", "education", "contact", "month", "poutcome"}) {
            assertThat(t.column(name).type()).as(name).isEqualTo(ColumnType.CATEGORICAL);
        }
        assertThat(count(t.column("job"), "unknown")).isEqualTo(38);
        assertThat(count(t.column("education"), "unknown")).isEqualTo(187);
        assertThat(count(t.column("contact"), "unknown")).isEqualTo(1324);
        assertThat(count(t.column("poutcome"), "unknown")).isEqualTo(3705);
        assertThat(t.column("pdays").summary().min()).isEqualTo(-1);
        assertThat(t.column("balance").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("balance").summary().min()).isNegative();
    }

    @Test
    void yeastLabelsAreBoolean() throws CsvException {
        Table t = CsvReader.read(SampleData.file("yeast/train.csv")).table();
        assertThat(t.rowCount()).isEqualTo(1500);
        assertThat(t.columnCount()).isEqualTo(117);
        for (int k = 1; k <= 14; k++) {
            assertThat(t.column("Class" + k).type()).as("Class" + k).isEqualTo(ColumnType.BOOLEAN);
        }
        for (int k = 1; k <= 103; k++) {
            assertThat(t.column("Att" + k).type()).as("Att" + k).isEqualTo(ColumnType.NUMERIC);
        }
    }

    @Test
    void adultQuestionMarksAreMissing() throws CsvException {
        Table t = CsvReader.read(SampleData.file("adult/train.csv.gz")).table();
        assertThat(t.rowCount()).isEqualTo(32561);
        assertThat(t.columnCount()).isEqualTo(15);
        assertThat(t.column("workclass").missingCount()).isEqualTo(1836);
        assertThat(t.column("occupation").missingCount()).isEqualTo(1843);
        assertThat(t.column("native-country").missingCount()).isEqualTo(583);
        assertThat(count(t.column("income"), "<=50K")).isEqualTo(24720);
        assertThat(count(t.column("income"), ">50K")).isEqualTo(7841);
        assertThat(t.column("income").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(t.column("fnlwgt").type()).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void skinSegmentation() throws CsvException {
        Table t = CsvReader.read(SampleData.file("skin-segmentation/skin_nonskin.csv.gz")).table();
        assertThat(t.rowCount()).isEqualTo(245_057);
        assertThat(count(t.column("label"), "1")).isEqualTo(50_859);
        assertThat(t.column("R").summary().max()).isEqualTo(255);
    }
}
