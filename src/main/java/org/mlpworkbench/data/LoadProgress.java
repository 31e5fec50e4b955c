package org.mlpworkbench.data;

/**
 * How far a load has got.
 *
 * @param bytesRead  bytes (or characters, for text read from a {@link java.io.Reader}) consumed so far
 * @param totalBytes the size of the input, or -1 when it is not known in advance
 * @param rowsRead   data rows parsed so far
 */
public record LoadProgress(long bytesRead, long totalBytes, long rowsRead) {

    /** The fraction done in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        if (totalBytes < 0) {
            return -1;
        }
        return totalBytes == 0 ? 1.0 : Math.min(1.0, (double) bytesRead / totalBytes);
    }
}
