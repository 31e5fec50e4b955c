package org.mlpworkbench.ui.export;

import java.util.Optional;
import java.util.regex.Pattern;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.NumericColumn;
import org.mlpworkbench.data.Table;

/**
 * Which column of a file to predict identifies its rows: a column named like an identifier
 * ({@code id}, {@code PassengerId}, {@code customer_id}, {@code ID}), preferring one whose values are
 * unique; otherwise the first column of whole numbers the reader typed as an identifier; otherwise none.
 */
final class IdColumns {

    private static final Pattern ID_NAME = Pattern.compile("(?i:id|key)|.*[_\\- .](?i:id|key)|.*[a-z0-9](?:Id|ID)|(?i:id)[_\\- ].*");

    private IdColumns() {
    }

    /** Whether {@code name} reads as an identifier's name. */
    static boolean looksLikeId(String name) {
        return ID_NAME.matcher(name.strip()).matches();
    }

    /** The identifier-like column of {@code sample} (the first rows of a file), if any. */
    static Optional<String> guess(Table sample) {
        Optional<String> named = sample.columns().stream().filter(c -> looksLikeId(c.name()))
                .sorted((a, b) -> Boolean.compare(isKey(b), isKey(a))).map(Column::name).findFirst();
        if (named.isPresent()) {
            return named;
        }
        return sample.columns().stream().filter(c -> isKey(c) && c instanceof NumericColumn).map(Column::name).findFirst();
    }

    private static boolean isKey(Column column) {
        return column.type() == ColumnType.IDENTIFIER;
    }
}
