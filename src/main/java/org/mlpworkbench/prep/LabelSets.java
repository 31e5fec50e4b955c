package org.mlpworkbench.prep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;

/**
 * Label-set columns such as {@code car;person;tree}: delimiter detection and splitting. Labels are
 * trimmed and empty labels ignored, so {@code "car; tree;"} is {car, tree}.
 */
final class LabelSets {

    /** Delimiters tried, in order of preference on a tie. */
    static final List<String> CANDIDATES = List.of(";", "|", ",");

    private LabelSets() {
    }

    /**
     * The delimiter of a label-set column, or {@code null} when it does not look like one: some values
     * must contain the delimiter, and the labels must repeat across rows (no more labels than distinct
     * values, at most {@link TaskInference#MAX_CLASSES}), which tells label sets from free text.
     */
    static String detect(Column column, int[] rows) {
        if (!(column instanceof CategoricalColumn)) {
            return null;
        }
        Values values = Values.of(column, rows);
        String best = null;
        long bestCount = 0;
        for (String d : CANDIDATES) {
            long count = values.counts().keySet().stream().filter(v -> v.contains(d)).count();
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        if (best == null) {
            return null;
        }
        int labels = labels(column, rows, best).size();
        return labels <= values.distinct() && labels <= TaskInference.MAX_CLASSES ? best : null;
    }

    /** The labels used in {@code rows} of {@code column}, in natural order. */
    static List<String> labels(Column column, int[] rows, String delimiter) {
        Set<String> labels = new LinkedHashSet<>();
        for (String value : Values.of(column, rows).counts().keySet()) {
            labels.addAll(split(value, delimiter));
        }
        return Values.naturalOrder(labels);
    }

    /** The labels of one value. */
    static List<String> split(String value, String delimiter) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(Pattern.quote(delimiter), -1)) {
            String label = part.trim();
            if (!label.isEmpty() && !out.contains(label)) {
                out.add(label);
            }
        }
        return out;
    }
}
