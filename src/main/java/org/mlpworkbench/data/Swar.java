package org.mlpworkbench.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte searches eight bytes at a time ("SIMD within a register"): a byte equal to a target becomes a zero
 * byte after XOR with a broadcast of the target, and {@code (x - 0x01..01) & ~x & 0x80..80} marks the first
 * zero byte exactly (borrows only disturb the bytes above it), so the lowest marked byte is the answer.
 */
final class Swar {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Swar() {
    }

    /** {@code c} in every byte of a long. */
    static long broadcast(int c) {
        return (c & 0xffL) * ONES;
    }

    /** The high bit of every byte of {@code word} that equals the byte of {@code pattern} (exact for the lowest). */
    static long matches(long word, long pattern) {
        long x = word ^ pattern;
        return (x - ONES) & ~x & HIGHS;
    }

    /** The eight bytes at {@code i}, little-endian. */
    static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /**
     * The index of the lowest marked byte of the word at {@code i}, or {@code to} when there is none before
     * {@code to} (the word may reach past {@code to} into the array: marks there are ignored).
     */
    private static int first(int i, long marks, int to) {
        if (marks == 0) {
            return to;
        }
        int k = i + (Long.numberOfTrailingZeros(marks) >>> 3);
        return Math.min(k, to);
    }

    /** Index of the first byte in {@code b[from, to)} equal to {@code a} or {@code c}, or {@code to}. */
    static int indexOfEither(byte[] b, int from, int to, byte a, byte c, long pa, long pc) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = word(b, i);
            long m = matches(w, pa) | matches(w, pc);
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        if (i < to && i + 8 <= b.length) {
            long w = word(b, i);
            return first(i, matches(w, pa) | matches(w, pc), to);
        }
        for (; i < to; i++) {
            if (b[i] == a || b[i] == c) {
                return i;
            }
        }
        return to;
    }

    /** Index of the first byte in {@code b[from, to)} equal to {@code a}, {@code c} or {@code d}, or {@code to}. */
    static int indexOfAny(byte[] b, int from, int to, byte a, byte c, byte d, long pa, long pc, long pd) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = word(b, i);
            long m = matches(w, pa) | matches(w, pc) | matches(w, pd);
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        if (i < to && i + 8 <= b.length) {
            long w = word(b, i);
            return first(i, matches(w, pa) | matches(w, pc) | matches(w, pd), to);
        }
        for (; i < to; i++) {
            if (b[i] == a || b[i] == c || b[i] == d) {
                return i;
            }
        }
        return to;
    }
}
