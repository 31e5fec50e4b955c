package org.mlpworkbench.train;

import java.util.List;
import java.util.Locale;

/**
 * The training defaults the app's form and the command line both start from ({@link TrainPreset#RECOMMENDED}
 * is built from them), as text so they can serve as annotation values and as the form's initial field
 * contents, and the two rules that follow the size of the data. One place, so the two never drift
 * apart. Chosen by measurement on five datasets (docs/defaults.md): early stopping on the validation
 * loss with the best epoch's weights restored, at most {@value #EPOCHS} epochs; AdamW whose weight decay
 * shrinks as the data grow; dropout; a wide layer where the data are small enough for it to be cheap.
 */
public final class TrainDefaults {

    /** The form's and the command line's word for "follow the data size". */
    public static final String AUTO = "auto";
    public static final String HIDDEN_LAYERS = AUTO;
    public static final String DROPOUT = "0.2";
    /** The most epochs a run takes; early stopping usually ends it long before. */
    public static final String EPOCHS = "500";
    public static final String BATCH_SIZE = "64";
    public static final String LEARNING_RATE = "0.001";
    public static final String OPTIMIZER = "adamw";
    public static final String WEIGHT_DECAY = AUTO;
    /** Momentum used when the optimizer is SGD. */
    public static final String SGD_MOMENTUM = "0.9";
    public static final String VALIDATION_SPLIT = "0.2";
    public static final String SEED = "42";
    /** Patience of early stopping: epochs without a lower validation loss before the run stops. */
    public static final String PATIENCE = "10";

    /** Files with fewer rows than this get the wide hidden layer. */
    public static final int WIDE_BELOW_ROWS = 10_000;
    public static final int WIDE = 512;
    public static final int NARROW = 128;
    /** The rule of {@link #hiddenWidths(int)} in words. */
    public static final String WIDTH_RULE = "one layer of 512 units below 10,000 rows of the file, of 128 from there";

    /** Weight decay by data size: {@value #DECAY_ROWS} divided by the file's rows, at most {@value #MAX_DECAY}. */
    public static final double DECAY_ROWS = 2500;
    public static final double MAX_DECAY = 2;
    /** The rule of {@link #weightDecay(int)} in words. */
    public static final String DECAY_RULE = "2500 / rows of the file, at most 2";

    private TrainDefaults() {
    }

    /**
     * The hidden layers for a file of {@code rows} rows: one of {@value #WIDE} units below
     * {@value #WIDE_BELOW_ROWS} rows, where an epoch is cheap and the wide layer (held back by weight decay
     * and dropout) generalises at least as well; one of {@value #NARROW} from there, where a wider layer
     * costs four times the time for no measured gain.
     */
    public static List<Integer> hiddenWidths(int rows) {
        return List.of(rows < WIDE_BELOW_ROWS ? WIDE : NARROW);
    }

    /** {@code "512 (891 rows: below 10,000)"}: the widths and why, for the form and the command line. */
    public static String hiddenRule(int rows) {
        return hiddenWidths(rows).get(0) + String.format(Locale.ROOT, " (%,d rows: %s 10,000)", rows,
                rows < WIDE_BELOW_ROWS ? "below" : "at least");
    }

    /**
     * AdamW's weight decay for a file of {@code rows} rows: {@code min(2, 2500 / rows)}. The less data, the
     * more a network needs holding back (as a prior weighs 1/n against the data); on large files strong
     * decay costs accuracy (skin segmentation: 0.9994 at no decay, 0.990 at decay 1).
     */
    public static double weightDecay(int rows) {
        return Math.min(MAX_DECAY, DECAY_ROWS / Math.max(1, rows));
    }

    /** {@code "0.077 (2500 / 32,561 rows)"}: the value and where it comes from, for the form and the command line. */
    public static String weightDecayRule(int rows) {
        String value = format(weightDecay(rows));
        return weightDecay(rows) >= MAX_DECAY
                ? value + String.format(Locale.ROOT, " (the most; 2500 / %,d rows is more)", rows)
                : value + String.format(Locale.ROOT, " (2500 / %,d rows)", rows);
    }

    /** A decay as the form and the command line show it: two significant digits, e.g. 0.077, 0.55 or 2. */
    public static String format(double decay) {
        return new java.math.BigDecimal(decay).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
