package org.mlpworkbench.train;

import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.model.LossFunction;
import org.mlpworkbench.model.MlpSpec;

/** Checks that feature and target matrices fit a spec and its loss, with messages a user can act on. */
final class TrainingData {

    private static final double ONE_HOT_TOLERANCE = 1e-3;

    private TrainingData() {
    }

    static void check(MlpSpec spec, Matrix features, Matrix targets, String role) {
        if (features == null || targets == null) {
            throw new IllegalArgumentException("the " + role + " set needs both features and targets");
        }
        if (features.rows() == 0) {
            throw new IllegalArgumentException("the " + role + " set has no rows");
        }
        if (features.cols() != spec.inputs()) {
            throw new IllegalArgumentException("the " + role + " features have " + features.cols()
                    + " columns but the network has " + spec.inputs() + " inputs");
        }
        if (targets.cols() != spec.outputs()) {
            throw new IllegalArgumentException("the " + role + " targets have " + targets.cols()
                    + " columns but the network has " + spec.outputs() + " outputs");
        }
        if (targets.rows() != features.rows()) {
            throw new IllegalArgumentException("the " + role + " set has " + features.rows() + " feature rows but "
                    + targets.rows() + " target rows");
        }
        checkFinite(features, role + " features");
        checkFinite(targets, role + " targets");
        if (spec.loss() == LossFunction.BINARY_CROSS_ENTROPY) {
            checkUnitInterval(targets, role);
        } else if (spec.loss() == LossFunction.CROSS_ENTROPY) {
            checkProbabilityRows(targets, role);
        }
    }

    private static void checkFinite(Matrix matrix, String what) {
        float[] data = matrix.data();
        for (int i = 0; i < data.length; i++) {
            if (!Float.isFinite(data[i])) {
                throw new IllegalArgumentException("the " + what + " have " + data[i] + " at row " + (i / matrix.cols() + 1)
                        + ", column " + (i % matrix.cols() + 1) + "; every value must be a finite number");
            }
        }
    }

    private static void checkUnitInterval(Matrix targets, String role) {
        float[] data = targets.data();
        for (int i = 0; i < data.length; i++) {
            if (data[i] < 0 || data[i] > 1) {
                throw new IllegalArgumentException("the " + role + " target at row " + (i / targets.cols() + 1)
                        + ", column " + (i % targets.cols() + 1) + " is " + data[i]
                        + "; binary cross-entropy needs targets between 0 and 1");
            }
        }
    }

    private static void checkProbabilityRows(Matrix targets, String role) {
        for (int r = 0; r < targets.rows(); r++) {
            double sum = 0;
            for (int c = 0; c < targets.cols(); c++) {
                float value = targets.get(r, c);
                if (value < 0) {
                    throw new IllegalArgumentException("the " + role + " target at row " + (r + 1) + ", column "
                            + (c + 1) + " is " + value + "; cross-entropy needs one-hot (or probability) rows");
                }
                sum += value;
            }
            if (Math.abs(sum - 1) > ONE_HOT_TOLERANCE) {
                throw new IllegalArgumentException("the " + role + " targets of row " + (r + 1) + " sum to " + sum
                        + "; cross-entropy needs one-hot rows that sum to 1");
            }
        }
    }
}
