package org.mlpworkbench.ui.session;

import java.util.Objects;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.model.Mlp;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;

/**
 * A run's validation rows as its recipe prepared them, with the model's outputs on them
 * (probabilities, or values in the target's units for regression). The outputs are computed once, on
 * the worker thread that ends the run, and then read by every view that shows validation metrics.
 */
public record HeldOut(Prepared rows, Matrix outputs) {

    public HeldOut {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(outputs, "outputs");
    }

    /** Scores {@code rows} with {@code model} (heavy: call it off the UI thread); null when {@code rows} is null. */
    public static HeldOut score(Mlp model, FittedRecipe recipe, Prepared rows) {
        return rows == null ? null : new HeldOut(rows, recipe.inverseTargets(model.predict(rows.features())));
    }
}
