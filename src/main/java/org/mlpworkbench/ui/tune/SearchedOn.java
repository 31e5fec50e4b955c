package org.mlpworkbench.ui.tune;

import java.util.Map;
import org.mlpworkbench.ui.session.Preparation;

/**
 * What the shown search ran on: the file and recipe (target, columns, encodings) and the seed. "Train with these
 * settings" is offered only while the session's preparation is still that one, since a trial's settings and
 * thresholds were chosen for it, and it trains with the search's seed, not the seed field as edited since.
 */
final class SearchedOn {

    private Preparation preparation;
    private long seed = 42;

    /** A search starts on {@code preparation} with {@code seed}. */
    void started(Preparation preparation, long seed) {
        this.preparation = preparation;
        this.seed = seed;
    }

    /** A saved search comes back with the project's preparation and the seed its form held. */
    void restored(Preparation preparation, Map<String, String> form) {
        this.preparation = preparation;
        this.seed = TuneTexts.seedOr(form.get("seed"), 42);
    }

    /** True when {@code now} is the file and recipe the search ran on. */
    boolean matches(Preparation now) {
        return now != null && preparation != null && now.data().file().equals(preparation.data().file())
                && now.recipe().equals(preparation.recipe());
    }

    long seed() {
        return seed;
    }
}
