package org.mlpworkbench.prep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.Table;

/**
 * Writes the target matrix of some rows of a table. A row whose target is missing, or holds a class
 * the training rows did not have, is left out and counted, never silently dropped.
 */
final class TargetEncoder {

    /** The encoded rows: {@code data} is {@code kept.length × outputs}; {@code kept} are table row indices. */
    record Result(float[] data, int[] kept, int missing, int unknown, String firstUnknown) {

        /** A sentence about the left-out rows, empty when none were. */
        String message(List<String> columns) {
            if (missing + unknown == 0) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            String what = columns.size() == 1 ? "'" + columns.get(0) + "'" : "a target column";
            if (missing > 0) {
                parts.add(missing + (missing == 1 ? " row" : " rows") + " with " + what + " missing");
            }
            if (unknown > 0) {
                parts.add(unknown + (unknown == 1 ? " row" : " rows") + " with a target value not seen in training (e.g. '"
                        + firstUnknown + "')");
            }
            return String.join(" and ", parts) + " left out";
        }
    }

    private interface RowEncoder {
        /** Writes the outputs of {@code row} at {@code out[at...]}; returns a status. */
        int encode(int row, float[] out, int at);
    }

    private static final int OK = 0;
    private static final int MISSING = 1;
    private static final int UNKNOWN = 2;

    private TargetEncoder() {
    }

    static Result encode(TargetEncoding target, Table table, int[] rows) {
        int k = target.outputNames().size();
        RowEncoder encoder = encoder(target, table);
        float[] out = new float[rows.length * k];
        int[] kept = new int[rows.length];
        int n = 0;
        int missing = 0;
        int unknown = 0;
        String firstUnknown = null;
        for (int r : rows) {
            int status = encoder.encode(r, out, n * k);
            if (status == OK) {
                kept[n++] = r;
                continue;
            }
            Arrays.fill(out, n * k, n * k + k, 0f);
            if (status == MISSING) {
                missing++;
            } else {
                unknown++;
                if (firstUnknown == null) {
                    firstUnknown = firstUnknownText(target, table, r);
                }
            }
        }
        return new Result(n == rows.length ? out : Arrays.copyOf(out, n * k), Arrays.copyOf(kept, n), missing, unknown, firstUnknown);
    }

    private static RowEncoder encoder(TargetEncoding target, Table table) {
        if (target instanceof TargetEncoding.Binary b) {
            ValueLookup lookup = new ValueLookup(table.column(b.column()), List.of(b.negative(), b.positive()));
            return (row, out, at) -> {
                int index = lookup.index(row);
                out[at] = Math.max(index, 0);
                return status(index);
            };
        }
        if (target instanceof TargetEncoding.MultiClass m) {
            ValueLookup lookup = new ValueLookup(table.column(m.column()), m.classes());
            return (row, out, at) -> {
                int index = lookup.index(row);
                if (index >= 0) {
                    out[at + index] = 1f;
                }
                return status(index);
            };
        }
        if (target instanceof TargetEncoding.LabelColumns l) {
            ValueLookup[] lookups = new ValueLookup[l.columns().size()];
            for (int j = 0; j < lookups.length; j++) {
                lookups[j] = new ValueLookup(table.column(l.columns().get(j)), List.of(l.negatives().get(j), l.positives().get(j)));
            }
            return (row, out, at) -> {
                for (int j = 0; j < lookups.length; j++) {
                    int index = lookups[j].index(row);
                    if (index < 0) {
                        return status(index);
                    }
                    out[at + j] = index;
                }
                return OK;
            };
        }
        if (target instanceof TargetEncoding.LabelSets s) {
            return labelSets(s, table.column(s.column()));
        }
        TargetEncoding.Regression g = (TargetEncoding.Regression) target;
        NumericView[] views = new NumericView[g.columns().size()];
        for (int j = 0; j < views.length; j++) {
            views[j] = NumericView.of(table.column(g.columns().get(j)));
        }
        double[] centers = g.centers().stream().mapToDouble(Double::doubleValue).toArray();
        double[] scales = g.scales().stream().mapToDouble(Double::doubleValue).toArray();
        return (row, out, at) -> {
            for (int j = 0; j < views.length; j++) {
                double y = views[j].value(row);
                if (!Double.isFinite(y)) {
                    return MISSING;
                }
                out[at + j] = (float) ((y - centers[j]) / scales[j]);
            }
            return OK;
        };
    }

    /** Label sets are split once per distinct value; labels unknown to training are ignored. */
    private static RowEncoder labelSets(TargetEncoding.LabelSets s, Column column) {
        if (column instanceof CategoricalColumn c) {
            int[][] byLevel = new int[c.levels().size()][];
            for (int l = 0; l < byLevel.length; l++) {
                byLevel[l] = labelIndices(c.levels().get(l), s);
            }
            return (row, out, at) -> {
                int code = c.code(row);
                if (code < 0) {
                    return MISSING;
                }
                for (int index : byLevel[code]) {
                    out[at + index] = 1f;
                }
                return OK;
            };
        }
        return (row, out, at) -> {
            String text = column.text(row);
            if (text == null) {
                return MISSING;
            }
            for (int index : labelIndices(text, s)) {
                out[at + index] = 1f;
            }
            return OK;
        };
    }

    private static int[] labelIndices(String value, TargetEncoding.LabelSets s) {
        return LabelSets.split(value, s.delimiter()).stream().mapToInt(s.labels()::indexOf).filter(i -> i >= 0).toArray();
    }

    private static int status(int index) {
        return index >= 0 ? OK : index == ValueLookup.MISSING ? MISSING : UNKNOWN;
    }

    private static String firstUnknownText(TargetEncoding target, Table table, int row) {
        if (target instanceof TargetEncoding.LabelColumns l) {
            for (int j = 0; j < l.columns().size(); j++) {
                String text = table.column(l.columns().get(j)).text(row);
                if (text != null && !text.equals(l.negatives().get(j)) && !text.equals(l.positives().get(j))) {
                    return l.columns().get(j) + "=" + text;
                }
            }
        }
        return table.column(target.columns().get(0)).text(row);
    }
}
