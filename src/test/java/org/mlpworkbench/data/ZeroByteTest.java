package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zero byte is refused wherever it is, with its line and column — not only in the first 64 KB. */
class ZeroByteTest {
    private static final int ROWS = 5000;

    @TempDir
    Path dir;

    /** {@value #ROWS} rows of about 20 bytes, with {@code bad} in column {@code column} of the row on line {@code line}. */
    private Path file(int line, int column, String bad) throws IOException {
        StringBuilder csv = new StringBuilder("id,x,kind\n");
        for (int r = 0; r < ROWS; r++) {
            String[] fields = {String.valueOf(r), (r % 97) + ".25", r % 3 == 0 ? "alpha" : "beta"};
            if (r + 2 == line) {
                fields[column] = bad;
            }
            csv.append(String.join(",", fields)).append('\n');
        }
        assertThat(csv.length()).as("the file is longer than the first block").isGreaterThan(1 << 16);
        return Files.writeString(dir.resolve("late.csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    void aZeroByteAfterTheFirstBlockInANumericColumnIsRefused() throws IOException {
        Path file = file(4800, 1, "12\0" + "5");
        String expected = "late.csv, line 4800, column 'x': the value holds a zero byte (NUL), which a CSV text file never"
                + " does. If the file is UTF-16 text without a byte order mark, save it as UTF-8.";
        assertThatThrownBy(() -> CsvReader.read(file)).isInstanceOf(CsvException.class).hasMessage(expected)
                .satisfies(e -> assertThat(((CsvException) e).line()).isEqualTo(4800));
        assertThatThrownBy(() -> FileLoader.load(file, CsvOptions.defaults(), LoadListener.NONE, 1 << 14))
                .as("read in small blocks").hasMessage(expected);
        assertThatThrownBy(() -> CsvReader.readText("late.csv", Files.readString(file))).hasMessage(expected);
    }

    @Test
    void aZeroByteInATextColumnIsRefusedToo() throws IOException {
        Path file = file(4900, 2, "gam\0ma");
        assertThatThrownBy(() -> CsvReader.read(file)).isInstanceOf(CsvException.class)
                .hasMessageStartingWith("late.csv, line 4900, column 'kind': the value holds a zero byte (NUL)");
    }

    @Test
    void aZeroByteInTheFirstBlockIsStillRefusedAsBinary() throws IOException {
        Path file = file(3, 2, "gam\0ma");
        assertThatThrownBy(() -> CsvReader.read(file)).hasMessageStartingWith("late.csv is not a CSV text file: it contains a zero byte");
    }
}
