package org.mlpworkbench.data;

import java.nio.charset.StandardCharsets;

/**
 * Parses numbers straight from the bytes of a field, without making a string. Accepted: optional ASCII
 * spaces around an optionally signed decimal ({@code 12}, {@code -0.5}, {@code +3.}, {@code .25}) with an
 * optional exponent ({@code 1e-3}, {@code 2E+8}); and, case-insensitively, {@code inf}, {@code infinity}
 * and {@code nan} with an optional sign, which are reported as {@link #NON_FINITE}. Everything else
 * (thousands separators, hexadecimal, a decimal comma, Java's {@code 1d}/{@code 1f} suffixes) is not a number.
 *
 * <p>Results equal {@link Double#parseDouble(String)} exactly: values with at most 15 significant digits
 * and a small exponent are computed with one correctly rounded operation (Clinger's fast path), the rest
 * are handed to {@code Double.parseDouble}.
 */
final class NumberParser {

    /** Returned by {@link #parse} for text that is not a number. */
    static final double NOT_A_NUMBER = Double.longBitsToDouble(0x7ff8dead0000beefL);
    /** Returned by {@link #parse} for {@code inf}, {@code -infinity}, {@code nan} and the like. */
    static final double NON_FINITE = Double.longBitsToDouble(0x7ff8dead0000cafeL);

    private static final double[] POWERS = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private NumberParser() {
    }

    /** True when {@code d} is the {@link #NOT_A_NUMBER} marker. */
    static boolean isNotANumber(double d) {
        return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(NOT_A_NUMBER);
    }

    /** True when {@code d} is the {@link #NON_FINITE} marker. */
    static boolean isNonFinite(double d) {
        return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(NON_FINITE);
    }

    /** Parses a string by the same rules; non-ASCII text is never a number. */
    static double parse(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return NOT_A_NUMBER;
            }
        }
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return parse(b, 0, b.length);
    }

    /** The number in {@code b[from, to)}, or {@link #NOT_A_NUMBER} / {@link #NON_FINITE}. */
    static double parse(byte[] b, int from, int to) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        if (from == to) {
            return NOT_A_NUMBER;
        }
        int i = from;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int significant = 0;
        int exp10 = 0;
        int start = i;
        while (i < to && isDigit(b[i])) {
            if (significant > 0 || b[i] != '0') {
                significant++;
            }
            if (significant <= 18) {
                mantissa = mantissa * 10 + (b[i] - '0');
            } else {
                exp10++;
            }
            digits++;
            i++;
        }
        if (i < to && b[i] == '.') {
            i++;
            while (i < to && isDigit(b[i])) {
                if (significant > 0 || b[i] != '0') {
                    significant++;
                }
                if (significant <= 18) {
                    mantissa = mantissa * 10 + (b[i] - '0');
                    exp10--;
                }
                digits++;
                i++;
            }
        }
        if (digits == 0) {
            return i == start ? nonFinite(b, start, to) : NOT_A_NUMBER;
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                expNegative = b[i] == '-';
                i++;
            }
            int expStart = i;
            int e = 0;
            while (i < to && isDigit(b[i])) {
                if (e < 100_000) {
                    e = e * 10 + (b[i] - '0');
                }
                i++;
            }
            if (i == expStart) {
                return NOT_A_NUMBER;
            }
            exp10 += expNegative ? -e : e;
        }
        if (i != to) {
            return NOT_A_NUMBER;
        }
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (significant <= 15 && exp10 >= -22 && exp10 <= 22) {
            double v = exp10 >= 0 ? mantissa * POWERS[exp10] : mantissa / POWERS[-exp10];
            return negative ? -v : v;
        }
        double v = Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        return Double.isInfinite(v) ? NON_FINITE : v;
    }

    private static double nonFinite(byte[] b, int from, int to) {
        int n = to - from;
        if (matches(b, from, n, "inf") || matches(b, from, n, "infinity") || matches(b, from, n, "nan")) {
            return NON_FINITE;
        }
        return NOT_A_NUMBER;
    }

    private static boolean matches(byte[] b, int from, int n, String word) {
        if (n != word.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (Character.toLowerCase((char) b[from + k]) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
