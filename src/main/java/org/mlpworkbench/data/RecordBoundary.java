package org.mlpworkbench.data;

/**
 * Finds where the last complete record of a block of bytes ends, so a block can be handed to a worker
 * without cutting a record in two. Line breaks inside quoted fields do not end a record; the states below
 * follow {@link ByteTokenizer}'s rules, so both agree on where records end.
 */
final class RecordBoundary {

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int IN_QUOTES = 2;
    private static final int AFTER_QUOTE = 3;

    private RecordBoundary() {
    }

    /**
     * The offset just after the last record terminator in {@code buf[from, to)}, where {@code from} starts a
     * record; -1 when the block holds no complete record. A terminator is {@code \n}; in files whose lines
     * end with a lone {@code \r} ({@code crOnly}) it is a {@code \r} not followed by {@code \n}.
     */
    static int last(byte[] buf, int from, int to, char delimiter, char quote, boolean crOnly) {
        return crOnly ? lastByStates(buf, from, to, delimiter, quote, true) : lastByJumps(buf, from, to, delimiter, quote);
    }

    /**
     * The same answer for {@code \n} terminators, jumping from quote to quote and line break to line break
     * with eight-byte searches: a quote opens a quoted field only right after a delimiter or a line break (or
     * at {@code from}); inside, the next quote closes it unless another quote follows at once.
     */
    static int lastByJumps(byte[] buf, int from, int to, char delimiter, char quote) {
        byte q = (byte) quote;
        byte d = (byte) delimiter;
        long quotes = Swar.broadcast(q);
        long newlines = Swar.broadcast('\n');
        int last = -1;
        int p = from;
        while (true) {
            int i = Swar.indexOfEither(buf, p, to, q, (byte) '\n', quotes, newlines);
            if (i >= to) {
                return last;
            }
            if (buf[i] == '\n') {
                last = i + 1;
                p = i + 1;
                continue;
            }
            byte before = i == from ? (byte) '\n' : buf[i - 1];
            p = i + 1;
            if (before == d || before == '\n' || before == '\r') {
                while (true) {
                    int k = Swar.indexOfEither(buf, p, to, q, q, quotes, quotes);
                    if (k >= to) {
                        return last;
                    }
                    if (k + 1 < to && buf[k + 1] == q) {
                        p = k + 2;
                        continue;
                    }
                    p = k + 1;
                    break;
                }
            }
        }
    }

    /** The state machine over every byte (used for files whose lines end with a lone {@code \r}). */
    static int lastByStates(byte[] buf, int from, int to, char delimiter, char quote, boolean crOnly) {
        byte q = (byte) quote;
        int firstQuote = -1;
        for (int i = from; i < to; i++) {
            if (buf[i] == q) {
                firstQuote = i;
                break;
            }
        }
        if (firstQuote < 0) {
            return lastTerminator(buf, from, to, crOnly);
        }
        int last = lastTerminator(buf, from, firstQuote, crOnly);
        byte before = firstQuote == from ? (byte) '\n' : buf[firstQuote - 1];
        int state = before == '\n' || before == '\r' || before == (byte) delimiter ? FIELD_START : UNQUOTED;
        byte d = (byte) delimiter;
        for (int i = firstQuote; i < to; i++) {
            byte b = buf[i];
            if (state == IN_QUOTES) {
                if (b == q) {
                    state = AFTER_QUOTE;
                }
            } else if (b == q) {
                state = state == UNQUOTED ? UNQUOTED : IN_QUOTES;
            } else if (b == '\n') {
                state = FIELD_START;
                if (!crOnly) {
                    last = i + 1;
                }
            } else if (b == '\r') {
                state = FIELD_START;
                if (crOnly && i + 1 < to && buf[i + 1] != '\n') {
                    last = i + 1;
                }
            } else {
                state = b == d ? FIELD_START : UNQUOTED;
            }
        }
        return last;
    }

    private static int lastTerminator(byte[] buf, int from, int to, boolean crOnly) {
        if (!crOnly) {
            for (int i = to - 1; i >= from; i--) {
                if (buf[i] == '\n') {
                    return i + 1;
                }
            }
            return -1;
        }
        for (int i = to - 2; i >= from; i--) {
            if (buf[i] == '\r' && buf[i + 1] != '\n') {
                return i + 1;
            }
        }
        return -1;
    }
}
