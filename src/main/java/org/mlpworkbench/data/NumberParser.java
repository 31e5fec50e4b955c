package org.mlpworkbench.data;

import java.nio.charset.StandardCharsets;

/**
 * Parses numbers straight from the bytes of a field, without making a string. Accepted: optional ASCII
 * spaces around an optionally signed decimal ({@code 12}, {@code -0.5}, {@code +3.}, {@code .25}) with an
 * optional exponent ({@code 1e-3}, {@code 2E+8}); and, case-insensitively, {@code inf}, {@code infinity} and
 * {@code nan} with an optional sign, reported as {@link #NON_FINITE} (so is a number too large for a double,
 * such as {@code 1e999}). Everything else (thousands separators, hexadecimal, a decimal comma, Java's
 * {@code 1d}/{@code 1f} suffixes) is not a number.
 *
 * <p>Results equal {@link Double#parseDouble(String)} exactly: when the digits form an integer below 2^53
 * and the decimal exponent is within ±22, the value is one correctly rounded multiplication or division of
 * two exact doubles (Clinger's fast path); anything else goes to {@code Double.parseDouble}.
 */
final class NumberParser {

    /** Returned by {@link #parse} for text that is not a number. */
    static final double NOT_A_NUMBER = Double.longBitsToDouble(0x7ff8dead0000beefL);
    /** Returned by {@link #parse} for {@code inf}, {@code -infinity}, {@code nan}, {@code 1e999} and the like. */
    static final double NON_FINITE = Double.longBitsToDouble(0x7ff8dead0000cafeL);

    private static final long EXACT_LIMIT = 1L << 53;
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
        boolean negative = b[i] == '-';
        if (negative || b[i] == '+') {
            i++;
        }
        int intStart = i;
        long m = 0;
        int d;
        while (i < to && (d = b[i] - '0') >= 0 && d <= 9) {
            m = m * 10 + d;
            i++;
        }
        int digits = i - intStart;
        int fraction = 0;
        if (i < to && b[i] == '.') {
            int fracStart = ++i;
            while (i < to && (d = b[i] - '0') >= 0 && d <= 9) {
                m = m * 10 + d;
                i++;
            }
            fraction = i - fracStart;
            digits += fraction;
        }
        if (digits == 0) {
            return i == intStart ? nonFinite(b, intStart, to) : NOT_A_NUMBER;
        }
        int exp10 = -fraction;
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean expNegative = i < to && b[i] == '-';
            if (expNegative || i < to && b[i] == '+') {
                i++;
            }
            int expStart = i;
            int e = 0;
            while (i < to && (d = b[i] - '0') >= 0 && d <= 9) {
                if (e < 100_000) {
                    e = e * 10 + d;
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
        if (digits <= 18) {
            if (m == 0) {
                return negative ? -0.0 : 0.0;
            }
            if (m <= EXACT_LIMIT && exp10 >= -22 && exp10 <= 22) {
                double v = exp10 >= 0 ? m * POWERS[exp10] : m / POWERS[-exp10];
                return negative ? -v : v;
            }
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
}
