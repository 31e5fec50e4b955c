package org.mlpworkbench.data;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Detects delimiter, quote, header and line ending from the first block of a file (up to
 * {@value #RECORDS} records), for whatever the caller's {@link CsvOptions} leave open. The block is at
 * least 64 KB and is read further until {@link #holdsRecords} says it holds whole records.
 * <ul>
 * <li>Delimiter and quote: each of {@code , ; tab |} with the quote {@code "} (and also with {@code '} when
 *     the block holds no {@code "} at all) splits the records, up to the first syntax error; the winner has
 *     the largest share of records with the most common field count (ties: the larger count, then {@code "}
 *     before {@code '} and the delimiters in the order above), and that count must be at least 2, else the
 *     file is one column, the delimiter {@code ,} and the quote {@code "}.</li>
 * <li>Header: the first record is a header when none of its fields is a number and either some column holds
 *     only numbers below it, or none of its non-blank fields appears again in its column.</li>
 * <li>Line ending: the terminator of the first record ({@code \n} when it has none).</li>
 * </ul>
 */
final class DialectSniffer {

    static final int RECORDS = 100;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final char[] QUOTES = {'"', '\''};

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
        Candidate best = null;
        char[] quotes = options.quote() != null ? new char[] {options.quote()}
                : contains(b, from, to, (byte) '"') ? new char[] {'"'} : QUOTES;
        for (char quote : quotes) {
            for (char delimiter : options.delimiter() != null ? new char[] {options.delimiter()} : DELIMITERS) {
                if (delimiter != quote) {
                    Candidate c = score(b, from, to, whole, delimiter, quote);
                    if (best == null || c.betterThan(best)) {
                        best = c;
                    }
                }
            }
        }
        char delimiter = best.fields >= 2 || options.delimiter() != null ? best.delimiter : ',';
        char quote = best.fields >= 2 || options.quote() != null ? best.quote : '"';
        List<String[]> records = records(b, from, to, whole, delimiter, quote, charset, RECORDS);
        boolean header = options.header() != null ? options.header() : !records.isEmpty() && looksLikeHeader(records);
        return new Layout(delimiter, quote, header, lineEnding(b, from, to, whole, delimiter, quote));
    }

    /**
     * Whether {@code b[from, to)}, the start of a longer input, is enough to judge the layout: for some
     * candidate delimiter and quote it holds two complete records (a header and a row), or a syntax error
     * (which the load reports). A block that is not enough is read further.
     */
    static boolean holdsRecords(byte[] b, int from, int to, CsvOptions options) {
        char[] quotes = options.quote() != null ? new char[] {options.quote()}
                : contains(b, from, to, (byte) '"') ? new char[] {'"'} : QUOTES;
        for (char quote : quotes) {
            for (char delimiter : options.delimiter() != null ? new char[] {options.delimiter()} : DELIMITERS) {
                if (delimiter != quote) {
                    try {
                        if (new ByteTokenizer(delimiter, quote).tokenize(b, from, to, false, 0, 2, 0).rows >= 2) {
                            return true;
                        }
                    } catch (TokenizeError e) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean contains(byte[] b, int from, int to, byte c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return true;
            }
        }
        return false;
    }

    /** How well a delimiter and quote split the sample: the share of records with the most common field count. */
    private record Candidate(char delimiter, char quote, double share, int fields) {
        boolean betterThan(Candidate o) {
            if ((fields >= 2) != (o.fields >= 2)) {
                return fields >= 2;
            }
            return share > o.share || share == o.share && fields > o.fields;
        }
    }

    private static Candidate score(byte[] b, int from, int to, boolean whole, char delimiter, char quote) {
        TokenizedChunk t = tokenize(b, from, to, whole, delimiter, quote, RECORDS);
        if (t.rows == 0) {
            return new Candidate(delimiter, quote, -1, 0);
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
        return new Candidate(delimiter, quote, (double) modeRows / t.rows, mode);
    }

    /** The records of the block, or those before the first syntax error (the load will report it). */
    private static TokenizedChunk tokenize(byte[] b, int from, int to, boolean whole, char d, char q, int max) {
        ByteTokenizer tokenizer = new ByteTokenizer(d, q);
        try {
            return tokenizer.tokenize(b, from, to, whole, 0, max, 0);
        } catch (TokenizeError e) {
            return tokenizer.tokenize(b, from, e.recordStart, true, 0, max, 0);
        }
    }

    /** The first {@code max} records of the block as strings (quotes removed, doubled quotes made single). */
    static List<String[]> records(byte[] b, int from, int to, boolean whole, char d, char q, Charset cs, int max) {
        TokenizedChunk t = tokenize(b, from, to, whole, d, q, max);
        List<String[]> out = new ArrayList<>();
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
        int end = t.consumed;
        if (end > from && b[end - 1] == '\n') {
            return end - 2 >= from && b[end - 2] == '\r' ? "\r\n" : "\n";
        }
        return end > from && b[end - 1] == '\r' ? "\r" : "\n";
    }
}
