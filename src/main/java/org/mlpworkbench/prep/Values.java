package org.mlpworkbench.prep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.NumericColumn;

/**
 * The distinct values of a column over some rows, as text, with their counts: what the fitters learn
 * categories, classes and modes from. Values are listed in order of first appearance.
 */
record Values(Map<String, Integer> counts, int missing) {

    /** Counts the values of {@code column} over {@code rows}. */
    static Values of(Column column, int[] rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int missing = 0;
        if (column instanceof CategoricalColumn c) {
            int[] byCode = new int[c.levels().size()];
            List<Integer> order = new ArrayList<>();
            for (int r : rows) {
                int code = c.code(r);
                if (code < 0) {
                    missing++;
                } else if (byCode[code]++ == 0) {
                    order.add(code);
                }
            }
            for (int code : order) {
                counts.put(c.levels().get(code), byCode[code]);
            }
        } else {
            NumericColumn n = (NumericColumn) column;
            Map<Double, Integer> byValue = new LinkedHashMap<>();
            for (int r : rows) {
                double v = n.value(r);
                if (Double.isNaN(v)) {
                    missing++;
                } else {
                    byValue.merge(v, 1, Integer::sum);
                }
            }
            byValue.forEach((v, k) -> counts.put(NumericColumn.format(v), k));
        }
        return new Values(counts, missing);
    }

    int distinct() {
        return counts.size();
    }

    /** The values, most frequent first; ties keep the order of first appearance. */
    List<String> byFrequency() {
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort(Comparator.comparing((String v) -> counts.get(v)).reversed());
        return out;
    }

    /** The most frequent value, {@code null} when there is none. */
    String mode() {
        List<String> f = byFrequency();
        return f.isEmpty() ? null : f.get(0);
    }

    /** The values in natural order: numerically when all are numbers, alphabetically otherwise. */
    List<String> sorted() {
        return naturalOrder(counts.keySet());
    }

    /**
     * {@code values} sorted numerically when every one is a number, otherwise as text with runs of digits
     * compared as numbers ({@code Class2} before {@code Class10}).
     */
    static List<String> naturalOrder(Iterable<String> values) {
        List<String> out = new ArrayList<>();
        values.forEach(out::add);
        Map<String, Double> numbers = new HashMap<>();
        for (String v : out) {
            double d = parse(v);
            if (Double.isNaN(d)) {
                out.sort(Values::compareNatural);
                return out;
            }
            numbers.put(v, d);
        }
        out.sort(Comparator.comparing(numbers::get));
        return out;
    }

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                String da = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String db = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                int c = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else if (x != y) {
                return Character.compare(x, y);
            } else {
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** {@code text} as a number, or NaN when it is not one. */
    static double parse(String text) {
        try {
            double d = Double.parseDouble(text.trim());
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
