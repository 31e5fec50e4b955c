package org.mlpworkbench.data;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Set;

/** The missing-value tokens as bytes of the file's encoding, checked without decoding the field. */
final class MissingTokens {

    private final byte[][] tokens;
    private final boolean empty;
    private final boolean[] firstByte = new boolean[256];
    private final int longest;

    MissingTokens(Set<String> tokens, Charset charset) {
        this.empty = tokens.contains("");
        this.tokens = tokens.stream().filter(t -> !t.isEmpty()).map(t -> t.getBytes(charset)).toArray(byte[][]::new);
        int max = 0;
        for (byte[] t : this.tokens) {
            firstByte[t[0] & 0xff] = true;
            max = Math.max(max, t.length);
        }
        this.longest = max;
    }

    /** Whether {@code b[from, to)} is a missing-value token. */
    boolean matches(byte[] b, int from, int to) {
        if (from == to) {
            return empty;
        }
        int n = to - from;
        if (n > longest || !firstByte[b[from] & 0xff]) {
            return false;
        }
        for (byte[] t : tokens) {
            if (t.length == n && Arrays.equals(t, 0, n, b, from, to)) {
                return true;
            }
        }
        return false;
    }
}
