package org.mlpworkbench.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Interns byte strings to dense codes 0, 1, 2... in order of first appearance, so categorical columns are
 * built without making a {@code String} per field. The keys live back to back in one byte pool; each slot of
 * the open addressing table is two adjacent {@code long}s (hash and code; pool offset and length), so a
 * lookup touches one cache line of the table and one of the pool. Hashing and comparing read eight bytes
 * at a time.
 */
final class ByteDictionary {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] pool = new byte[256];
    private int poolSize;
    private int[] offsets = new int[17];
    private long[] table = new long[64];
    private int size;

    int size() {
        return size;
    }

    /** The code of {@code b[from, to)}, adding it when new. */
    int intern(byte[] b, int from, int to) {
        int h = hash(b, from, to);
        int mask = (table.length >> 1) - 1;
        int i = h & mask;
        while (true) {
            long entry = table[2 * i];
            if (entry == 0) {
                return add(b, from, to, h, i);
            }
            if ((int) (entry >>> 32) == h) {
                long where = table[2 * i + 1];
                int offset = (int) (where >>> 32);
                if (equal(pool, offset, offset + (int) where, b, from, to)) {
                    return (int) entry - 1;
                }
            }
            i = (i + 1) & mask;
        }
    }

    private int add(byte[] b, int from, int to, int h, int slot) {
        int n = to - from;
        if (poolSize + n > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(poolSize + n, pool.length * 2));
        }
        System.arraycopy(b, from, pool, poolSize, n);
        int offset = poolSize;
        poolSize += n;
        if (size + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        int code = size++;
        offsets[code + 1] = poolSize;
        table[2 * slot] = (long) h << 32 | (code + 1L);
        table[2 * slot + 1] = (long) offset << 32 | n;
        if (size * 2 > table.length >> 1) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        long[] t = new long[table.length * 2];
        int mask = (t.length >> 1) - 1;
        for (int j = 0; j < table.length; j += 2) {
            long entry = table[j];
            if (entry != 0) {
                int i = (int) (entry >>> 32) & mask;
                while (t[2 * i] != 0) {
                    i = (i + 1) & mask;
                }
                t[2 * i] = entry;
                t[2 * i + 1] = table[j + 1];
            }
        }
        table = t;
    }

    private static int hash(byte[] b, int from, int to) {
        long h = 0x9E3779B97F4A7C15L * (to - from + 1);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = Long.rotateLeft(h ^ (long) LONGS.get(b, i) * 0xBF58476D1CE4E5B9L, 29);
        }
        if (i < to) {
            h = Long.rotateLeft(h ^ tail(b, i, to) * 0xBF58476D1CE4E5B9L, 29);
        }
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return (int) (h ^ (h >>> 33));
    }

    /** The last {@code to - i} (< 8) bytes as a little-endian long. */
    private static long tail(byte[] b, int i, int to) {
        int n = to - i;
        if (to >= 8) {
            return (long) LONGS.get(b, to - 8) >>> (8 * (8 - n));
        }
        long t = 0;
        for (int k = 0; k < n; k++) {
            t |= (b[i + k] & 0xffL) << (8 * k);
        }
        return t;
    }

    private static boolean equal(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        int n = aTo - aFrom;
        if (n != bTo - bFrom) {
            return false;
        }
        int k = 0;
        for (; k + 8 <= n; k += 8) {
            if ((long) LONGS.get(a, aFrom + k) != (long) LONGS.get(b, bFrom + k)) {
                return false;
            }
        }
        for (; k < n; k++) {
            if (a[aFrom + k] != b[bFrom + k]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of {@code code} are {@code pool()[offset(code), offset(code + 1))}. */
    byte[] pool() {
        return pool;
    }

    int offset(int code) {
        return offsets[code];
    }

    /** Whether every key is valid in {@code charset} (strict decoding). */
    /** The first code whose key holds the byte {@code b}, or -1 when none does. */
    int firstCodeHolding(byte b) {
        for (int code = 0; code < size; code++) {
            for (int i = offsets[code]; i < offsets[code + 1]; i++) {
                if (pool[i] == b) {
                    return code;
                }
            }
        }
        return -1;
    }

    boolean decodesCleanly(Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int code = 0; code < size; code++) {
            if (!isAscii(code)) {
                try {
                    decoder.reset();
                    decoder.decode(ByteBuffer.wrap(pool, offsets[code], offsets[code + 1] - offsets[code]));
                } catch (CharacterCodingException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean isAscii(int code) {
        for (int i = offsets[code]; i < offsets[code + 1]; i++) {
            if (pool[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Every key as a string, in code order (malformed bytes become U+FFFD). */
    String[] decodeAll(Charset charset) {
        String[] out = new String[size];
        for (int code = 0; code < size; code++) {
            out[code] = new String(pool, offsets[code], offsets[code + 1] - offsets[code], charset);
        }
        return out;
    }
}
