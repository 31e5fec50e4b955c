package org.mlpworkbench.model;

/**
 * The error function in double precision (absolute error below 1e-15), needed for the exact GELU
 * that PyTorch uses by default. Java has no {@code erf}; this uses two standard expansions:
 * for |x| < 2.5 the everywhere-convergent series with positive terms
 * {@code erf(x) = 2/sqrt(pi) * exp(-x^2) * sum 2^n x^(2n+1) / (1*3*...*(2n+1))} (no cancellation),
 * and beyond it Laplace's continued fraction for {@code erfc}, evaluated with the modified Lentz method.
 */
final class Erf {

    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
    private static final double INV_SQRT_PI = 0.5641895835477563;
    private static final double SERIES_LIMIT = 2.5;
    private static final double SATURATION = 6.0;

    private Erf() {
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        double value;
        if (a < SERIES_LIMIT) {
            value = series(a);
        } else if (a < SATURATION) {
            value = 1.0 - erfcContinuedFraction(a);
        } else {
            value = 1.0;
        }
        return x < 0 ? -value : value;
    }

    /**
     * erf to single precision: Abramowitz and Stegun 7.1.26, {@code 1 − (a₁t + … + a₅t⁵)·exp(−x²)} with
     * {@code t = 1/(1 + p|x|)}, absolute error at most 1.5e-7, from one intrinsic {@code Math.exp}.
     */
    static double erfToFloat(double x) {
        double a = Math.abs(x);
        double t = 1.0 / (1.0 + 0.3275911 * a);
        double poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
        double value = 1.0 - poly * Math.exp(-a * a);
        return x < 0 ? -value : value;
    }

    private static double series(double a) {
        double x2 = a * a;
        double term = a;
        double sum = a;
        for (int n = 1; n < 200; n++) {
            term *= 2.0 * x2 / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
    }

    /** erfc(a) = exp(-a^2)/sqrt(pi) * 1/(a + (1/2)/(a + 1/(a + (3/2)/(a + 2/(a + ...))))) for a > 0. */
    private static double erfcContinuedFraction(double a) {
        double tiny = 1e-300;
        double f = a;
        double c = a;
        double d = 0.0;
        for (int k = 1; k < 500; k++) {
            double coefficient = k * 0.5;
            d = a + coefficient * d;
            d = d == 0 ? tiny : d;
            c = a + coefficient / c;
            c = c == 0 ? tiny : c;
            d = 1.0 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < 1e-16) {
                break;
            }
        }
        return INV_SQRT_PI * Math.exp(-a * a) / f;
    }
}
