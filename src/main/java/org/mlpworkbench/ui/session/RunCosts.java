package org.mlpworkbench.ui.session;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mlpworkbench.metrics.ThresholdCosts;

/**
 * What each kind of prediction costs for a run, chosen in the Evaluate step: nothing (empty, the default),
 * or one {@link ThresholdCosts} per output (binary: one; multi-label: one per label). Saved in projects.
 * Changed on the UI thread only.
 */
public final class RunCosts {

    private final ReadOnlyObjectWrapper<List<ThresholdCosts>> costs = new ReadOnlyObjectWrapper<>(this, "costs", List.of());

    /** The costs per output; empty when none were set. */
    public ReadOnlyObjectProperty<List<ThresholdCosts>> property() {
        return costs.getReadOnlyProperty();
    }

    /** The costs per output, or none. */
    public List<ThresholdCosts> get() {
        return costs.get();
    }

    /** Sets the costs, one per output, or none (an empty list). */
    public void set(List<ThresholdCosts> chosen) {
        costs.set(List.copyOf(chosen));
    }
}
