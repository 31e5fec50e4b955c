package org.mlpworkbench.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a rung's trials on an executor the caller owns (the core starts no threads: {@code mlpw tune --threads N}
 * and the app's Tune step each make a fixed pool and shut it down). Results come back in the order given; the
 * first trial that throws is rethrown once all have ended. While it waits, the calling thread runs
 * {@code heartbeat} about every {@value #HEARTBEAT_MILLIS} ms, so a caller can show the time pass between trials.
 * An interrupt cancels the running trials.
 */
public final class ExecutorTrialRunner implements TrialRunner {

    /** How often the waiting thread runs the heartbeat. */
    public static final long HEARTBEAT_MILLIS = 1000;

    private final ExecutorService executor;
    private final Runnable heartbeat;

    public ExecutorTrialRunner(ExecutorService executor, Runnable heartbeat) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
    }

    @Override
    public <T> List<T> runAll(List<Supplier<T>> trials) {
        List<Future<T>> futures = new ArrayList<>(trials.size());
        for (Supplier<T> trial : trials) {
            futures.add(executor.submit(trial::get));
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

    /** Names threads {@code prefix-1}, {@code prefix-2}, … and makes them daemons, for the callers' pools. */
    public static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
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
}
