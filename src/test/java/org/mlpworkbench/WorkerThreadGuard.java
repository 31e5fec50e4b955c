package org.mlpworkbench;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mlpworkbench.data.WorkerThread;

/**
 * Fails any test during which core work ran on the JavaFX application thread ({@link WorkerThread}). The
 * refusal itself is thrown on the UI thread, where the toolkit would only log it, so the test is failed
 * here. Registered for every test through {@code META-INF/services} (JUnit's extension autodetection).
 */
public final class WorkerThreadGuard implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        WorkerThread.takeViolation();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        IllegalStateException violation = WorkerThread.takeViolation();
        if (violation != null) {
            throw new AssertionError("core work ran on the JavaFX application thread during "
                    + context.getDisplayName(), violation);
        }
    }
}
