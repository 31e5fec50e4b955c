package org.mlpworkbench.prep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default recipe of a table and, for every column (targets included), a sentence the UI shows to
 * explain the choice, e.g. {@code "dropped: unique per row (891 distinct values); an identifier carries no signal"}.
 */
public record DefaultRecipe(Recipe recipe, Map<String, String> reasons) {

    public DefaultRecipe {
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** The reason for the choice made for {@code column}. */
    public String reason(String column) {
        String r = reasons.get(column);
        if (r == null) {
            throw new IllegalArgumentException("no column '" + column + "' in the default recipe");
        }
        return r;
    }
}
