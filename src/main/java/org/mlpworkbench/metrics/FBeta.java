package org.mlpworkbench.metrics;

import java.math.BigDecimal;

/**
 * F-β, the weighted harmonic mean of precision and recall in which recall counts β times as much:
 * {@code (1 + β²)·tp / ((1 + β²)·tp + β²·fn + fp)}, 0 when {@code tp = fp = fn = 0}. β = 1 is F1; β = 2
 * favours recall, β = 0.5 precision. Compared exactly: β² is taken as the exact value of the double and
 * the fractions are cross-multiplied in {@link BigDecimal}.
 *
 * @param beta a finite β &gt; 0
 */
public record FBeta(double beta) implements ThresholdObjective {

    public FBeta {
        if (!(beta > 0 && Double.isFinite(beta))) {
            throw new IllegalArgumentException("β must be a finite number above 0, not " + beta);
        }
    }

    @Override
    public double of(ThresholdPoint p) {
        double b = beta * beta;
        double denominator = (1 + b) * p.tp() + b * p.fn() + p.fp();
        return denominator == 0 ? 0.0 : (1 + b) * p.tp() / denominator;
    }

    @Override
    public int compare(long tpA, long fpA, long tpB, long fpB, long positives, long negatives) {
        BigDecimal b = new BigDecimal(beta).pow(2);
        BigDecimal onePlus = b.add(BigDecimal.ONE);
        BigDecimal numA = onePlus.multiply(BigDecimal.valueOf(tpA));
        BigDecimal numB = onePlus.multiply(BigDecimal.valueOf(tpB));
        BigDecimal denA = numA.add(b.multiply(BigDecimal.valueOf(positives - tpA))).add(BigDecimal.valueOf(fpA));
        BigDecimal denB = numB.add(b.multiply(BigDecimal.valueOf(positives - tpB))).add(BigDecimal.valueOf(fpB));
        if (denA.signum() == 0) {
            numA = BigDecimal.ZERO;
            denA = BigDecimal.ONE;
        }
        if (denB.signum() == 0) {
            numB = BigDecimal.ZERO;
            denB = BigDecimal.ONE;
        }
        return numA.multiply(denB).compareTo(numB.multiply(denA));
    }
}
