package org.mlpworkbench.prep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlpworkbench.data.Column;

/** Learns the statistics of one {@link ColumnStep} from the training rows of its column. */
final class StepFitter {

    private StepFitter() {
    }

    static FittedStep fit(ColumnStep step, Column column, int[] rows) {
        String name = column.name();
        if (step instanceof ColumnStep.Drop) {
            return new FittedStep.Dropped(name);
        }
        if (step instanceof ColumnStep.MissingIndicatorOnly) {
            return new FittedStep.MissingIndicator(name);
        }
        if (step instanceof ColumnStep.Numeric n) {
            return numeric(n, column, rows);
        }
        if (step instanceof ColumnStep.Categorical c) {
            return categorical(c, column, rows);
        }
        ColumnStep.Bool b = (ColumnStep.Bool) step;
        List<String> two = TwoValues.of(column, rows, "a boolean (0/1) feature");
        Values values = Values.of(column, rows);
        int fill = values.counts().getOrDefault(two.get(1), 0) > values.counts().getOrDefault(two.get(0), 0) ? 1 : 0;
        return new FittedBool(name, two.get(0), two.get(1), fill, b.indicator());
    }

    private static FittedNumeric numeric(ColumnStep.Numeric step, Column column, int[] rows) {
        String text = NumericView.firstNonNumber(column);
        if (text != null) {
            throw new RecipeException("column '" + column.name() + "' holds text such as '" + text
                    + "', so it cannot be a numeric feature; choose one-hot or ordinal");
        }
        NumericView view = NumericView.of(column);
        double[] present = new double[rows.length];
        int n = 0;
        for (int r : rows) {
            double x = view.value(r);
            if (Double.isFinite(x)) {
                present[n++] = x;
            }
        }
        present = Arrays.copyOf(present, n);
        NumericStats stats = NumericStats.of(present);
        double fill = switch (step.imputation()) {
            case MEAN -> n == 0 ? 0 : stats.mean();
            case MEDIAN -> n == 0 ? 0 : stats.median();
            case CONSTANT -> step.constant();
        };
        double center = 0;
        double scale = 1;
        if (n > 0 && step.scaling() == ColumnStep.Scaling.STANDARDIZE) {
            center = stats.mean();
            scale = stats.std() > 0 ? stats.std() : 1;
        } else if (n > 0 && step.scaling() == ColumnStep.Scaling.MIN_MAX) {
            center = stats.min();
            scale = stats.max() > stats.min() ? stats.max() - stats.min() : 1;
        }
        return new FittedNumeric(column.name(), step.scaling(), step.imputation(), fill, center, scale, step.indicator());
    }

    private static FittedCategorical categorical(ColumnStep.Categorical step, Column column, int[] rows) {
        Values values = Values.of(column, rows);
        List<String> categories;
        boolean other;
        if (!step.categories().isEmpty()) {
            categories = step.categories();
            other = values.counts().keySet().stream().anyMatch(v -> !categories.contains(v));
        } else {
            List<String> byFrequency = values.byFrequency();
            other = step.maxCategories() > 0 && byFrequency.size() > step.maxCategories();
            List<String> kept = other ? byFrequency.subList(0, step.maxCategories()) : byFrequency;
            categories = step.encoding() == ColumnStep.Encoding.ORDINAL ? Values.naturalOrder(kept) : new ArrayList<>(kept);
        }
        boolean mode = step.missing() == ColumnStep.MissingPolicy.MODE;
        boolean missingCategory = !mode && values.missing() > 0;
        return new FittedCategorical(column.name(), step.encoding(), step.missing(), categories, other,
                missingCategory, mode ? values.mode() : null);
    }
}
