package org.mlpworkbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    /** A UI thread that only records what was scheduled; the test runs it by hand. */
    private static final class ManualUiThread implements UiThread {
        final List<Runnable> pending = new ArrayList<>();
        final List<Long> delays = new ArrayList<>();

        @Override
        public void runLater(long delayMillis, Runnable action) {
            pending.add(action);
            delays.add(delayMillis);
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(pending);
            pending.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void coalescesABurstIntoOneScheduledDrain() {
        ManualUiThread ui = new ManualUiThread();
        List<List<Integer>> batches = new ArrayList<>();
        LiveFeed<Integer> feed = new LiveFeed<>(ui, 50, batches::add);

        for (int i = 0; i < 1000; i++) {
            feed.publish(i);
        }
        assertThat(ui.pending).hasSize(1);
        assertThat(ui.delays).containsExactly(50L);
        ui.runAll();

        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).hasSize(1000).startsWith(0, 1, 2).endsWith(999);
    }

    @Test
    void schedulesAgainAfterADrainAndKeepsOrder() {
        ManualUiThread ui = new ManualUiThread();
        List<Integer> received = new ArrayList<>();
        LiveFeed<Integer> feed = new LiveFeed<>(ui, 50, received::addAll);

        feed.publish(1);
        feed.publish(2);
        ui.runAll();
        feed.publish(3);
        assertThat(ui.pending).hasSize(1);
        ui.runAll();

        assertThat(received).containsExactly(1, 2, 3);
    }

    @Test
    void anExplicitDrainDeliversWhatIsQueuedAndEmptyDrainsDeliverNothing() {
        ManualUiThread ui = new ManualUiThread();
        List<List<Integer>> batches = new ArrayList<>();
        LiveFeed<Integer> feed = new LiveFeed<>(ui, 50, batches::add);

        feed.drain();
        feed.publish(7);
        feed.drain();
        ui.runAll();

        assertThat(batches).containsExactly(List.of(7));
    }

    @Test
    void losesNoEventWhenManyThreadsPublishWhileDraining() throws Exception {
        ScheduledExecutorService uiExecutor = Executors.newSingleThreadScheduledExecutor();
        List<Integer> received = new ArrayList<>();
        UiThread ui = (delay, action) -> uiExecutor.schedule(action, delay, TimeUnit.MILLISECONDS);
        LiveFeed<Integer> feed = new LiveFeed<>(ui, 1, received::addAll);
        int threads = 4;
        int perThread = 20_000;
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int base = t * perThread;
            new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    feed.publish(base + i);
                }
                done.countDown();
            }).start();
        }
        done.await();
        uiExecutor.submit(feed::drain).get();
        uiExecutor.shutdown();

        assertThat(received).hasSize(threads * perThread).doesNotHaveDuplicates();
    }
}
