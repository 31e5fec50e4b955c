package org.mlpworkbench.ui.tune;

import org.mlpworkbench.tune.Trial;

/**
 * What a running search sends the Tune step: a finished trial, or (with {@code trial} null) a heartbeat
 * between trials so that the elapsed time and the time left move.
 */
record TuneUpdate(Trial trial) {

    static final TuneUpdate HEARTBEAT = new TuneUpdate(null);
}
