package org.mlpworkbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.ui.component.Problem;

/**
 * The one way a job reaches the UI: the order of its callbacks, latest-wins slots, the problem sink. Jobs here
 * are held until the test ends them ({@link HeldBackgroundTasks}), as a real worker would hold them, so a newer job
 * can start while an older one still runs.
 */
class BackgroundJobTest {

    private final HeldBackgroundTasks tasks = new HeldBackgroundTasks();
    private final List<String> events = new ArrayList<>();

    @Test
    void updatesStillQueuedArriveFirstThenTheEndThenTheOutcome() {
        tasks.<String, Integer>jobWithUpdates("count", (context, update) -> {
            update.accept(1);
            update.accept(2);
            return "done";
        }).onUpdates(100, batch -> events.add("updates " + batch))
                .onEnd(() -> events.add("end"))
                .onSuccess(result -> events.add("success " + result))
                .onFailure(error -> events.add("failure"))
                .start();
        assertThat(events).isEmpty();

        tasks.end(0);

        assertThat(events).containsExactly("updates [1, 2]", "end", "success done");
    }

    @Test
    void aNewerJobOfTheSameSlotCancelsTheOlderAndDropsItsCallbacks() {
        LatestJob slot = new LatestJob();
        tasks.job("first", context -> "old").latestIn(slot)
                .onEnd(() -> events.add("first end"))
                .onSuccess(result -> events.add("first " + result))
                .onDropped(() -> events.add("first dropped"))
                .start();
        tasks.job("second", context -> "new").latestIn(slot)
                .onSuccess(result -> events.add("second " + result))
                .start();
        assertThat(tasks.handle(0).cancelRequested()).as("the older job is asked to stop").isTrue();
        assertThat(slot.isRunning()).isTrue();

        tasks.end(1);
        tasks.end(0);

        assertThat(events).containsExactly("second new", "first dropped");
        assertThat(slot.isRunning()).isFalse();
    }

    @Test
    void cancellingTheSlotLetsTheJobSayHowItEnded() {
        LatestJob slot = new LatestJob();
        tasks.job("long", context -> {
            context.throwIfCancelled();
            return "finished";
        }).latestIn(slot)
                .onCancelled(() -> events.add("cancelled"))
                .onDropped(() -> events.add("dropped"))
                .start();

        slot.cancel();
        tasks.end(0);

        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void aReportedFailureReachesTheProblemSinkAfterTheJobsOwnHandling() {
        List<Problem> shown = new ArrayList<>();
        tasks.problems().showWith(shown::add);
        tasks.job("broken", context -> {
            throw new IllegalStateException("no such column 'Age'");
        }).onFailure(error -> events.add("reset"))
                .reportFailure(error -> new Problem("Cannot do it", "It failed", error.getMessage()))
                .onSuccess(result -> events.add("success"))
                .start();

        tasks.end(0);

        assertThat(events).containsExactly("reset");
        assertThat(shown).containsExactly(new Problem("Cannot do it", "It failed", "no such column 'Age'"));
    }

    @Test
    void aCancelledJobIsNotReportedAsAFailure() {
        List<Problem> shown = new ArrayList<>();
        tasks.problems().showWith(shown::add);
        tasks.job("stopped", context -> {
            throw new CancellationException("cancelled");
        }).reportFailure(error -> new Problem("x", "y", "z"))
                .onCancelled(() -> events.add("cancelled"))
                .start();
        tasks.handle(0).cancel();

        tasks.end(0);

        assertThat(events).containsExactly("cancelled");
        assertThat(shown).isEmpty();
    }
}
