package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.metrics.ThresholdCurve;

/** The guard is on in the test suite and refuses heavy core work on a thread named as the toolkit names its own. */
class WorkerThreadTest {

    @Test
    void theTestSuiteTurnsTheGuardOn() {
        assertThat(Boolean.getBoolean(WorkerThread.PROPERTY)).isTrue();
    }

    @Test
    void aCurveBuiltOnTheUiThreadIsRefusedAndRecorded() throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread ui = new Thread(() -> {
            try {
                ThresholdCurve.build(new float[] {0.2f, 0.8f}, new boolean[] {false, true});
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "JavaFX Application Thread");
        ui.start();
        ui.join();

        assertThat(thrown.get()).isInstanceOf(IllegalStateException.class)
                .hasMessage("building a threshold curve ran on the JavaFX application thread; it must run in a background job");
        assertThat(WorkerThread.takeViolation()).as("recorded for the test guard").isSameAs(thrown.get());
        assertThat(WorkerThread.takeViolation()).as("taken once").isNull();
    }

    @Test
    void anyOtherThreadMayDoTheWork() {
        assertThat(ThresholdCurve.build(new float[] {0.2f, 0.8f}, new boolean[] {false, true}).at(0.5).accuracy())
                .isEqualTo(1.0);
        assertThatCode(() -> WorkerThread.require("nothing")).doesNotThrowAnyException();
    }
}
