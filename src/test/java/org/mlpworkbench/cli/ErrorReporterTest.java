package org.mlpworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.CsvException;
import picocli.CommandLine;

class ErrorReporterTest {

    private static String[] handle(Exception failure, boolean debug) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Main()).setErr(new PrintWriter(err));
        int code = new ErrorReporter(debug).handleExecutionException(failure, command, null);
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void aBugIsExitCodeOneWithAHintToUseDebug() {
        String[] result = handle(new NullPointerException("recipe is null"), false);
        assertThat(result[0]).isEqualTo("1");
        assertThat(result[1]).isEqualTo("error: unexpected failure: recipe is null (run again with --debug for details)"
                + System.lineSeparator());
        String[] debug = handle(new NullPointerException("recipe is null"), true);
        assertThat(debug[1]).startsWith("error: unexpected failure: recipe is null" + System.lineSeparator())
                .contains("java.lang.NullPointerException");
    }

    @Test
    void userErrorsAreExitCodeTwoOnOneLine() {
        assertThat(handle(new CsvException("a.csv", 3, "x", "a.csv, line 3: bad\nvery bad"), false))
                .containsExactly("2", "error: a.csv, line 3: bad; very bad" + System.lineSeparator());
        assertThat(handle(new NoSuchFileException("/tmp/none"), false))
                .containsExactly("2", "error: no such file or directory: /tmp/none" + System.lineSeparator());
        assertThat(handle(new IllegalArgumentException(), false))
                .containsExactly("2", "error: IllegalArgumentException" + System.lineSeparator());
    }
}
