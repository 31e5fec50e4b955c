package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 4180 details, read from a file (fast path) and from text (Commons CSV path). */
class Rfc4180Test {

    @TempDir
    Path dir;

    private LoadedTable read(boolean file, String text) throws IOException, CsvException {
        if (!file) {
            return CsvReader.readText("t.csv", text);
        }
        Path p = dir.resolve("t.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return CsvReader.read(p);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks(boolean file) throws Exception {
        LoadedTable t = read(file, "name,quote,n\r\n"
                + "\"Smith, John\",\"He said \"\"hi\"\"\",1\r\n"
                + "\"Lee\",\"two\r\nlines\",2\r\n"
                + "Ng,\"a\nb\n\nc\",3\r\n");
        Table table = t.table();
        assertThat(table.column("name").text(0)).isEqualTo("Smith, John");
        assertThat(table.column("quote").text(0)).isEqualTo("He said \"hi\"");
        assertThat(table.column("quote").text(1)).isEqualTo("two\r\nlines");
        assertThat(table.column("quote").text(2)).isEqualTo("a\nb\n\nc");
        assertThat(t.rowLines().lineOf(0)).isEqualTo(2);
        assertThat(t.rowLines().lineOf(1)).isEqualTo(3);
        assertThat(t.rowLines().lineOf(2)).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void quotesInsideUnquotedFieldsAreKept(boolean file) throws Exception {
        Table t = read(file, "h,w\n5'10\",x\n6'1\",y\n").table();
        assertThat(t.column("h").text(0)).isEqualTo("5'10\"");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void emptyQuotedAndEmptyFieldsAreBothMissing(boolean file) throws Exception {
        Table t = read(file, "a,b,c\n1,\"\",x\n2,,y\n3,z,\n").table();
        assertThat(t.column("b").isMissing(0)).isTrue();
        assertThat(t.column("b").isMissing(1)).isTrue();
        assertThat(t.column("c").isMissing(2)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void blankLinesAreSkippedAndTheLastLineNeedsNoBreak(boolean file) throws Exception {
        LoadedTable t = read(file, "\na,b\n\n1,2\n\r\n3,4");
        assertThat(t.table().rowCount()).isEqualTo(2);
        assertThat(t.rowLines().lineOf(0)).isEqualTo(4);
        assertThat(t.rowLines().lineOf(1)).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void spacesAfterAClosingQuoteAreIgnoredAndFieldsAreNotTrimmed(boolean file) throws Exception {
        Table t = read(file, "a,b\n\"x\"  , y \n\"z\"\t,w\n").table();
        assertThat(t.column("a").text(0)).isEqualTo("x");
        assertThat(t.column("b").text(0)).isEqualTo(" y ");
    }
}
