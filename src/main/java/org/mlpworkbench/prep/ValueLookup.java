package org.mlpworkbench.prep;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.NumericColumn;

/**
 * Finds, per row, the position of the row's value in a list of known values (categories, classes),
 * without boxing or string work per row: the lookup is built once per column from its levels, or for
 * numeric storage from the known values parsed as numbers.
 */
final class ValueLookup {

    static final int MISSING = -1;
    static final int UNSEEN = -2;

    private final CategoricalColumn categorical;
    private final int[] levelToIndex;
    private final NumericColumn numeric;
    private final double[] sortedValues;
    private final int[] sortedToIndex;

    ValueLookup(Column column, List<String> known) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < known.size(); i++) {
            index.put(known.get(i), i);
        }
        if (column instanceof CategoricalColumn c) {
            categorical = c;
            levelToIndex = new int[c.levels().size()];
            for (int l = 0; l < levelToIndex.length; l++) {
                levelToIndex[l] = index.getOrDefault(c.levels().get(l), UNSEEN);
            }
            numeric = null;
            sortedValues = null;
            sortedToIndex = null;
        } else {
            numeric = (NumericColumn) column;
            categorical = null;
            levelToIndex = null;
            Integer[] order = new Integer[known.size()];
            double[] parsed = new double[known.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
                parsed[i] = Values.parse(known.get(i));
            }
            Arrays.sort(order, (a, b) -> Double.compare(parsed[a], parsed[b]));
            sortedValues = new double[order.length];
            sortedToIndex = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                sortedValues[i] = parsed[order[i]];
                sortedToIndex[i] = order[i];
            }
        }
    }

    /** The position of the value of {@code row} among the known values, {@link #MISSING} or {@link #UNSEEN}. */
    int index(int row) {
        if (categorical != null) {
            int code = categorical.code(row);
            return code < 0 ? MISSING : levelToIndex[code];
        }
        double v = numeric.value(row);
        if (Double.isNaN(v)) {
            return MISSING;
        }
        int at = Arrays.binarySearch(sortedValues, v);
        return at >= 0 ? sortedToIndex[at] : UNSEEN;
    }

    /** The first row of {@code column} whose value is outside {@code known}, or -1 when all are known. */
    static int firstUnseen(Column column, List<String> known) {
        ValueLookup lookup = new ValueLookup(column, known);
        for (int r = 0; r < column.size(); r++) {
            if (lookup.index(r) == UNSEEN) {
                return r;
            }
        }
        return -1;
    }
}
