package org.mlpworkbench.metrics;

import java.math.BigInteger;

/**
 * A metric a threshold can be chosen by ({@link ThresholdCurve#best}). Points are compared exactly on
 * their integer counts, so two thresholds with mathematically equal scores always tie, whatever the
 * rounding of the {@code double} values.
 */
public enum ThresholdMetric implements ThresholdObjective {
    ACCURACY,
    F1,
    BALANCED_ACCURACY,
    /** Youden's J = recall + specificity − 1; it ranks thresholds exactly like balanced accuracy. */
    YOUDEN_J,
    /** Matthews correlation coefficient, compared exactly through {@code sign(num)·num²/den} in big integers. */
    MCC;

    /** The metric's value at a point. */
    public double of(ThresholdPoint p) {
        return switch (this) {
            case ACCURACY -> p.accuracy();
            case F1 -> p.f1();
            case BALANCED_ACCURACY -> p.balancedAccuracy();
            case YOUDEN_J -> p.youdenJ();
            case MCC -> p.mcc();
        };
    }

    /**
     * Compares the metric at two points of the same curve (same numbers of positives and negatives):
     * negative, zero or positive as {@code a} scores lower than, equal to or higher than {@code b}.
     */
    @Override
    public int compare(long tpA, long fpA, long tpB, long fpB, long positives, long negatives) {
        return switch (this) {
            // accuracy = (tp + negatives − fp) / total
            case ACCURACY -> Long.compare(tpA - fpA, tpB - fpB);
            // recall + specificity = (tp·N − fp·P) / (P·N) + 1: with P·N ≤ 2^62 the numerators fit a long
            case BALANCED_ACCURACY, YOUDEN_J -> Long.compare(
                    youdenNumerator(tpA, fpA, positives, negatives), youdenNumerator(tpB, fpB, positives, negatives));
            // f1 = 2tp / (tp + P + fp): compare the fractions by 128-bit cross products
            case F1 -> compareFractions(2 * tpA, tpA + positives + fpA, 2 * tpB, tpB + positives + fpB);
            case MCC -> mccKey(tpA, fpA, positives, negatives, tpB, fpB);
        };
    }

    /** Compares MCC at a and b: mcc = num/√den, so sign(num)·num²/den orders like it (den = 0 means mcc = 0). */
    private static int mccKey(long tpA, long fpA, long positives, long negatives, long tpB, long fpB) {
        BigInteger[] a = mccParts(tpA, fpA, positives, negatives);
        BigInteger[] b = mccParts(tpB, fpB, positives, negatives);
        int signA = a[0].signum();
        int signB = b[0].signum();
        if (signA != signB) {
            return Integer.compare(signA, signB);
        }
        if (signA == 0) {
            return 0;
        }
        // same sign: compare num_a²·den_b with num_b²·den_a, reversed for negative values
        BigInteger left = a[0].multiply(a[0]).multiply(b[1]);
        BigInteger right = b[0].multiply(b[0]).multiply(a[1]);
        return signA > 0 ? left.compareTo(right) : right.compareTo(left);
    }

    /** {num, den} of the MCC at (tp, fp), num = 0 when den = 0. */
    private static BigInteger[] mccParts(long tp, long fp, long positives, long negatives) {
        long fn = positives - tp;
        long tn = negatives - fp;
        BigInteger den = BigInteger.valueOf(tp + fp).multiply(BigInteger.valueOf(tp + fn))
                .multiply(BigInteger.valueOf(tn + fp)).multiply(BigInteger.valueOf(tn + fn));
        if (den.signum() == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        BigInteger num = BigInteger.valueOf(tp).multiply(BigInteger.valueOf(tn))
                .subtract(BigInteger.valueOf(fp).multiply(BigInteger.valueOf(fn)));
        return new BigInteger[] {num, den};
    }

    private static long youdenNumerator(long tp, long fp, long positives, long negatives) {
        if (positives == 0) {
            return -fp;
        }
        if (negatives == 0) {
            return tp;
        }
        return tp * negatives - fp * positives;
    }

    /** Compares a/b with c/d for non-negative values, where x/0 counts as 0. */
    static int compareFractions(long a, long b, long c, long d) {
        if (b == 0) {
            a = 0;
            b = 1;
        }
        if (d == 0) {
            c = 0;
            d = 1;
        }
        long highLeft = Math.multiplyHigh(a, d);
        long highRight = Math.multiplyHigh(c, b);
        if (highLeft != highRight) {
            return Long.compare(highLeft, highRight);
        }
        return Long.compareUnsigned(a * d, c * b);
    }
}
