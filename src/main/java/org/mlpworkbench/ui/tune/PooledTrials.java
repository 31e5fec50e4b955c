package org.mlpworkbench.ui.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.mlpworkbench.tune.TrialRunner;

/**
 * The app's {@link TrialRunner}: a rung's trials on a fixed pool of threads, one per available core. It lives
 * in the UI layer because the core starts no threads; the search's own job thread waits here and calls
 * {@code heartbeat} about once a second meanwhile, so the progress line and its time left move between trials.
 * Close it to stop its threads.
 */
final class PooledTrials implements TrialRunner, AutoCloseable {

    /** How often the waiting job thread calls the heartbeat. */
    static final long HEARTBEAT_MILLIS = 1000;

    private final ExecutorService pool;
    private final Runnable heartbeat;

    PooledTrials(int threads, Runnable heartbeat) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "mlpw-tune-trial-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.heartbeat = heartbeat;
    }

    @Override
    public <T> List<T> runAll(List<Supplier<T>> trials) {
        List<Future<T>> futures = new ArrayList<>(trials.size());
        for (Supplier<T> trial : trials) {
            futures.add(pool.submit(trial::get));
        }
        List<T> results = new ArrayList<>(trials.size());
        RuntimeException failure = null;
        for (Future<T> future : futures) {
            try {
                results.add(await(future));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new CancellationException("interrupted while trials were running");
            } catch (ExecutionException e) {
                results.add(null);
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    private <T> T await(Future<T> future) throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return future.get(HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                heartbeat.run();
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
