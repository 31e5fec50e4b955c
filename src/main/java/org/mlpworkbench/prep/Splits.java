package org.mlpworkbench.prep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.NumericColumn;
import org.mlpworkbench.data.Table;

/**
 * Seeded train/validation splits and k-fold cross-validation folds, random or stratified (each class
 * keeps its share in every part). The same seed gives the same split. Fit the recipe on each split's
 * training rows ({@link RecipeFitter#fitAndApply}) so that validation rows never leak into statistics.
 */
public final class Splits {

    private Splits() {
    }

    /** A split stratified by class for binary and multi-class recipes, random otherwise. */
    public static Split trainValidation(Table table, Recipe recipe, double validationFraction, long seed) {
        int[] strata = strata(table, recipe);
        return strata == null ? random(table.rowCount(), validationFraction, seed) : stratified(strata, validationFraction, seed);
    }

    /**
     * A split of some of the table's rows (e.g. a fold's training rows): {@code rows} are divided as
     * {@link #trainValidation} divides the whole table, and the result holds table row indices, so a
     * cross-validation fold can hold rows out of its training part for early stopping.
     */
    public static Split within(Table table, Recipe recipe, int[] rows, double validationFraction, long seed) {
        int[] all = strata(table, recipe);
        int[] strata = new int[rows.length];
        for (int i = 0; all != null && i < rows.length; i++) {
            strata[i] = all[rows[i]];
        }
        Split local = stratified(strata, validationFraction, seed);
        return new Split(pick(rows, local.train()), pick(rows, local.validation()));
    }

    private static int[] pick(int[] rows, int[] positions) {
        int[] picked = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            picked[i] = rows[positions[i]];
        }
        return picked;
    }

    /** {@code k} folds, stratified by class for binary and multi-class recipes, random otherwise. */
    public static List<Split> folds(Table table, Recipe recipe, int k, long seed) {
        int[] strata = strata(table, recipe);
        return kFold(strata == null ? new int[table.rowCount()] : strata, k, seed);
    }

    /** {@code round(fraction × rows)} random rows (at least one, and one left for training) for validation. */
    public static Split random(int rows, double validationFraction, long seed) {
        return stratified(new int[rows], validationFraction, seed);
    }

    /**
     * A split in which every stratum (rows with equal {@code strata} values, e.g. one class) gives
     * {@code round(fraction × its size)} of its rows to validation.
     */
    public static Split stratified(int[] strata, double validationFraction, long seed) {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("the validation fraction must be between 0 and 1, not " + validationFraction);
        }
        if (strata.length < 2) {
            throw new IllegalArgumentException("a split needs at least 2 rows, not " + strata.length);
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] validation = new boolean[strata.length];
        int count = 0;
        for (int[] group : shuffledGroups(strata, random)) {
            int take = (int) Math.round(validationFraction * group.length);
            for (int i = 0; i < take; i++) {
                validation[group[i]] = true;
            }
            count += take;
        }
        if (count == 0 || count == strata.length) {
            int row = random.nextInt(strata.length);
            validation[row] = count == 0;
        }
        return fromFlags(validation);
    }

    /** {@code k} folds; each row is in the validation part of exactly one, strata spread evenly over folds. */
    public static List<Split> kFold(int[] strata, int k, long seed) {
        if (k < 2 || k > strata.length) {
            throw new IllegalArgumentException("k-fold needs 2 ≤ k ≤ rows (" + strata.length + "), not k = " + k);
        }
        int[] fold = new int[strata.length];
        int position = 0;
        for (int[] group : shuffledGroups(strata, new SplittableRandom(seed))) {
            for (int row : group) {
                fold[row] = position++ % k;
            }
        }
        List<Split> splits = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            boolean[] validation = new boolean[strata.length];
            for (int r = 0; r < strata.length; r++) {
                validation[r] = fold[r] == f;
            }
            splits.add(fromFlags(validation));
        }
        return splits;
    }

    /**
     * The class of each row of a binary or multi-class target (-1 where missing), or {@code null} when the
     * recipe's task (given or inferred) is not single-label classification.
     */
    public static int[] strata(Table table, Recipe recipe) {
        Task task = recipe.task() != null ? recipe.task()
                : TaskInference.infer(table, recipe.targets(), recipe.labelDelimiter()).task();
        if (!task.isSingleLabelClassification() || recipe.targets().size() != 1) {
            return null;
        }
        Column column = table.column(recipe.targets().get(0));
        int[] strata = new int[table.rowCount()];
        if (column instanceof CategoricalColumn c) {
            for (int r = 0; r < strata.length; r++) {
                strata[r] = c.code(r);
            }
            return strata;
        }
        NumericColumn n = (NumericColumn) column;
        double[] distinct = Arrays.stream(n.values()).filter(v -> !Double.isNaN(v)).distinct().sorted().toArray();
        for (int r = 0; r < strata.length; r++) {
            strata[r] = n.isMissing(r) ? -1 : Arrays.binarySearch(distinct, n.value(r));
        }
        return strata;
    }

    /** The rows of each stratum, each group shuffled, groups in ascending stratum order. */
    private static List<int[]> shuffledGroups(int[] strata, SplittableRandom random) {
        TreeMap<Integer, List<Integer>> byStratum = new TreeMap<>();
        for (int r = 0; r < strata.length; r++) {
            byStratum.computeIfAbsent(strata[r], s -> new ArrayList<>()).add(r);
        }
        List<int[]> groups = new ArrayList<>();
        for (List<Integer> rows : byStratum.values()) {
            int[] group = rows.stream().mapToInt(Integer::intValue).toArray();
            for (int i = group.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = group[i];
                group[i] = group[j];
                group[j] = t;
            }
            groups.add(group);
        }
        return groups;
    }

    private static Split fromFlags(boolean[] validation) {
        int count = 0;
        for (boolean v : validation) {
            count += v ? 1 : 0;
        }
        int[] val = new int[count];
        int[] train = new int[validation.length - count];
        int a = 0;
        int b = 0;
        for (int r = 0; r < validation.length; r++) {
            if (validation[r]) {
                val[a++] = r;
            } else {
                train[b++] = r;
            }
        }
        return new Split(train, val);
    }
}
