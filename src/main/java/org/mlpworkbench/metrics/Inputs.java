package org.mlpworkbench.metrics;

import org.mlpworkbench.data.Matrix;

/** Input checks shared by the metrics, with messages that say exactly what is wrong and where (0-based). */
final class Inputs {
    private Inputs() {
    }

    static void sameLength(int scores, int targets) {
        if (scores != targets) {
            throw new IllegalArgumentException(
                    "predictions and targets differ in length: " + scores + " predictions vs " + targets + " targets");
        }
        notEmpty(scores);
    }

    static void sameShape(Matrix predictions, Matrix targets) {
        if (predictions.rows() != targets.rows() || predictions.cols() != targets.cols()) {
            throw new IllegalArgumentException("predictions are " + predictions.rows() + " x " + predictions.cols()
                    + " but targets are " + targets.rows() + " x " + targets.cols());
        }
        notEmpty(predictions.data().length);
    }

    static void notEmpty(int count) {
        if (count == 0) {
            throw new IllegalArgumentException("no predictions: at least one row is needed");
        }
    }

    /** Fails unless the value is a probability (NaN fails too). */
    static void probability(float p, int index, int cols) {
        if (!(p >= 0f && p <= 1f)) {
            throw new IllegalArgumentException(
                    "probability " + where(index, cols) + " is " + p + "; expected a value in [0, 1]");
        }
    }

    /** Fails unless the value is exactly 0 or 1. */
    static void binary(float y, int index, int cols) {
        if (y != 0f && y != 1f) {
            throw new IllegalArgumentException("target " + where(index, cols) + " is " + y + "; expected 0 or 1");
        }
    }

    /** Fails unless the value is finite. */
    static void finite(float v, String what, int index, int cols) {
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException(what + " " + where(index, cols) + " is " + v + "; expected a finite number");
        }
    }

    /** Position of a flat index: "at index i" for a vector, "at row r, column c" for a row-major matrix. */
    static String where(int index, int cols) {
        return cols <= 0 ? "at index " + index : "at row " + index / cols + ", column " + index % cols;
    }
}
