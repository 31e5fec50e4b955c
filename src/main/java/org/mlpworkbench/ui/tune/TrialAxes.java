package org.mlpworkbench.ui.tune;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.mlpworkbench.tune.SearchSpaceJson;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.ui.component.ParallelModel;
import org.mlpworkbench.ui.component.ParallelModel.Axis;

/**
 * The parallel-coordinates picture of the scored trials: one axis per parameter that varies (hidden layers,
 * activation, dropout, weight decay and learning rate on log scales, batch size, optimizer, epochs) and the score
 * last; each trial is a line shaded by its score, the chosen trial highlighted. Choice parameters are categorical
 * axes in a fixed order (layers by total width, numbers ascending); one that takes a single value is left out.
 */
final class TrialAxes {

    private TrialAxes() {
    }

    static ParallelModel of(List<Trial> all, Trial highlighted, String metric) {
        List<Trial> trials = all.stream().filter(Trial::scored).toList();
        if (trials.isEmpty()) {
            return ParallelModel.EMPTY;
        }
        List<Axis> axes = new ArrayList<>();
        List<ToDoubleFunction<Trial>> values = new ArrayList<>();
        categorical(axes, values, trials, "layers", t -> TuneTexts.widths(t.parameters().hidden()),
                Comparator.comparingInt((String s) -> widthSum(s)).thenComparing(Comparator.naturalOrder()));
        categorical(axes, values, trials, "activation", t -> SearchSpaceJson.name(t.parameters().activation()),
                Comparator.naturalOrder());
        linear(axes, values, trials, "dropout", t -> t.parameters().dropout());
        log(axes, values, trials, "decay", t -> t.parameters().weightDecay());
        log(axes, values, trials, "rate", t -> t.parameters().learningRate());
        categorical(axes, values, trials, "batch", t -> String.valueOf(t.parameters().batchSize()),
                Comparator.comparingInt(Integer::parseInt));
        categorical(axes, values, trials, "optimizer", t -> SearchSpaceJson.name(t.parameters().optimizer()),
                Comparator.naturalOrder());
        categorical(axes, values, trials, "epochs", t -> String.valueOf(t.epochs()), Comparator.comparingInt(Integer::parseInt));
        double lo = trials.stream().mapToDouble(Trial::score).min().orElseThrow();
        double hi = trials.stream().mapToDouble(Trial::score).max().orElseThrow();
        axes.add(Axis.linear(metric.isEmpty() ? "score" : metric.replace('_', ' '), lo, hi));
        values.add(Trial::score);
        List<ParallelModel.Line> lines = new ArrayList<>();
        int highlight = -1;
        for (Trial t : trials) {
            List<Double> v = new ArrayList<>();
            values.forEach(f -> v.add(f.applyAsDouble(t)));
            lines.add(new ParallelModel.Line(v, hi == lo ? 1 : (t.score() - lo) / (hi - lo)));
            if (highlighted != null && t.number() == highlighted.number()) {
                highlight = lines.size() - 1;
            }
        }
        return new ParallelModel(axes, lines, highlight);
    }

    private static int widthSum(String widths) {
        int sum = 0;
        for (String w : widths.split(",")) {
            sum += Integer.parseInt(w);
        }
        return sum;
    }

    private static void categorical(List<Axis> axes, List<ToDoubleFunction<Trial>> values, List<Trial> trials, String name,
                                    Function<Trial, String> key, Comparator<String> order) {
        List<String> categories = trials.stream().map(key).distinct().sorted(order).toList();
        if (categories.size() > 1) {
            axes.add(Axis.categorical(name, categories));
            values.add(t -> categories.indexOf(key.apply(t)));
        }
    }

    private static void linear(List<Axis> axes, List<ToDoubleFunction<Trial>> values, List<Trial> trials, String name,
                               ToDoubleFunction<Trial> value) {
        double lo = trials.stream().mapToDouble(value).min().orElseThrow();
        double hi = trials.stream().mapToDouble(value).max().orElseThrow();
        if (hi > lo) {
            axes.add(Axis.linear(name, lo, hi));
            values.add(value);
        }
    }

    private static void log(List<Axis> axes, List<ToDoubleFunction<Trial>> values, List<Trial> trials, String name,
                            ToDoubleFunction<Trial> value) {
        double[] positive = trials.stream().mapToDouble(value).filter(v -> v > 0).toArray();
        boolean zero = positive.length < trials.size();
        if (positive.length == 0) {
            return;
        }
        double lo = java.util.Arrays.stream(positive).min().orElseThrow();
        double hi = java.util.Arrays.stream(positive).max().orElseThrow();
        if (hi > lo || zero) {
            axes.add(Axis.log(name, lo, hi, zero));
            values.add(value);
        }
    }
}
