package org.mlpworkbench.model;

/**
 * Hidden-layer activation functions, with PyTorch's default constants (LeakyReLU slope 0.01, ELU
 * alpha 1, GELU in its exact erf form {@code x/2 * (1 + erf(x / sqrt 2))}). Each also chooses the
 * weight initialisation that suits it: He (Kaiming) normal for the rectifier family, Xavier (Glorot)
 * uniform for the saturating tanh and sigmoid.
 */
public enum Activation {
    RELU("ReLU", true),
    LEAKY_RELU("LeakyReLU", true),
    TANH("Tanh", false),
    SIGMOID("Sigmoid", false),
    GELU("GELU", true),
    ELU("ELU", true);

    /** Negative slope of LeakyReLU (PyTorch default). */
    public static final double LEAKY_SLOPE = 0.01;
    /** Alpha of ELU (PyTorch default). */
    public static final double ELU_ALPHA = 1.0;

    private static final double SQRT_HALF = 0.7071067811865476;
    private static final double INV_SQRT_TWO_PI = 0.3989422804014327;

    private final String displayName;
    private final boolean heInitialised;

    Activation(String displayName, boolean heInitialised) {
        this.displayName = displayName;
        this.heInitialised = heInitialised;
    }

    public String displayName() {
        return displayName;
    }

    /** True for He (Kaiming) normal initialisation, false for Xavier (Glorot) uniform. */
    public boolean usesHeInitialisation() {
        return heInitialised;
    }

    /** The activation of one pre-activation value. */
    public double apply(double z) {
        return switch (this) {
            case RELU -> z > 0 ? z : 0.0;
            case LEAKY_RELU -> z > 0 ? z : LEAKY_SLOPE * z;
            case TANH -> Math.tanh(z);
            case SIGMOID -> sigmoid(z);
            case GELU -> z * 0.5 * (1.0 + Erf.erf(z * SQRT_HALF));
            case ELU -> z > 0 ? z : ELU_ALPHA * Math.expm1(z);
        };
    }

    /** The derivative at a pre-activation value (at 0 the rectifiers use the left derivative, as PyTorch). */
    public double derivative(double z) {
        return switch (this) {
            case RELU -> z > 0 ? 1.0 : 0.0;
            case LEAKY_RELU -> z > 0 ? 1.0 : LEAKY_SLOPE;
            case TANH -> {
                double t = Math.tanh(z);
                yield 1.0 - t * t;
            }
            case SIGMOID -> {
                double s = sigmoid(z);
                yield s * (1.0 - s);
            }
            case GELU -> 0.5 * (1.0 + Erf.erf(z * SQRT_HALF)) + z * INV_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
            case ELU -> z > 0 ? 1.0 : ELU_ALPHA * Math.exp(z);
        };
    }

    /**
     * {@link #apply} to single precision, for the float engine: tanh and GELU, whose exact forms cost 30–60 ns
     * an element in Java ({@code Math.tanh} and a converging erf series are not intrinsics), are computed from
     * the intrinsic {@code Math.exp} with an absolute error below 2e-7 (a float's precision near 1); the others
     * as {@link #apply}. The double engine, which the gradient checks use, keeps the exact forms.
     */
    public double applyToFloat(double z) {
        return switch (this) {
            case TANH -> tanhToFloat(z);
            case GELU -> z * 0.5 * (1.0 + Erf.erfToFloat(z * SQRT_HALF));
            default -> apply(z);
        };
    }

    /** {@link #derivative} to single precision, as {@link #applyToFloat}. */
    public double derivativeToFloat(double z) {
        return switch (this) {
            case TANH -> {
                double t = tanhToFloat(z);
                yield 1.0 - t * t;
            }
            case GELU -> 0.5 * (1.0 + Erf.erfToFloat(z * SQRT_HALF)) + z * INV_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
            default -> derivative(z);
        };
    }

    /** tanh from one exp, (e − 1)/(e + 1) with e = exp(2z): absolute error about 1e-16; ±1 beyond |z| = 20. */
    static double tanhToFloat(double z) {
        if (z > 20) {
            return 1.0;
        }
        if (z < -20) {
            return -1.0;
        }
        double e = Math.exp(2.0 * z);
        return (e - 1.0) / (e + 1.0);
    }

    /** The logistic function, computed without overflow for large |z|. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }
}
