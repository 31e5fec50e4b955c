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

    /** Weight decay by data size: ({@value #DECAY_ROWS} / the file's rows)², at most {@value #MAX_DECAY}. */
    public static final double DECAY_ROWS = 2000;
    public static final double MAX_DECAY = 2;
    /** The rule of {@link #weightDecay(int)} in words. */
    public static final String DECAY_RULE = "(2000 / rows of the file)², at most 2";

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
     * AdamW's weight decay for a file of {@code rows} rows: {@code min(2, (2000 / rows)²)}. Each step
     * shrinks the weights by {@code lr × decay}, so one pass over the data shrinks them in proportion to
     * {@code decay × rows}; with the square, that pull falls as {@code 1 / rows}, the way a prior weighs
     * against more and more data. Small files need the holding back (yeast's test Hamming loss 0.206 without
     * decay, 0.198 with it); on large files even a decay of 0.01 costs accuracy (skin segmentation: 0.99936
     * without, 0.99913 at 0.01).
     */
    public static double weightDecay(int rows) {
        double ratio = DECAY_ROWS / Math.max(1, rows);
        return Math.min(MAX_DECAY, ratio * ratio);
    }

    /** {@code "0.0038 = (2000 / 32,561 rows)²"}: the value and where it comes from, for the form and the command line. */
    public static String weightDecayRule(int rows) {
        String value = format(weightDecay(rows));
        return weightDecay(rows) >= MAX_DECAY
                ? value + String.format(Locale.ROOT, " (the most; (2000 / %,d rows)² is more)", rows)
                : value + String.format(Locale.ROOT, " = (2000 / %,d rows)²", rows);
    }

    /** A decay as the form and the command line show it: two significant digits, e.g. 0.077, 0.55 or 2. */
    public static String format(double decay) {
        return new java.math.BigDecimal(decay).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
