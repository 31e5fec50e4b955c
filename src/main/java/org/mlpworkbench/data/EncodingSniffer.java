package org.mlpworkbench.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decides how the bytes of a file are text, from its first block: a byte order mark (UTF-8, UTF-16), a
 * file that is not text at all (NUL or many control bytes, a ZIP, PDF or gzip signature), then UTF-8 if the
 * block is valid UTF-8, else windows-1252, or ISO-8859-1 when the block holds a byte windows-1252 leaves
 * undefined. A UTF-8 guess is confirmed later on the distinct values of the whole file
 * ({@link TableAssembler}).
 */
final class EncodingSniffer {

    /**
     * @param charset         the encoding to decode with
     * @param bom             whether a byte order mark was found
     * @param skip            bytes to skip at the start (the BOM)
     * @param guessedUtf8     UTF-8 was inferred, not given or marked, so a later fallback is allowed
     * @param asciiCompatible ASCII characters are single bytes (the fast tokenizer can work on the bytes)
     * @param warning         a sentence for the load report, or {@code null}
     */
    record Encoding(Charset charset, boolean bom, int skip, boolean guessedUtf8, boolean asciiCompatible,
                    String warning) {
    }

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingSniffer() {
    }

    /** Detects the encoding of a file whose first {@code n} bytes are in {@code head} ({@code whole}: that is all of it). */
    static Encoding detect(String source, byte[] head, int n, boolean whole, Charset forced) throws CsvException {
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, true, 2, false, false, null);
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, true, 2, false, false, null);
        }
        if (forced != null && !isAsciiCompatible(forced)) {
            return new Encoding(forced, false, 0, false, false, null);
        }
        boolean utf8Bom = n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        int skip = utf8Bom ? 3 : 0;
        refuseBinary(source, head, skip, n);
        if (forced != null) {
            boolean skipBom = utf8Bom && forced.equals(StandardCharsets.UTF_8);
            return new Encoding(forced, skipBom, skipBom ? 3 : 0, false, isAsciiCompatible(forced), null);
        }
        if (utf8Bom) {
            return new Encoding(StandardCharsets.UTF_8, true, 3, false, true, null);
        }
        int bad = Utf8.firstInvalid(head, 0, n, !whole);
        if (bad < 0) {
            return new Encoding(StandardCharsets.UTF_8, false, 0, true, true, null);
        }
        Charset fallback = WINDOWS_1252;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                fallback = StandardCharsets.ISO_8859_1;
                break;
            }
        }
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (head[i] == '\n') {
                line++;
            }
        }
        return new Encoding(fallback, false, 0, false, true, source + " is not valid UTF-8 (byte 0x"
                + Integer.toHexString(head[bad] & 0xff).toUpperCase() + " on line " + line + "); it was read as "
                + fallback.name() + ".");
    }

    private static void refuseBinary(String source, byte[] head, int from, int n) throws CsvException {
        String kind = signature(head, n);
        if (kind != null) {
            throw new CsvException(source, 0, null, source + " is not a CSV text file: it looks like " + kind
                    + ". Save or export it as CSV first.");
        }
        int control = 0;
        for (int i = from; i < n; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                throw new CsvException(source, 0, null, source + " is not a CSV text file: it contains a zero byte"
                        + " (at offset " + i + "). If it is UTF-16 text without a byte order mark, save it as UTF-8.");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        if (control > 8 && control * 100L > n - from) {
            throw new CsvException(source, 0, null, source + " is not a CSV text file: " + control
                    + " of its first " + (n - from) + " bytes are control characters.");
        }
    }

    private static String signature(byte[] b, int n) {
        if (startsWith(b, n, 'P', 'K', 3, 4)) {
            return "a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook?)";
        }
        if (startsWith(b, n, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Excel .xls workbook";
        }
        if (startsWith(b, n, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, n, 0x1F, 0x8B)) {
            return "a gzip-compressed file (decompress it first)";
        }
        if (startsWith(b, n, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int n, int... sig) {
        if (n < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xff) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether ASCII text (delimiters, quotes, line breaks, digits) is encoded byte for byte. */
    static boolean isAsciiCompatible(Charset charset) {
        String probe = "\t\n\r ,;|\"'0123456789.eE+-azAZ";
        return charset.canEncode() && Arrays.equals(probe.getBytes(charset), probe.getBytes(StandardCharsets.US_ASCII));
    }
}
