package org.mlpworkbench.ui.train;

import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.prep.RecipeFitter;
import org.mlpworkbench.prep.Split;
import org.mlpworkbench.prep.Splits;
import org.mlpworkbench.ui.session.Preparation;

/**
 * The matrices a run trains on: the recipe fitted on the training rows only, the training rows and
 * (when a share is held out) the validation rows, split with the run's seed (stratified for
 * classification, as the prep package does).
 *
 * @param validation null when nothing is held out
 */
record TrainingData(FittedRecipe recipe, Prepared train, Prepared validation) {

    /** Splits and prepares {@code preparation}'s data; runs on the worker thread. */
    static TrainingData of(Preparation preparation, double validationShare, long seed) {
        Table table = preparation.data().table();
        if (validationShare <= 0) {
            FittedRecipe fitted = RecipeFitter.fit(table, preparation.recipe());
            return new TrainingData(fitted, fitted.apply(table), null);
        }
        Split split = Splits.trainValidation(table, preparation.recipe(), validationShare, seed);
        RecipeFitter.PreparedSplit prepared = RecipeFitter.fitAndApply(table, preparation.recipe(), split);
        Prepared validation = prepared.validation().features().rows() == 0 ? null : prepared.validation();
        return new TrainingData(prepared.recipe(), prepared.train(), validation);
    }

    int validationRows() {
        return validation == null ? 0 : validation.features().rows();
    }
}
