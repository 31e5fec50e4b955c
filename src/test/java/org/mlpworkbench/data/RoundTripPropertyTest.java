package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Random tables of awkward strings (quotes, delimiters, line breaks, non-ASCII, surrounding spaces, numbers,
 * missing tokens) written with Commons CSV's printer and read back, from a file (fast path) and from text
 * (Commons CSV path): every value comes back, as the same number or the same text, and both paths give the
 * same table, types and row lines.
 */
class RoundTripPropertyTest {

    @Provide
    Arbitrary<String> value() {
        Arbitrary<String> awkward = Arbitraries.of("a", "Z", " ", "\"", ",", ";", "\t", "|", "\n", "\r", "\r\n", "é",
                "€", "日", "😀", "'").list().ofMaxSize(12).map(parts -> String.join("", parts));
        Arbitrary<String> integer = Arbitraries.integers().between(-1000, 1000).map(String::valueOf);
        Arbitrary<String> real = Arbitraries.doubles().between(-1e6, 1e6).ofScale(3).map(String::valueOf);
        Arbitrary<String> padded = integer.map(s -> " " + s + " ");
        Arbitrary<String> special = Arbitraries.of("", "NA", "N/A", "?", "null", "inf", "-Infinity", "yes", "no",
                "1e-3", "+5", "0", "1", "true", "FALSE");
        return Arbitraries.frequencyOf(
                Tuple.of(4, awkward), Tuple.of(2, integer), Tuple.of(2, real),
                Tuple.of(1, padded), Tuple.of(2, special));
    }

    @Provide
    Arbitrary<List<List<String>>> table() {
        return Arbitraries.integers().between(1, 5).flatMap(columns ->
                value().list().ofSize(columns).list().ofMinSize(1).ofMaxSize(25));
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t', '|');
    }

    @Property(tries = 300)
    void printedTablesReadBackIdentically(@ForAll("table") List<List<String>> rows,
                                          @ForAll("delimiters") char delimiter,
                                          @ForAll boolean crlf) throws IOException, CsvException {
        int columns = rows.get(0).size();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add("col " + c);
        }
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator(crlf ? "\r\n" : "\n")
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        String text = out.toString();
        CsvOptions options = CsvOptions.defaults().withDelimiter(delimiter).withHeader(true);
        Path file = Files.createTempFile("roundtrip", ".csv");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            LoadedTable fromFile = FileLoader.load(file, options, LoadListener.NONE, 64);
            LoadedTable fromText = CsvReader.readText("text", text, options);
            assertMatches(fromFile.table(), header, rows);
            assertMatches(fromText.table(), header, rows);
            assertSameTable(fromFile, fromText);
        } finally {
            Files.delete(file);
        }
    }

    static void assertMatches(Table table, List<String> header, List<List<String>> rows) {
        assertThat(table.columnNames()).isEqualTo(header);
        assertThat(table.rowCount()).isEqualTo(rows.size());
        for (int c = 0; c < header.size(); c++) {
            Column column = table.column(c);
            for (int r = 0; r < rows.size(); r++) {
                String written = rows.get(r).get(c);
                boolean missing = CsvOptions.DEFAULT_MISSING_TOKENS.contains(written);
                if (column instanceof NumericColumn n) {
                    double expected = missing ? Double.NaN : NumberParser.parse(written);
                    assertThat(NumberParser.isNotANumber(expected)).as("'%s' read as a number", written).isFalse();
                    if (Double.isNaN(expected)) {
                        assertThat(n.isMissing(r)).as("row %d of %s: '%s'", r, column.name(), written).isTrue();
                    } else {
                        assertThat(n.value(r)).as("row %d of %s: '%s'", r, column.name(), written).isEqualTo(expected);
                    }
                } else if (column.type() == ColumnType.BOOLEAN && !missing && !NumberParser.isNotANumber(
                        NumberParser.parse(written)) && ((CategoricalColumn) column).levels().equals(List.of("0", "1"))) {
                    if (NumberParser.isNonFinite(NumberParser.parse(written))) {
                        assertThat(column.text(r)).as("row %d of %s: '%s' is read as missing", r, column.name(), written).isNull();
                    } else {
                        assertThat(Double.parseDouble(column.text(r))).isEqualTo(NumberParser.parse(written));
                    }
                } else {
                    assertThat(column.text(r)).as("row %d of %s", r, column.name()).isEqualTo(missing ? null : written);
                }
            }
        }
    }

    static void assertSameTable(LoadedTable a, LoadedTable b) {
        assertThat(b.table().columnNames()).isEqualTo(a.table().columnNames());
        for (int c = 0; c < a.table().columnCount(); c++) {
            Column x = a.table().column(c);
            Column y = b.table().column(c);
            assertThat(y.type()).as("type of %s", x.name()).isEqualTo(x.type());
            assertThat(y.getClass()).isEqualTo(x.getClass());
            for (int r = 0; r < x.size(); r++) {
                assertThat(y.text(r)).isEqualTo(x.text(r));
            }
        }
        assertThat(b.rowLines()).isEqualTo(a.rowLines());
        assertThat(b.warnings().stream().map(w -> w.replaceFirst("^text", "")).toList())
                .isEqualTo(a.warnings().stream().map(w -> w.replaceFirst("^roundtrip\\d*\\.csv", "")).toList());
    }
}
