package org.mlpworkbench.bundle;

import java.io.IOException;
import java.io.Reader;
import org.mlpworkbench.data.SeparatorLine;

/**
 * Cuts CSV text into blocks of whole records without parsing fields: a line break ends a record
 * unless it lies inside quotes (a doubled quote toggles twice, so it needs no special case). Blank
 * lines are dropped. This is what lets {@link CsvPredictor} hand a file to the CSV reader a bounded
 * number of rows at a time; counting the line breaks it consumes lets messages give file lines.
 */
final class CsvRecordWindow {
    private final Reader reader;
    private final char quote;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long linesConsumed;
    private long recordsConsumed;
    private boolean firstChar = true;

    CsvRecordWindow(Reader reader, char quote) {
        this.reader = reader;
        this.quote = quote;
    }

    /**
     * Skips Excel's first line {@code sep=;} when the text starts with one ({@link SeparatorLine}), as the
     * reader does; call it before the first {@link #next}.
     */
    void skipSeparatorLine() throws IOException {
        if (position == limit && !fill()) {
            return;
        }
        int start = buffer[position] == '\uFEFF' ? position + 1 : position;
        int end = start;
        while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
            end++;
        }
        if (end < limit) {
            end += buffer[end] == '\r' && end + 1 < limit && buffer[end + 1] == '\n' ? 2 : 1;
        }
        if (SeparatorLine.delimiter(new String(buffer, start, end - start)) != null) {
            position = end;
            firstChar = false;
            linesConsumed++;
        }
    }

    /** Physical lines consumed so far (the line breaks read, including those inside quoted fields). */
    long linesConsumed() {
        return linesConsumed;
    }

    /** Records returned so far. */
    long recordsConsumed() {
        return recordsConsumed;
    }

    /**
     * The next {@code records} records (fewer at the end of the input), each ending with its line break
     * ({@code \n}, {@code \r\n} or {@code \r}, as in the file); an empty string when the input is exhausted.
     */
    String next(int records) throws IOException {
        StringBuilder text = new StringBuilder();
        int count = 0;
        boolean inQuotes = false;
        int recordStart = 0;
        while (count < records) {
            int c = read();
            if (c < 0) {
                if (text.length() > recordStart && !text.substring(recordStart).isBlank()) {
                    text.append('\n');
                    count++;
                } else {
                    text.setLength(recordStart);
                }
                break;
            }
            text.append((char) c);
            if (c == quote) {
                inQuotes = !inQuotes;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    text.append((char) read());
                }
                linesConsumed++;
                if (!inQuotes) {
                    if (text.substring(recordStart).isBlank()) {
                        text.setLength(recordStart);
                    } else {
                        count++;
                        recordStart = text.length();
                    }
                }
            }
        }
        recordsConsumed += count;
        return text.toString();
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        char c = buffer[position++];
        if (firstChar) {
            firstChar = false;
            if (c == '\uFEFF') {
                return read();
            }
        }
        return c;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n = reader.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
