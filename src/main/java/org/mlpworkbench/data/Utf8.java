package org.mlpworkbench.data;

/** A strict UTF-8 validator (no overlong forms, no surrogates, nothing above U+10FFFF). */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The offset of the first byte of {@code b[from, to)} that is not valid UTF-8, or -1.
     * {@code truncatedEndOk}: a sequence cut off by {@code to} is accepted (the block continues elsewhere).
     */
    static int firstInvalid(byte[] b, int from, int to, boolean truncatedEndOk) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + len > to) {
                return truncatedEndOk && continuationsOk(b, i + 1, to) ? -1 : i;
            }
            int cp = c & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int d = b[i + k] & 0xff;
                if ((d & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (d & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return i;
            }
            i += len;
        }
        return -1;
    }

    private static boolean continuationsOk(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
