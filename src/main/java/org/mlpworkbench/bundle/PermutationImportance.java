package org.mlpworkbench.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.WorkerThread;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.InputFeatures;
import org.mlpworkbench.prep.Task;

/**
 * Permutation importance of every input column: how much worse the model does when that column's values
 * are shuffled across the rows, breaking its link with the target while keeping its distribution. An input
 * column is permuted as a whole (a one-hot group, or a number with its "was missing" flag, moves together),
 * which is the same as shuffling the raw column in the table. Each column is shuffled {@code repeats}
 * times with permutations drawn from {@code seed}; the result gives the mean and standard deviation of the
 * drop in the task's score ({@link ExplainScores}: accuracy, or R² for regression) and of the rise in its
 * loss (log loss, or MSE). Multi-label models (and regression with several outputs) also get the figures
 * per output. Columns are sorted by mean score drop, then by mean loss rise, largest first.
 *
 * @param task          the model's task
 * @param score         the score's name, "accuracy" or "r2"
 * @param loss          the loss's name, "log_loss" or "mse"
 * @param rows          rows used (after the row cap)
 * @param options       repeats, seed and row cap
 * @param baselineScore the score on the rows as they are
 * @param baselineLoss  the loss on the rows as they are
 * @param outputs       the outputs with figures of their own (multi-label, multi-output regression), else empty
 * @param columns       one entry per input column, most important first
 */
public record PermutationImportance(Task task, String score, String loss, int rows, Options options,
                                    double baselineScore, double baselineLoss, List<String> outputs,
                                    List<Column> columns) {

    public PermutationImportance {
        outputs = List.copyOf(outputs);
        columns = List.copyOf(columns);
    }

    /**
     * How the importance is computed.
     *
     * @param repeats shuffles per column (at least 1)
     * @param seed    the seed of the row sample and of every permutation
     * @param maxRows at most this many rows are used, a random sample drawn with {@code seed} when there are more
     */
    public record Options(int repeats, long seed, int maxRows) {
        public static final int DEFAULT_REPEATS = 5;
        public static final long DEFAULT_SEED = 42;
        public static final int DEFAULT_MAX_ROWS = 20_000;

        public Options {
            if (repeats < 1 || maxRows < 1) {
                throw new IllegalArgumentException("repeats and the row cap must be at least 1 (got " + repeats
                        + " and " + maxRows + ")");
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_REPEATS, DEFAULT_SEED, DEFAULT_MAX_ROWS);
        }
    }

    /** The mean and sample standard deviation (0 for a single repeat) of one figure over the repeats. */
    public record Spread(double mean, double sd) {
        static Spread of(double[] values) {
            double mean = 0;
            for (double v : values) {
                mean += v;
            }
            mean /= values.length;
            double squares = 0;
            for (double v : values) {
                squares += (v - mean) * (v - mean);
            }
            return new Spread(mean, values.length < 2 ? 0 : Math.sqrt(squares / (values.length - 1)));
        }
    }

    /**
     * One input column's importance.
     *
     * @param name          the input column, e.g. {@code Sex}
     * @param features      the features it produces, e.g. {@code Sex=male, Sex=female}
     * @param scoreDrop     baseline score minus the score with the column shuffled
     * @param lossRise      the loss with the column shuffled minus the baseline loss
     * @param outputDrops   per output of {@link PermutationImportance#outputs()}, the score drop
     * @param outputRises   per output, the loss rise
     */
    public record Column(String name, List<String> features, Spread scoreDrop, Spread lossRise, List<Spread> outputDrops,
                         List<Spread> outputRises) {
        public Column {
            features = List.copyOf(features);
            outputDrops = List.copyOf(outputDrops);
            outputRises = List.copyOf(outputRises);
        }
    }

    /**
     * Computes the importance of every input column of {@code rows} (which need targets), scoring binary
     * and multi-label outputs at {@code thresholds} (one per output; ignored by the other tasks).
     *
     * @throws java.util.concurrent.CancellationException when {@code listener} cancelled
     * @throws IllegalArgumentException when the rows have no targets or none at all
     */
    public static PermutationImportance compute(ExplainRows rows, List<Double> thresholds, Options options,
                                                ExplainListener listener) {
        WorkerThread.require("computing permutation importance");
        if (rows.targets() == null || rows.rows() == 0) {
            throw new IllegalArgumentException("permutation importance needs rows with known targets");
        }
        ExplainRows used = rows.sample(options.maxRows(), options.seed());
        FittedRecipe recipe = used.recipe();
        Matrix targets = recipe.task() == Task.REGRESSION ? recipe.inverseTargets(used.targets()) : used.targets();
        ExplainScores base = ExplainScores.of(recipe, thresholds, used.bundle().predictFeatures(used.features()), targets);
        List<InputFeatures> inputs = recipe.inputColumns();
        int perOutput = recipe.task() == Task.MULTI_LABEL || recipe.task() == Task.REGRESSION && base.outputScore.length > 1
                ? base.outputScore.length : 0;
        SplittableRandom random = new SplittableRandom(options.seed());
        int total = inputs.size() * options.repeats();
        int done = 0;
        List<Column> columns = new ArrayList<>();
        float[] original = used.features().data();
        int n = used.rows();
        int width = used.features().cols();
        for (InputFeatures input : inputs) {
            float[] shuffled = original.clone();
            double[] drops = new double[options.repeats()];
            double[] rises = new double[options.repeats()];
            double[][] outputDrops = new double[perOutput][options.repeats()];
            double[][] outputRises = new double[perOutput][options.repeats()];
            for (int r = 0; r < options.repeats(); r++) {
                ExplainRows.checkCancelled(listener);
                int[] order = ExplainRows.permutation(n, random);
                for (int i = 0; i < n; i++) {
                    System.arraycopy(original, order[i] * width + input.offset(), shuffled, i * width + input.offset(),
                            input.width());
                }
                Matrix outputs = used.bundle().predictFeatures(new Matrix(n, width, shuffled));
                ExplainScores s = ExplainScores.of(recipe, thresholds, outputs, targets);
                drops[r] = base.score - s.score;
                rises[r] = s.loss - base.loss;
                for (int j = 0; j < perOutput; j++) {
                    outputDrops[j][r] = base.outputScore[j] - s.outputScore[j];
                    outputRises[j][r] = s.outputLoss[j] - base.outputLoss[j];
                }
                listener.progress(++done, total);
            }
            columns.add(new Column(input.column(), input.featureNames(), Spread.of(drops), Spread.of(rises),
                    spreads(outputDrops), spreads(outputRises)));
        }
        columns.sort(Comparator.comparingDouble((Column c) -> c.scoreDrop().mean())
                .thenComparingDouble(c -> c.lossRise().mean()).reversed());
        List<String> outputNames = perOutput == 0 ? List.of() : recipe.outputNames();
        return new PermutationImportance(recipe.task(), ExplainScores.scoreName(recipe.task()),
                ExplainScores.lossName(recipe.task()), n, options, base.score, base.loss, outputNames, columns);
    }

    private static List<Spread> spreads(double[][] values) {
        List<Spread> spreads = new ArrayList<>();
        for (double[] v : values) {
            spreads.add(Spread.of(v));
        }
        return spreads;
    }
}
