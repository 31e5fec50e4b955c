package org.mlpworkbench.bundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.prep.TargetEncoding;

/**
 * The columns of a prediction file and their cells. {@link Format#FULL}: the chosen ID columns, then
 * for classification one {@code p(<output>)} column per output, then the label column(s) named after
 * the target column(s); for regression the predicted value per target column. {@link Format#KAGGLE}:
 * the ID columns and the label (or value) columns only — for Titanic exactly {@code PassengerId,Survived}
 * with 0/1. Labels use the model's classes as written in the training file: binary {@code p > t} gives
 * the positive class, else the negative one; multi-class the most probable class; multi-label columns
 * their own positive/negative values; a label-set column the labels above their thresholds joined by
 * the delimiter.
 */
public final class PredictionColumns {

    /** What a prediction file holds. */
    public enum Format {
        /** IDs, probabilities and labels. */
        FULL,
        /** IDs and labels only, the shape of a Kaggle submission. */
        KAGGLE
    }

    private final TargetEncoding target;
    private final List<String> idColumns;
    private final Format format;
    private final double[] thresholds;
    private final List<String> header = new ArrayList<>();

    /**
     * @param thresholds one per output, or {@code null} for the bundle's own
     * @throws IllegalArgumentException when KAGGLE has no ID column or a column name would repeat
     */
    public PredictionColumns(ModelBundle bundle, List<String> idColumns, Format format, List<Double> thresholds) {
        this.target = bundle.recipe().target();
        this.idColumns = List.copyOf(idColumns);
        this.format = format;
        this.thresholds = bundle.thresholdsOr(thresholds)
                .stream().mapToDouble(Double::doubleValue).toArray();
        if (format == Format.KAGGLE && idColumns.isEmpty()) {
            throw new IllegalArgumentException("the Kaggle format needs the ID column(s) of the submission, e.g. --id PassengerId");
        }
        header.addAll(idColumns);
        if (format == Format.FULL && !(target instanceof TargetEncoding.Regression)) {
            target.outputNames().forEach(name -> header.add("p(" + name + ")"));
        }
        header.addAll(labelColumns(target));
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("the output would have two columns called '" + name
                        + "'; choose other ID columns");
            }
        }
    }

    public List<String> header() {
        return List.copyOf(header);
    }

    public List<String> idColumns() {
        return idColumns;
    }

    /** The cells of row {@code row} of {@code outputs}, after the given ID values. */
    public List<String> cells(List<String> ids, Matrix outputs, int row) {
        List<String> cells = new ArrayList<>(header.size());
        cells.addAll(ids);
        int k = outputs.cols();
        if (format == Format.FULL && !(target instanceof TargetEncoding.Regression)) {
            for (int j = 0; j < k; j++) {
                cells.add(Float.toString(outputs.get(row, j)));
            }
        }
        if (target instanceof TargetEncoding.Binary b) {
            cells.add(outputs.get(row, 0) > thresholds[0] ? b.positive() : b.negative());
        } else if (target instanceof TargetEncoding.MultiClass m) {
            int best = 0;
            for (int j = 1; j < k; j++) {
                if (outputs.get(row, j) > outputs.get(row, best)) {
                    best = j;
                }
            }
            cells.add(m.classes().get(best));
        } else if (target instanceof TargetEncoding.LabelColumns l) {
            for (int j = 0; j < k; j++) {
                cells.add(outputs.get(row, j) > thresholds[j] ? l.positives().get(j) : l.negatives().get(j));
            }
        } else if (target instanceof TargetEncoding.LabelSets s) {
            List<String> on = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                if (outputs.get(row, j) > thresholds[j]) {
                    on.add(s.labels().get(j));
                }
            }
            cells.add(String.join(s.delimiter(), on));
        } else {
            for (int j = 0; j < k; j++) {
                cells.add(Float.toString(outputs.get(row, j)));
            }
        }
        return cells;
    }

    private static List<String> labelColumns(TargetEncoding target) {
        if (target instanceof TargetEncoding.LabelColumns l) {
            return l.columns();
        }
        if (target instanceof TargetEncoding.Regression r) {
            return r.columns();
        }
        return target.columns();
    }
}
