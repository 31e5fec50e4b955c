package org.mlpworkbench.ui.data;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnSummary;
import org.mlpworkbench.data.ColumnType;

/** One line of the column list: a column's name, type (editable), counts and distribution. */
public final class ColumnRow {

    private final String name;
    private final ReadOnlyObjectWrapper<ColumnType> type;
    private final ReadOnlyObjectWrapper<ColumnSummary> summary;
    private final ReadOnlyObjectWrapper<Histogram> histogram;

    ColumnRow(Column column, Histogram histogram) {
        this.name = column.name();
        this.type = new ReadOnlyObjectWrapper<>(this, "type", column.type());
        this.summary = new ReadOnlyObjectWrapper<>(this, "summary", column.summary());
        this.histogram = new ReadOnlyObjectWrapper<>(this, "histogram", histogram);
    }

    /** Replaces what is shown after the column was retyped. */
    void update(Column column, Histogram newHistogram) {
        type.set(column.type());
        summary.set(column.summary());
        histogram.set(newHistogram);
    }

    public String name() {
        return name;
    }

    public ReadOnlyObjectProperty<ColumnType> typeProperty() {
        return type.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColumnSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Histogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return name;
    }
}
