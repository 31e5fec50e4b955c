package org.mlpworkbench.data;

/**
 * The fast CSV tokenizer: splits bytes of an ASCII-compatible encoding (UTF-8, windows-1252, ISO-8859-1)
 * into fields without decoding them. It follows Commons CSV's {@code CSVFormat.DEFAULT} with the given
 * delimiter and quote, which the property tests check record for record:
 * <ul>
 * <li>records end at {@code \r\n}, {@code \n} or {@code \r}; empty lines are skipped;</li>
 * <li>a field is quoted only when the quote is its first byte; inside, a doubled quote stands for one
 *     quote and delimiters and line breaks are data; after the closing quote only ASCII whitespace may
 *     come before the delimiter or the end of the line;</li>
 * <li>a quote inside an unquoted field is an ordinary character; nothing is trimmed.</li>
 * </ul>
 * Line numbers count {@code \n}, {@code \r\n} and a lone {@code \r} as one line break, inside quoted
 * fields too, so they match what an editor shows.
 */
final class ByteTokenizer {

    private static final long LF = Swar.broadcast('\n');
    private static final long CR = Swar.broadcast('\r');

    private final byte delimiter;
    private final byte quote;
    private final long delimiters;
    private final long quotes;
    private final boolean[] stop = new boolean[256];

    ByteTokenizer(char delimiter, char quote) {
        if (delimiter > 127 || quote > 127) {
            throw new IllegalArgumentException("the fast tokenizer needs an ASCII delimiter and quote");
        }
        this.delimiter = (byte) delimiter;
        this.quote = (byte) quote;
        this.delimiters = Swar.broadcast(delimiter);
        this.quotes = Swar.broadcast(quote);
        stop[delimiter] = true;
        stop['\n'] = true;
        stop['\r'] = true;
    }

    /**
     * Tokenizes {@code buf[from, to)}, which must start at the beginning of a record.
     *
     * @param atEnd      whether the input ends at {@code to}; if not, a record running into {@code to} is left
     *                   out and {@link TokenizedChunk#consumed} says where it starts
     * @param columns    the expected field count (others are ragged), or 0 to keep every record as it is
     * @param maxRecords stop after this many kept records
     * @param keepRagged how many ragged records to describe individually
     * @throws TokenizeError on an unterminated quote or text after a closing quote
     */
    TokenizedChunk tokenize(byte[] buf, int from, int to, boolean atEnd, int columns, int maxRecords,
                            int keepRagged) {
        int expectedRows = columns > 0 ? Math.max(16, (to - from) / Math.max(8, columns * 6)) : 64;
        return tokenize(buf, from, to, atEnd, columns, maxRecords, keepRagged,
                new TokenizedChunk(buf, columns, expectedRows));
    }

    /** As above, filling {@code out} (emptied first, its arrays reused) instead of a new chunk. */
    TokenizedChunk tokenize(byte[] buf, int from, int to, boolean atEnd, int columns, int maxRecords,
                            int keepRagged, TokenizedChunk out) {
        if (out.columns != columns) {
            throw new IllegalArgumentException("chunk made for " + out.columns + " columns, not " + columns);
        }
        out.reset(buf);
        int pos = from;
        int line = 0;
        int width = Math.max(columns, 1);
        outer:
        while (pos < to && out.rows < maxRecords) {
            byte first = buf[pos];
            if (first == '\n') {
                pos++;
                line++;
                continue;
            }
            if (first == '\r') {
                pos++;
                if (pos < to && buf[pos] == '\n') {
                    pos++;
                }
                line++;
                continue;
            }
            int recordStart = pos;
            int recordLine = line;
            int fieldBase = out.fields;
            int nf = 0;
            while (true) {
                int s;
                int e;
                boolean escaped = false;
                if (pos < to && buf[pos] == quote) {
                    int openLine = line;
                    int p = pos + 1;
                    s = p;
                    while (true) {
                        p = Swar.indexOfAny(buf, p, to, quote, (byte) '\n', (byte) '\r', quotes, LF, CR);
                        if (p >= to) {
                            if (atEnd) {
                                throw new TokenizeError(TokenizeError.Kind.UNTERMINATED_QUOTE, openLine, nf, 0,
                                        recordStart);
                            }
                            line = recordLine;
                            pos = recordStart;
                            break outer;
                        }
                        byte c = buf[p];
                        if (c == quote) {
                            if (p + 1 < to && buf[p + 1] == quote) {
                                escaped = true;
                                p += 2;
                                continue;
                            }
                            if (p + 1 >= to && !atEnd) {
                                line = recordLine;
                                pos = recordStart;
                                break outer;
                            }
                            break;
                        }
                        if (c == '\n' || c == '\r' && (p + 1 >= to || buf[p + 1] != '\n')) {
                            line++;
                        }
                        p++;
                    }
                    e = p++;
                    while (p < to && isSpaceAfterQuote(buf[p])) {
                        p++;
                    }
                    pos = p;
                    if (pos < to && !stop[buf[pos] & 0xff]) {
                        throw new TokenizeError(TokenizeError.Kind.TEXT_AFTER_QUOTE, line, nf, buf[pos] & 0xff,
                                recordStart);
                    }
                } else {
                    s = pos;
                    pos = Swar.indexOfAny(buf, pos, to, delimiter, (byte) '\n', (byte) '\r', delimiters, LF, CR);
                    e = pos;
                }
                if (columns == 0 || nf < columns) {
                    int index = fieldBase + nf;
                    out.ensureFieldCapacity(index + width);
                    out.starts[index] = s;
                    out.ends[index] = escaped ? e | TokenizedChunk.ESCAPED : e;
                }
                nf++;
                if (pos < to && buf[pos] == delimiter) {
                    pos++;
                    if (pos == to && !atEnd) {
                        line = recordLine;
                        pos = recordStart;
                        break outer;
                    }
                    continue;
                }
                if (pos >= to) {
                    if (!atEnd) {
                        line = recordLine;
                        pos = recordStart;
                        break outer;
                    }
                } else {
                    if (buf[pos++] == '\r' && pos < to && buf[pos] == '\n') {
                        pos++;
                    }
                    line++;
                }
                break;
            }
            if (columns > 0 && nf != columns) {
                out.addRagged(recordLine, nf, keepRagged);
            } else {
                out.fields = fieldBase + nf;
                out.addRow(recordLine, nf);
            }
        }
        out.lines = line;
        out.consumed = pos;
        return out;
    }

    /** Whitespace Commons CSV skips between a closing quote and the delimiter (ASCII only here). */
    private boolean isSpaceAfterQuote(byte c) {
        return c != delimiter && (c == ' ' || c == '\t' || c == 0x0B || c == 0x0C || c >= 0x1C && c <= 0x1F);
    }
}
