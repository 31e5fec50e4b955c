package org.mlpworkbench.ui.prepare;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.prep.ColumnStep;

/**
 * The user's choice for one input column in the Prepare step: drop it, or encode it
 * ({@link Handling}) and fill its missing values ({@link MissingChoice}). Starts from the default
 * recipe's step and its reason; {@link #step()} turns the choice back into a {@link ColumnStep}.
 */
public final class ColumnPlan {

    /** Categories one-hot encoded at most, as in the default recipe; the rest share an "other" feature. */
    static final int CATEGORY_CAP = 20;

    private final String name;
    private final ColumnType type;
    private final int missingValues;
    private final int distinct;
    private final String reason;
    private final BooleanProperty drop = new SimpleBooleanProperty(this, "drop");
    private final ObjectProperty<Handling> handling = new SimpleObjectProperty<>(this, "handling");
    private final ObjectProperty<MissingChoice> missing = new SimpleObjectProperty<>(this, "missing");
    private final ObservableList<Handling> handlingOptions;
    private final ObservableList<MissingChoice> missingOptions = FXCollections.observableArrayList();

    ColumnPlan(Column column, ColumnStep defaultStep, String reason) {
        this.name = column.name();
        this.type = column.type();
        this.missingValues = column.missingCount();
        this.distinct = column.summary().distinct();
        this.reason = reason;
        this.handlingOptions = FXCollections.observableArrayList(Handling.optionsFor(column));
        handling.addListener((obs, old, now) -> {
            missingOptions.setAll(now.missingOptions());
            if (!missingOptions.contains(missing.get())) {
                missing.set(missingOptions.isEmpty() ? null : missingOptions.get(0));
            }
        });
        drop.set(defaultStep instanceof ColumnStep.Drop);
        Handling h = handlingOf(defaultStep);
        handling.set(h != null && handlingOptions.contains(h) ? h : handlingOptions.get(0));
        MissingChoice m = missingOf(defaultStep);
        if (m != null && missingOptions.contains(m)) {
            missing.set(m);
        }
    }

    /** Sets the choice to {@code step} (e.g. from a saved recipe); parts the column does not offer are left as they are. */
    void choose(ColumnStep step) {
        drop.set(step instanceof ColumnStep.Drop);
        Handling h = handlingOf(step);
        if (h != null && handlingOptions.contains(h)) {
            handling.set(h);
        }
        MissingChoice m = missingOf(step);
        if (m != null && missingOptions.contains(m)) {
            missing.set(m);
        }
    }

    /** The recipe step for this choice; {@link ColumnStep#DROP} when dropped. */
    public ColumnStep step() {
        if (drop.get()) {
            return ColumnStep.DROP;
        }
        MissingChoice m = missing.get();
        boolean flag = m != null && m.flags();
        return switch (handling.get()) {
            case STANDARDIZE -> numeric(ColumnStep.Scaling.STANDARDIZE, m, flag);
            case MIN_MAX -> numeric(ColumnStep.Scaling.MIN_MAX, m, flag);
            case AS_IS -> numeric(ColumnStep.Scaling.NONE, m, flag);
            case ONE_HOT -> categorical(ColumnStep.Encoding.ONE_HOT, m);
            case ORDINAL -> categorical(ColumnStep.Encoding.ORDINAL, m);
            case ZERO_ONE -> new ColumnStep.Bool(flag);
            case MISSING_FLAG_ONLY -> ColumnStep.MISSING_INDICATOR_ONLY;
        };
    }

    private static ColumnStep numeric(ColumnStep.Scaling scaling, MissingChoice m, boolean flag) {
        ColumnStep.Imputation imputation = switch (m == null ? MissingChoice.MEDIAN : m) {
            case MEAN, MEAN_FLAG -> ColumnStep.Imputation.MEAN;
            case ZERO, ZERO_FLAG -> ColumnStep.Imputation.CONSTANT;
            default -> ColumnStep.Imputation.MEDIAN;
        };
        return new ColumnStep.Numeric(scaling, imputation, 0, flag);
    }

    private ColumnStep categorical(ColumnStep.Encoding encoding, MissingChoice m) {
        int cap = encoding == ColumnStep.Encoding.ONE_HOT && distinct > CATEGORY_CAP ? CATEGORY_CAP : 0;
        ColumnStep.MissingPolicy policy = m == MissingChoice.OWN_CATEGORY
                ? ColumnStep.MissingPolicy.AS_CATEGORY : ColumnStep.MissingPolicy.MODE;
        return new ColumnStep.Categorical(encoding, cap, policy, List.of());
    }

    private static Handling handlingOf(ColumnStep step) {
        if (step instanceof ColumnStep.Numeric n) {
            return switch (n.scaling()) {
                case STANDARDIZE -> Handling.STANDARDIZE;
                case MIN_MAX -> Handling.MIN_MAX;
                case NONE -> Handling.AS_IS;
            };
        }
        if (step instanceof ColumnStep.Categorical c) {
            return c.encoding() == ColumnStep.Encoding.ONE_HOT ? Handling.ONE_HOT : Handling.ORDINAL;
        }
        if (step instanceof ColumnStep.Bool) {
            return Handling.ZERO_ONE;
        }
        return step instanceof ColumnStep.MissingIndicatorOnly ? Handling.MISSING_FLAG_ONLY : null;
    }

    private static MissingChoice missingOf(ColumnStep step) {
        if (step instanceof ColumnStep.Numeric n) {
            return switch (n.imputation()) {
                case MEAN -> n.indicator() ? MissingChoice.MEAN_FLAG : MissingChoice.MEAN;
                case CONSTANT -> n.indicator() ? MissingChoice.ZERO_FLAG : MissingChoice.ZERO;
                case MEDIAN -> n.indicator() ? MissingChoice.MEDIAN_FLAG : MissingChoice.MEDIAN;
            };
        }
        if (step instanceof ColumnStep.Categorical c) {
            return c.missing() == ColumnStep.MissingPolicy.AS_CATEGORY ? MissingChoice.OWN_CATEGORY
                    : MissingChoice.MOST_FREQUENT;
        }
        if (step instanceof ColumnStep.Bool b) {
            return b.indicator() ? MissingChoice.MOST_FREQUENT_FLAG : MissingChoice.MOST_FREQUENT;
        }
        return null;
    }

    public String name() {
        return name;
    }

    public ColumnType type() {
        return type;
    }

    /** How many rows have no value in this column. */
    public int missingValues() {
        return missingValues;
    }

    /** Why the default recipe chose what it chose, e.g. "dropped — unique per row …". */
    public String reason() {
        return reason;
    }

    /** Checked = the column is not used. */
    public BooleanProperty dropProperty() {
        return drop;
    }

    public ObjectProperty<Handling> handlingProperty() {
        return handling;
    }

    /** Null when the encoding needs no missing-value choice. */
    public ObjectProperty<MissingChoice> missingProperty() {
        return missing;
    }

    public ObservableList<Handling> handlingOptions() {
        return handlingOptions;
    }

    /** The choices that fit the current encoding. */
    public ObservableList<MissingChoice> missingOptions() {
        return missingOptions;
    }
}
