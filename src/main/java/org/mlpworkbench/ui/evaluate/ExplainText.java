package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mlpworkbench.bundle.PartialDependence;
import org.mlpworkbench.bundle.PermutationImportance;

/**
 * What the Explain tab shows and copies, toolkit-free: the importance bars of one figure (score drop or loss
 * rise, overall or for one output), sorted largest first, and both results as tab-separated text with full
 * precision.
 */
final class ExplainText {

    /** One bar: a column's mean with mean ± sd as its error bar. */
    record Bar(String label, double mean, double sd) {
    }

    private ExplainText() {
    }

    /**
     * The bars of {@code r}: the score drop ({@code loss} false) or loss rise, overall ({@code output} -1) or for
     * output {@code output} of {@link PermutationImportance#outputs()}; largest mean first.
     */
    static List<Bar> bars(PermutationImportance r, boolean loss, int output) {
        List<Bar> bars = new ArrayList<>();
        for (PermutationImportance.Column c : r.columns()) {
            PermutationImportance.Spread s = output < 0 ? (loss ? c.lossRise() : c.scoreDrop())
                    : (loss ? c.outputRises() : c.outputDrops()).get(output);
            bars.add(new Bar(c.name(), s.mean(), s.sd()));
        }
        bars.sort(Comparator.comparingDouble(Bar::mean).reversed());
        return bars;
    }

    /** The axis title of those bars, e.g. "drop in accuracy when the column is shuffled". */
    static String axis(PermutationImportance r, boolean loss) {
        return loss ? "rise in " + r.loss().replace('_', ' ') + " when the column is shuffled"
                : "drop in " + (r.score().equals("r2") ? "R²" : r.score()) + " when the column is shuffled";
    }

    /** Every column with its score drop and loss rise (mean, sd), then the same per output. */
    static String importance(PermutationImportance r) {
        List<String> header = new ArrayList<>(List.of("column", "features", r.score() + "_drop_mean", r.score() + "_drop_sd",
                r.loss() + "_rise_mean", r.loss() + "_rise_sd"));
        for (String o : r.outputs()) {
            header.addAll(List.of(o + " " + r.score() + "_drop_mean", o + " " + r.score() + "_drop_sd",
                    o + " " + r.loss() + "_rise_mean", o + " " + r.loss() + "_rise_sd"));
        }
        StringBuilder text = new StringBuilder(MetricFormat.row(header));
        for (PermutationImportance.Column c : r.columns()) {
            List<String> cells = new ArrayList<>(List.of(c.name(), String.join(" ", c.features())));
            add(cells, c.scoreDrop(), c.lossRise());
            for (int j = 0; j < r.outputs().size(); j++) {
                add(cells, c.outputDrops().get(j), c.outputRises().get(j));
            }
            text.append(MetricFormat.row(cells));
        }
        return text.toString();
    }

    private static void add(List<String> cells, PermutationImportance.Spread drop, PermutationImportance.Spread rise) {
        for (double v : new double[] {drop.mean(), drop.sd(), rise.mean(), rise.sd()}) {
            cells.add(MetricFormat.copied(v));
        }
    }

    /** One line per value: the value, the mean output and the 10th and 90th percentiles of the rows' outputs. */
    static String dependence(PartialDependence d) {
        StringBuilder text = new StringBuilder(MetricFormat.row(List.of(d.column(), "mean " + d.output(), "p10", "p90")));
        for (PartialDependence.Point p : d.points()) {
            text.append(MetricFormat.row(List.of(d.numeric() ? MetricFormat.copied(p.value()) : p.label(),
                    MetricFormat.copied(p.mean()), MetricFormat.copied(p.low()), MetricFormat.copied(p.high()))));
        }
        return text.toString();
    }
}
