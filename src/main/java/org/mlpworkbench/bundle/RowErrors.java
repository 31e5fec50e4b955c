package org.mlpworkbench.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.LoadedTable;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.prep.RecipeException;

/**
 * Problems with one row of a CSV file being predicted or evaluated, told by the file line a person
 * sees: a value the recipe cannot read (text in a numeric column, a third value in a yes/no column),
 * and a row for which the model gives no number — a NaN or infinite output is refused, never written.
 */
final class RowErrors {
    private RowErrors() {
    }

    /**
     * {@code e} told by the line of its row, or {@code null} when it is about no row; {@code lineOffset}
     * is the number of file lines before the text {@code loaded} was read from.
     */
    static CsvException atLine(RecipeException e, LoadedTable loaded, long lineOffset) {
        if (e.row() < 0 || e.row() >= loaded.table().rowCount()) {
            return null;
        }
        String source = loaded.table().source();
        long line = loaded.rowLines().lineOf(e.row()) + lineOffset;
        List<String> others = new ArrayList<>(e.problems());
        others.remove(source + ": " + e.rowProblem());
        return new CsvException(source, line, null, source + ", line " + line + ": " + e.rowProblem()
                + (others.isEmpty() ? "" : "; " + String.join("; ", others)), e);
    }

    /**
     * Refuses outputs that are not all finite, naming the line of the first such row, the output, and
     * the feature that is not finite (or, when all are, that the network's arithmetic overflowed).
     */
    static void checkFinite(ModelBundle bundle, Matrix features, Matrix outputs, LoadedTable loaded, long lineOffset)
            throws CsvException {
        float[] out = outputs.data();
        for (int i = 0; i < out.length; i++) {
            if (!Float.isFinite(out[i])) {
                int row = i / outputs.cols();
                String source = loaded.table().source();
                long line = loaded.rowLines().lineOf(row) + lineOffset;
                throw new CsvException(source, line, null, source + ", line " + line + ": the model gives " + out[i]
                        + " for its output '" + bundle.recipe().outputNames().get(i % outputs.cols()) + "' on this row, "
                        + cause(bundle, features, row) + "; no predictions were written");
            }
        }
    }

    private static String cause(ModelBundle bundle, Matrix features, int row) {
        int cols = features.cols();
        for (int j = 0; j < cols; j++) {
            float x = features.data()[row * cols + j];
            if (!Float.isFinite(x)) {
                return "because its feature '" + bundle.recipe().featureNames().get(j) + "' is " + x
                        + " after the recipe (a value too large for the column's scaling)";
            }
        }
        return "although every feature is finite (the network's arithmetic overflows: its weights or this row's"
                + " values are too large)";
    }
}
