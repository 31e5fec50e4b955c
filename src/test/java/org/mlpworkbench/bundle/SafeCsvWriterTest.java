package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SafeCsvWriterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=1+2|'=1+2",
            "+cmd|'+cmd",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "-|'-",
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "-0.25|-0.25",
            "+3|+3",
            "-1e-5|-1e-5",
            "-.5|-.5",
            "Braund, Mr. Owen|Braund, Mr. Owen",
            "a=b|a=b",
            "0.73|0.73"})
    void neutralisesFormulasButNotNumbers(String cell, String expected) {
        assertThat(SafeCsvWriter.neutralise(cell)).isEqualTo(expected);
    }

    @Test
    void neutralisesLeadingTabAndCarriageReturn() {
        assertThat(SafeCsvWriter.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SafeCsvWriter.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(SafeCsvWriter.neutralise("")).isEmpty();
        assertThat(SafeCsvWriter.neutralise(null)).isEmpty();
    }

    @Test
    void quotesOnlyWhereCsvNeedsIt() throws IOException {
        StringWriter text = new StringWriter();
        try (SafeCsvWriter csv = new SafeCsvWriter(text)) {
            csv.writeRow(List.of("PassengerId", "Survived"));
            csv.writeRow(List.of("892", "0"));
            csv.writeRow(List.of("Kelly, \"Mr\" James", "=cmd|' /C calc'!A0"));
        }
        assertThat(text.toString()).isEqualTo("PassengerId,Survived\n892,0\n\"Kelly, \"\"Mr\"\" James\",'=cmd|' /C calc'!A0\n");
    }
}
