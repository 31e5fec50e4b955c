package org.mlpworkbench.train;

/**
 * The training defaults the app's form and the command line both start from, as text so they can
 * serve as annotation values and as the form's initial field contents. One place, so the two never
 * drift apart: the classic Titanic notebook's net (one hidden layer of 128 units) trained with Adam.
 */
public final class TrainDefaults {

    public static final String HIDDEN_LAYERS = "128";
    public static final String DROPOUT = "0";
    public static final String EPOCHS = "50";
    public static final String BATCH_SIZE = "64";
    public static final String LEARNING_RATE = "0.001";
    /** Momentum used when the optimizer is SGD. */
    public static final String SGD_MOMENTUM = "0.9";
    public static final String VALIDATION_SPLIT = "0.2";
    public static final String SEED = "42";
    /** Patience of early stopping when the user turns it on. */
    public static final String PATIENCE = "10";

    private TrainDefaults() {
    }
}
