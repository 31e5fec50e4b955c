package org.mlpworkbench.data;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The check behind "no metric, curve, bundle or file work on the UI thread". The core's expensive entry
 * points (reading a CSV, fitting or applying a recipe, predicting, building curves and metrics, writing
 * bundles) call {@link #require}; when the system property {@value #PROPERTY} is {@code true} (the test
 * suite sets it), a call made on the JavaFX application thread is recorded and refused with an
 * {@link IllegalStateException}, and the test that caused it fails. Otherwise the check costs one
 * static read. The core knows the toolkit's thread only by its name, so it still never imports it.
 */
public final class WorkerThread {

    /** The system property that turns the check on. */
    public static final String PROPERTY = "mlpw.requireWorkerThread";

    private static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
    private static final String UI_THREAD_NAME = "JavaFX Application Thread";
    private static final AtomicReference<IllegalStateException> FIRST_VIOLATION = new AtomicReference<>();

    private WorkerThread() {
    }

    /**
     * Refuses {@code work} (e.g. "scoring the validation rows") when it is asked for on the UI thread and
     * the check is on.
     */
    public static void require(String work) {
        if (ENABLED && UI_THREAD_NAME.equals(Thread.currentThread().getName())) {
            IllegalStateException e = new IllegalStateException(work + " ran on the JavaFX application thread;"
                    + " it must run in a background job");
            FIRST_VIOLATION.compareAndSet(null, e);
            throw e;
        }
    }

    /** The first refused call since the last call of this method, or null; clears it. */
    public static IllegalStateException takeViolation() {
        return FIRST_VIOLATION.getAndSet(null);
    }
}
