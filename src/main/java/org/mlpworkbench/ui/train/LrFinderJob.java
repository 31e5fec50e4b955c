package org.mlpworkbench.ui.train;

import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.prep.RecipeFitter;
import org.mlpworkbench.train.LearningRateFinder;
import org.mlpworkbench.train.LrFinderResult;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.RunSettings;
import org.mlpworkbench.ui.task.Job;
import org.mlpworkbench.ui.task.JobContext;

/**
 * The learning-rate range test in the background: the same split and network as a run with these
 * settings, a short sweep of exponentially growing rates on a copy of fresh weights.
 */
final class LrFinderJob implements Job<LrFinderResult> {

    private final Preparation preparation;
    private final RunSettings settings;

    LrFinderJob(Preparation preparation, RunSettings settings) {
        this.preparation = preparation;
        this.settings = settings;
    }

    @Override
    public LrFinderResult run(JobContext context) {
        context.message("Finding a learning rate: preparing the data");
        RecipeFitter.PreparedSplit data = RecipeFitter.fitForTraining(preparation.data().table(), preparation.recipe(),
                settings.validationShare(), settings.config().seed());
        MlpSpec spec = settings.network().spec(data.recipe());
        context.message("Finding a learning rate: sweeping from 1e-7 to 10");
        return LearningRateFinder.find(spec, data.train().features(), data.train().targets(), settings.config());
    }
}
