package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.metrics.ClassScores;
import org.mlpworkbench.metrics.MultiClassMetrics;
import org.mlpworkbench.prep.Task;

/**
 * The confusion matrix and per-class scores of a multi-class evaluation, computed once by
 * {@link MultiClassMetrics} (predicted class = the most probable): counts with the true class on rows
 * and the predicted class on columns, each row's shares (which colour the grid), precision, recall,
 * F1 and support per class, accuracy, macro F1 and log loss. Toolkit-free.
 */
public final class ConfusionReport {

    private final List<String> classes;
    private final MultiClassMetrics metrics;
    private final long[][] counts;
    private final List<ClassScores> perClass;

    private ConfusionReport(List<String> classes, MultiClassMetrics metrics) {
        this.classes = List.copyOf(classes);
        this.metrics = metrics;
        this.counts = metrics.confusionMatrix();
        this.perClass = metrics.perClass();
    }

    /** The report of {@code data}, which must be a multi-class evaluation. */
    public static ConfusionReport of(EvaluationData data) {
        if (data.task() != Task.MULTI_CLASS) {
            throw new IllegalArgumentException("a confusion matrix of classes needs a multi-class model, not "
                    + data.task().label());
        }
        String column = data.recipe().target().columns().get(0);
        List<String> names = data.outputNames().stream().map(n -> MetricFormat.valueName(n, column)).toList();
        return new ConfusionReport(names, MultiClassMetrics.of(data.outputs(), data.targets()));
    }

    /** The class names, in output order ("water", not "cover=water"). */
    public List<String> classes() {
        return classes;
    }

    public int size() {
        return classes.size();
    }

    /** Rows whose true class is {@code actual} and predicted class {@code predicted}. */
    public long count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /** Rows of class {@code actual}. */
    public long rowTotal(int actual) {
        long sum = 0;
        for (long c : counts[actual]) {
            sum += c;
        }
        return sum;
    }

    /** The share of class {@code actual}'s rows predicted as {@code predicted} (0 for a class with no row). */
    public double rowShare(int actual, int predicted) {
        long total = rowTotal(actual);
        return total == 0 ? 0 : (double) counts[actual][predicted] / total;
    }

    public List<ClassScores> perClass() {
        return perClass;
    }

    public double accuracy() {
        return metrics.accuracy();
    }

    public double macroF1() {
        return metrics.macroF1();
    }

    public double logLoss() {
        return metrics.logLoss();
    }

    public int rows() {
        return metrics.rows();
    }

    /** The summary, the per-class table and the matrix as tab-separated text. */
    public String metricsText() {
        StringBuilder text = new StringBuilder();
        text.append(MetricFormat.row(List.of("accuracy", MetricFormat.copied(accuracy()))));
        text.append(MetricFormat.row(List.of("macro_f1", MetricFormat.copied(macroF1()))));
        text.append(MetricFormat.row(List.of("log_loss", MetricFormat.copied(logLoss()))));
        text.append(MetricFormat.row(List.of("rows", Integer.toString(rows()))));
        text.append('\n').append(MetricFormat.row(List.of("class", "precision", "recall", "f1", "support")));
        for (ClassScores s : perClass) {
            text.append(MetricFormat.row(List.of(classes.get(s.classIndex()), MetricFormat.copied(s.precision()),
                    MetricFormat.copied(s.recall()), MetricFormat.copied(s.f1()), Long.toString(s.support()))));
        }
        List<String> header = new ArrayList<>();
        header.add("true \\ predicted");
        header.addAll(classes);
        text.append('\n').append(MetricFormat.row(header));
        for (int a = 0; a < size(); a++) {
            List<String> row = new ArrayList<>();
            row.add(classes.get(a));
            for (int p = 0; p < size(); p++) {
                row.add(Long.toString(counts[a][p]));
            }
            text.append(MetricFormat.row(row));
        }
        return text.toString();
    }
}
