package org.mlpworkbench.prep;

import org.mlpworkbench.data.Matrix;

/**
 * A table turned into network input: {@code features} (rows × features) and {@code targets}
 * (rows × outputs, {@code null} when the table had no target columns), both float32 row-major.
 * Row {@code i} of both came from row {@code rowIndices[i]} of the table; {@code excludedRows} rows were
 * left out because their target was missing or unknown, as {@code message} says (empty when none).
 * {@code summary} is the one-line description for the UI.
 */
public record Prepared(Matrix features, Matrix targets, int[] rowIndices, int excludedRows, String message, String summary) {

    public boolean hasTargets() {
        return targets != null;
    }
}
