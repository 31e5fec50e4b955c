package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The fast tokenizer against Commons CSV on arbitrary text (not only well-formed CSV): the same records
 * and fields, or both refusing the input; and the record boundary search against the byte-by-byte state
 * machine and the tokenizer.
 */
class TokenizerPropertyTest {

    private static final char[] ALPHABET = {'a', 'b', '1', ' ', '\t', '"', '\'', ',', ';', '|', '\n', '\r', 'é', '€', '日'};

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars(ALPHABET).ofMinLength(0).ofMaxLength(60);
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t', '|');
    }

    @Property(tries = 3000)
    void sameRecordsAsCommonsCsv(@ForAll("text") String text, @ForAll("delimiters") char delimiter) {
        List<List<String>> expected = commons(text, delimiter);
        List<List<String>> actual = fast(text, delimiter);
        assertThat(actual).as("records of %s", Arrays.toString(text.toCharArray())).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void boundaryJumpsAgreeWithStateMachineAndTokenizer(@ForAll("text") String text,
                                                       @ForAll("delimiters") char delimiter) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int jumps = RecordBoundary.lastByJumps(b, 0, b.length, delimiter, '"');
        int states = RecordBoundary.lastByStates(b, 0, b.length, delimiter, '"', false);
        assertThat(jumps).isEqualTo(states);
        if (jumps > 0) {
            TokenizedChunk whole = tokenizeOrNull(b, 0, jumps, delimiter);
            if (whole != null) {
                assertThat(whole.consumed).isEqualTo(jumps);
            }
        }
    }

    @Property(tries = 2000)
    void bytesAfterTheEndOfTheRangeAreIgnored(@ForAll("text") String text, @ForAll("delimiters") char delimiter,
                                              @ForAll("text") String garbage) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        byte[] g = (garbage + "\"\n,;\t|\r").getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[b.length + g.length];
        System.arraycopy(b, 0, padded, 0, b.length);
        System.arraycopy(g, 0, padded, b.length, g.length);
        TokenizedChunk alone = tokenizeOrNull(b, 0, b.length, delimiter);
        TokenizedChunk inside = tokenizeOrNull(padded, 0, b.length, delimiter);
        assertThat(inside == null).isEqualTo(alone == null);
        if (alone != null) {
            assertThat(inside.rows).isEqualTo(alone.rows);
            assertThat(Arrays.copyOf(inside.starts, inside.fields)).isEqualTo(Arrays.copyOf(alone.starts, alone.fields));
            assertThat(Arrays.copyOf(inside.ends, inside.fields)).isEqualTo(Arrays.copyOf(alone.ends, alone.fields));
        }
        assertThat(RecordBoundary.lastByJumps(padded, 0, b.length, delimiter, '"'))
                .isEqualTo(RecordBoundary.lastByJumps(b, 0, b.length, delimiter, '"'));
    }

    /** Commons CSV's records, or {@code null} when it refuses the text. */
    static List<List<String>> commons(String text, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<List<String>> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                out.add(r.toList());
            }
            return out;
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            return null;
        }
    }

    /** The fast tokenizer's records, or {@code null} when it refuses the text. */
    static List<List<String>> fast(String text, char delimiter) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        TokenizedChunk t = tokenizeOrNull(b, 0, b.length, delimiter);
        if (t == null) {
            return null;
        }
        List<List<String>> out = new ArrayList<>();
        int f = 0;
        for (int r = 0; r < t.rows; r++) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < t.fieldCounts[r]; i++, f++) {
                String s = new String(b, t.start(f), t.end(f) - t.start(f), StandardCharsets.UTF_8);
                fields.add(t.escaped(f) ? s.replace("\"\"", "\"") : s);
            }
            out.add(fields);
        }
        return out;
    }

    private static TokenizedChunk tokenizeOrNull(byte[] b, int from, int to, char delimiter) {
        try {
            return new ByteTokenizer(delimiter, '"').tokenize(b, from, to, true, 0, Integer.MAX_VALUE, 0);
        } catch (TokenizeError e) {
            return null;
        }
    }
}
