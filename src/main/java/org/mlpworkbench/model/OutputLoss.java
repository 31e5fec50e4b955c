package org.mlpworkbench.model;

/**
 * Output activation, loss and the loss's gradient with respect to the logits, fused and in double
 * precision (the output layer is narrow, so this costs little even when training in float).
 * Binary cross-entropy uses {@code max(z,0) - z·y + log1p(exp(-|z|))} and cross-entropy the
 * log-sum-exp with the row maximum subtracted, so no logit, however large, gives {@code log(0)} or
 * an overflow. Means are taken as PyTorch takes them (see {@link LossFunction}).
 */
final class OutputLoss {

    private OutputLoss() {
    }

    /**
     * Writes the outputs (probabilities or values) for {@code rows × cols} logits and, when
     * {@code targets} is given, returns the mean loss and (when {@code gradient} is given) writes
     * d(mean loss)/d(logits). Without targets it returns NaN.
     */
    static double evaluate(OutputActivation output, LossFunction loss, double[] logits, double[] targets,
                           int rows, int cols, double[] outputs, double[] gradient) {
        activate(output, logits, rows, cols, outputs);
        if (targets == null) {
            return Double.NaN;
        }
        int n = rows * cols;
        return switch (loss) {
            case BINARY_CROSS_ENTROPY -> binaryCrossEntropy(logits, targets, n, outputs, gradient);
            case CROSS_ENTROPY -> crossEntropy(logits, targets, rows, cols, outputs, gradient);
            case MSE -> meanSquaredError(output, targets, rows, cols, outputs, gradient);
        };
    }

    private static void activate(OutputActivation output, double[] logits, int rows, int cols, double[] outputs) {
        int n = rows * cols;
        switch (output) {
            case IDENTITY -> System.arraycopy(logits, 0, outputs, 0, n);
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    outputs[i] = Activation.sigmoid(logits[i]);
                }
            }
            case SOFTMAX -> {
                for (int r = 0; r < rows; r++) {
                    int row = r * cols;
                    double max = rowMax(logits, row, cols);
                    double sum = 0;
                    for (int c = 0; c < cols; c++) {
                        double e = Math.exp(logits[row + c] - max);
                        outputs[row + c] = e;
                        sum += e;
                    }
                    for (int c = 0; c < cols; c++) {
                        outputs[row + c] /= sum;
                    }
                }
            }
        }
    }

    private static double binaryCrossEntropy(double[] z, double[] y, int n, double[] p, double[] gradient) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += Math.max(z[i], 0.0) - z[i] * y[i] + log1p(Math.exp(-Math.abs(z[i])));
            if (gradient != null) {
                gradient[i] = (p[i] - y[i]) / n;
            }
        }
        return total / n;
    }

    private static double crossEntropy(double[] z, double[] y, int rows, int cols, double[] p, double[] gradient) {
        double total = 0;
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            double max = rowMax(z, row, cols);
            double sumExp = 0;
            double targetMass = 0;
            for (int c = 0; c < cols; c++) {
                sumExp += Math.exp(z[row + c] - max);
                targetMass += y[row + c];
            }
            double logSumExp = max + Math.log(sumExp);
            for (int c = 0; c < cols; c++) {
                total += y[row + c] * (logSumExp - z[row + c]);
                if (gradient != null) {
                    gradient[row + c] = (p[row + c] * targetMass - y[row + c]) / rows;
                }
            }
        }
        return total / rows;
    }

    private static double meanSquaredError(OutputActivation output, double[] y, int rows, int cols, double[] p,
                                           double[] gradient) {
        int n = rows * cols;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double diff = p[i] - y[i];
            total += diff * diff;
            if (gradient != null) {
                gradient[i] = 2.0 * diff / n;
            }
        }
        if (gradient != null) {
            chainThroughOutput(output, p, rows, cols, gradient);
        }
        return total / n;
    }

    /** Turns d(loss)/d(outputs) into d(loss)/d(logits) for a loss that is not fused with its output. */
    private static void chainThroughOutput(OutputActivation output, double[] p, int rows, int cols, double[] g) {
        switch (output) {
            case IDENTITY -> {
            }
            case SIGMOID -> {
                for (int i = 0; i < rows * cols; i++) {
                    g[i] *= p[i] * (1.0 - p[i]);
                }
            }
            case SOFTMAX -> {
                for (int r = 0; r < rows; r++) {
                    int row = r * cols;
                    double dot = 0;
                    for (int c = 0; c < cols; c++) {
                        dot += p[row + c] * g[row + c];
                    }
                    for (int c = 0; c < cols; c++) {
                        g[row + c] = p[row + c] * (g[row + c] - dot);
                    }
                }
            }
        }
    }

    /**
     * {@code log(1 + t)} for {@code t >= 0}, accurate to a few ulps (Goldberg's correction of the
     * rounding in {@code 1 + t}), but built on the intrinsic {@link Math#log}: {@link Math#log1p} is
     * not intrinsified and costs a native call per element.
     */
    static double log1p(double t) {
        double u = 1.0 + t;
        return u == 1.0 ? t : Math.log(u) * t / (u - 1.0);
    }

    private static double rowMax(double[] values, int offset, int cols) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < cols; c++) {
            max = Math.max(max, values[offset + c]);
        }
        return max;
    }
}
