package org.mlpworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.mlpworkbench.tune.TrialRunner;

/**
 * Runs a rung's trials on a fixed pool of threads (the core starts none): {@code mlpw tune --threads N}.
 * Close it to stop its threads.
 */
final class PooledTrialRunner implements TrialRunner, AutoCloseable {
    private final ExecutorService pool;

    PooledTrialRunner(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "mlpw-trial-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
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
                results.add(future.get());
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

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
