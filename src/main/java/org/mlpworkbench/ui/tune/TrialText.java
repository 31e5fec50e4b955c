package org.mlpworkbench.ui.tune;

import java.util.Locale;
import org.mlpworkbench.tune.SearchSpaceJson;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.tune.TrialParameters;
import org.mlpworkbench.ui.component.ParallelModel;

/** A trial in words, for the line beside "Train with these settings". */
final class TrialText {

    private TrialText() {
    }

    /** "Trial 7 (best): 128 relu, dropout 0.21, …, 27 epochs · accuracy 0.8316", or what to do when none is chosen. */
    static String chosen(TrialHistory history) {
        Trial t = history.chosen();
        if (t == null) {
            return "No scored trial yet.";
        }
        Trial best = history.best();
        String which = best != null && best.number() == t.number() ? " (best)" : " (selected)";
        return "Trial " + t.number() + which + ": " + describe(t.parameters()) + ", " + t.epochs() + (t.epochs() == 1 ? " epoch · " : " epochs · ")
                + history.metricProperty().get().replace('_', ' ') + String.format(Locale.ROOT, " %.4f", t.score());
    }

    static String describe(TrialParameters p) {
        return TuneTexts.widths(p.hidden()) + " " + SearchSpaceJson.name(p.activation())
                + String.format(Locale.ROOT, ", dropout %.2f", p.dropout())
                + ", decay " + ParallelModel.Axis.label(p.weightDecay()) + ", lr " + ParallelModel.Axis.label(p.learningRate())
                + ", batch " + p.batchSize() + ", " + SearchSpaceJson.name(p.optimizer());
    }
}
