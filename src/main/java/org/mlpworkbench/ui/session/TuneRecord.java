package org.mlpworkbench.ui.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mlpworkbench.tune.Trial;

/**
 * The Tune step's search as the session keeps it (and a project saves it): the Tune form's values by
 * name, the metric the trials are scored by, every finished trial in the order scheduled, and how the
 * search ended ({@code completed}, {@code trials}, {@code budget}, {@code cancelled}, {@code failed}, or
 * {@code running} while it is still going). Immutable.
 *
 * @param form     the Tune form's text values by name (see {@code TuneForm})
 * @param metric   the objective, e.g. {@code accuracy}; larger is better
 * @param trials   the finished trials, by number
 * @param ended    how the search ended, or {@code running}
 */
public record TuneRecord(Map<String, String> form, String metric, List<Trial> trials, String ended) {

    /** The {@link #ended} of a search still running. */
    public static final String RUNNING = "running";

    public TuneRecord {
        form = Collections.unmodifiableMap(new LinkedHashMap<>(form));
        Objects.requireNonNull(metric, "metric");
        trials = List.copyOf(trials);
        Objects.requireNonNull(ended, "ended");
    }

    /** The best scored trial (highest score, then more epochs, then earlier), or null when none was scored. */
    public Trial best() {
        return Trial.best(trials);
    }
}
