package org.mlpworkbench.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Column names from a header record: a blank name becomes {@code column_<position>}, a repeated name gets
 * {@code _2}, {@code _3}... (whichever is free), and each change is reported. Without a header the columns
 * are {@code column_1}, {@code column_2}...
 */
final class HeaderNames {

    private HeaderNames() {
    }

    /** Unique names for {@code raw} (the header fields, or {@code null} for none of {@code count} columns). */
    static List<String> of(String source, List<String> raw, int count, List<String> warnings) {
        List<String> names = new ArrayList<>(count);
        if (raw == null) {
            for (int i = 1; i <= count; i++) {
                names.add("column_" + i);
            }
            return names;
        }
        Set<String> given = new HashSet<>(raw);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i);
            if (name.isBlank()) {
                String generated = free("column_" + (i + 1), used, given);
                warnings.add(source + ": column " + (i + 1) + " has no name in the header; it is called '"
                        + generated + "'.");
                name = generated;
            } else if (used.contains(name)) {
                String generated = free(name, used, given);
                warnings.add(source + ": the header names more than one column '" + name + "'; column " + (i + 1)
                        + " is called '" + generated + "'.");
                name = generated;
            }
            used.add(name);
            names.add(name);
        }
        return names;
    }

    private static String free(String base, Set<String> used, Set<String> given) {
        if (!used.contains(base) && !given.contains(base)) {
            return base;
        }
        for (int k = 2; ; k++) {
            String candidate = base + "_" + k;
            if (!used.contains(candidate) && !given.contains(candidate)) {
                return candidate;
            }
        }
    }
}
