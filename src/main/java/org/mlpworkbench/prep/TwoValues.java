package org.mlpworkbench.prep;

import java.util.List;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;

/**
 * The two values of a two-valued column, false-like (negative) first: for a BOOLEAN column its two
 * levels; otherwise the values of the training rows in natural order (numbers ascending, text
 * alphabetically), so 0/1 gives 1 as the true value. A column holding only 0 or only 1 is read as 0/1.
 */
final class TwoValues {

    private TwoValues() {
    }

    /** The false-like and the true-like value, in that order; a {@link RecipeException} when there are not two. */
    static List<String> of(Column column, int[] rows, String use) {
        if (column instanceof CategoricalColumn c && c.type() == ColumnType.BOOLEAN && c.levels().size() == 2) {
            return c.levels();
        }
        Values values = Values.of(column, rows);
        List<String> sorted = values.sorted();
        if (sorted.size() == 2) {
            return sorted;
        }
        if (sorted.size() == 1 && (Values.parse(sorted.get(0)) == 0 || Values.parse(sorted.get(0)) == 1)) {
            return List.of("0", "1");
        }
        if (sorted.isEmpty()) {
            throw new RecipeException("column '" + column.name() + "' has no values in the training rows, so it cannot be " + use);
        }
        String shown = sorted.size() <= 5 ? String.join(", ", sorted) : String.join(", ", sorted.subList(0, 5)) + ", ...";
        throw new RecipeException("column '" + column.name() + "' has " + sorted.size() + " distinct value"
                + (sorted.size() == 1 ? "" : "s") + " (" + shown + ") in the training rows, but " + use + " needs exactly two");
    }
}
