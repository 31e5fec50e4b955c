package org.mlpworkbench.data;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detects delimiter, quote, header and line ending from the first block of a file (up to
 * {@value #RECORDS} records), for whatever the caller's {@link CsvOptions} leave open.
 * <ul>
 * <li>Delimiter: each of {@code , ; tab |} splits the records; the winner has the largest share of records
 *     with the most common field count (ties: the larger count, then the order above), and that count must
 *     be at least 2, else the file is one column and the delimiter is {@code ,}.</li>
 * <li>Quote: {@code "}, unless no field is {@code "}-quoted and some field is enclosed in {@code '}.</li>
 * <li>Header: the first record is a header when none of its fields is a number and either some column holds
 *     only numbers below it, or none of its non-blank fields appears again in its column.</li>
 * <li>Line ending: the terminator of the first record ({@code \n} when it has none).</li>
 * </ul>
 */
final class DialectSniffer {

    static final int RECORDS = 100;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    /** The detected layout. */
    record Layout(char delimiter, char quote, boolean header, String lineEnding) {
        boolean crOnly() {
            return lineEnding.equals("\r");
        }
    }

    private DialectSniffer() {
    }

    /** Detects the layout of {@code b[from, to)}; {@code whole}: the block is the entire input. */
    static Layout detect(byte[] b, int from, int to, boolean whole, CsvOptions options, Charset charset) {
        char quote = options.quote() != null ? options.quote() : '"';
        char delimiter = options.delimiter() != null ? options.delimiter() : bestDelimiter(b, from, to, whole, quote);
        if (options.quote() == null && prefersSingleQuote(b, from, to, whole, delimiter)) {
            quote = '\'';
            if (options.delimiter() == null) {
                delimiter = bestDelimiter(b, from, to, whole, quote);
            }
        }
        List<String[]> records = records(b, from, to, whole, delimiter, quote, charset, RECORDS);
        boolean header = options.header() != null ? options.header() : !records.isEmpty() && looksLikeHeader(records);
        return new Layout(delimiter, quote, header, lineEnding(b, from, to, whole, delimiter, quote));
    }

    private static char bestDelimiter(byte[] b, int from, int to, boolean whole, char quote) {
        char best = ',';
        double bestShare = -1;
        int bestCount = 1;
        for (char d : DELIMITERS) {
            if (d == quote) {
                continue;
            }
            TokenizedChunk t = tokenize(b, from, to, whole, d, quote, RECORDS);
            if (t == null || t.rows == 0) {
                continue;
            }
            Map<Integer, Integer> counts = new HashMap<>();
            for (int r = 0; r < t.rows; r++) {
                counts.merge(t.fieldCounts[r], 1, Integer::sum);
            }
            int mode = 1;
            int modeRows = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > modeRows || e.getValue() == modeRows && e.getKey() > mode) {
                    mode = e.getKey();
                    modeRows = e.getValue();
                }
            }
            double share = (double) modeRows / t.rows;
            if (mode >= 2 && (share > bestShare || share == bestShare && mode > bestCount)) {
                best = d;
                bestShare = share;
                bestCount = mode;
            }
        }
        return best;
    }

    private static boolean prefersSingleQuote(byte[] b, int from, int to, boolean whole, char delimiter) {
        if (delimiter == '\'') {
            return false;
        }
        TokenizedChunk t = tokenize(b, from, to, whole, delimiter, '"', RECORDS);
        if (t == null) {
            return false;
        }
        int doubleQuoted = 0;
        int singleQuoted = 0;
        for (int f = 0; f < t.fields; f++) {
            int s = t.start(f);
            int e = t.end(f);
            if (s > from && b[s - 1] == '"' && e < to && b[e] == '"') {
                doubleQuoted++;
            } else if (e - s >= 2 && b[s] == '\'' && b[e - 1] == '\'') {
                singleQuoted++;
            }
        }
        return doubleQuoted == 0 && singleQuoted > 0;
    }

    private static TokenizedChunk tokenize(byte[] b, int from, int to, boolean whole, char d, char q, int max) {
        try {
            return new ByteTokenizer(d, q).tokenize(b, from, to, whole, 0, max, 0);
        } catch (TokenizeError e) {
            return null;
        }
    }

    /** The first {@code max} records of the block as strings (quotes removed, doubled quotes made single). */
    static List<String[]> records(byte[] b, int from, int to, boolean whole, char d, char q, Charset cs, int max) {
        TokenizedChunk t = tokenize(b, from, to, whole, d, q, max);
        List<String[]> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        int f = 0;
        for (int r = 0; r < t.rows; r++) {
            String[] fields = new String[t.fieldCounts[r]];
            for (int i = 0; i < fields.length; i++, f++) {
                String s = new String(b, t.start(f), t.end(f) - t.start(f), cs);
                fields[i] = t.escaped(f) ? s.replace(String.valueOf(q) + q, String.valueOf(q)) : s;
            }
            out.add(fields);
        }
        return out;
    }

    static boolean looksLikeHeader(List<String[]> records) {
        String[] first = records.get(0);
        for (String v : first) {
            if (!NumberParser.isNotANumber(NumberParser.parse(v))) {
                return false;
            }
        }
        boolean repeated = false;
        for (int c = 0; c < first.length; c++) {
            boolean sawNumber = false;
            boolean onlyNumbers = true;
            for (String[] r : records.subList(1, records.size())) {
                if (r.length != first.length || r[c].isBlank()) {
                    continue;
                }
                boolean number = !NumberParser.isNotANumber(NumberParser.parse(r[c]));
                sawNumber |= number;
                onlyNumbers &= number;
                repeated |= !first[c].isBlank() && r[c].equals(first[c]);
            }
            if (sawNumber && onlyNumbers) {
                return true;
            }
        }
        return !repeated;
    }

    private static String lineEnding(byte[] b, int from, int to, boolean whole, char d, char q) {
        TokenizedChunk t = tokenize(b, from, to, whole, d, q, 1);
        int end = t == null ? from : t.consumed;
        if (end > from && b[end - 1] == '\n') {
            return end - 2 >= from && b[end - 2] == '\r' ? "\r\n" : "\n";
        }
        return end > from && b[end - 1] == '\r' ? "\r" : "\n";
    }
}
