package org.mlpworkbench.ui.tune;

import java.util.Locale;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.tune.TuneSettings;

/**
 * The progress line of a running search: the share done (of the trial count, or of the time budget, whichever
 * is further along) and "Trial 4 of 13 · 0:42 elapsed · about 1:10 left · best accuracy 0.8249 (trial 3)". The
 * time left is the trial count's pace or the time budget's rest, whichever ends first; without a budget one
 * round of successive halving is planned, so its trials are counted.
 */
record TuneProgress(double fraction, String text) {

    static TuneProgress of(int done, TuneSettings settings, double elapsedSeconds, boolean paused, Trial best, String metric) {
        int planned = planned(settings);
        double budget = settings.timeBudget() == null ? Double.NaN : settings.timeBudget().toMillis() / 1000.0;
        double fraction = planned > 0 ? (double) done / planned : 0;
        double left = planned > 0 && done > 0 ? elapsedSeconds / done * (planned - done) : Double.NaN;
        if (!Double.isNaN(budget)) {
            fraction = Math.max(fraction, budget > 0 ? elapsedSeconds / budget : 1);
            double rest = Math.max(0, budget - elapsedSeconds);
            left = Double.isNaN(left) ? rest : Math.min(left, rest);
        }
        StringBuilder text = new StringBuilder(paused ? "Paused · " : "");
        text.append(done == 1 ? "1 trial" : done + " trials").append(planned > 0 ? " of " + planned : "").append(" done · ")
                .append(clock(elapsedSeconds)).append(" elapsed");
        if (!Double.isNaN(left)) {
            text.append(" · about ").append(clock(left)).append(" left");
        }
        if (best != null) {
            text.append(String.format(Locale.ROOT, " · best %s %.4f (trial %d)", metric.replace('_', ' '), best.score(), best.number()));
        }
        return new TuneProgress(Math.min(1, Math.max(0, fraction)), text.toString());
    }

    /** The line once a search ended {@code how} (a stop reason's label, or "failed"). */
    static String ended(String how, int trials, Trial best, String metric) {
        String why = switch (how) {
            case "completed" -> "one round of successive halving completed";
            case "trials" -> "the trial count was reached";
            case "budget" -> "the time budget was spent";
            case "cancelled" -> "cancelled; every finished trial is kept";
            default -> how;
        };
        return (trials == 1 ? "1 trial" : trials + " trials") + " · " + why + (best == null ? ""
                : String.format(Locale.ROOT, " · best %s %.4f (trial %d)", metric.replace('_', ' '), best.score(), best.number()));
    }

    /** The trials the settings plan: the trial count, else one round's rungs when there is no budget, else 0 (unknown). */
    static int planned(TuneSettings settings) {
        if (settings.maxTrials() > 0) {
            return settings.maxTrials();
        }
        if (settings.timeBudget() != null) {
            return 0;
        }
        int total = 0;
        for (int rung = 0; rung < settings.rungs(); rung++) {
            total += settings.size(rung);
        }
        return total;
    }

    /** "0:42", "12:05", "1:02:05". */
    static String clock(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
