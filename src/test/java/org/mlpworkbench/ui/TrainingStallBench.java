package org.mlpworkbench.ui;

import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Benchmark, not a test: the worst stall of the FX thread while the real window trains and draws
 * live. Trains Titanic (fast epochs: the most chart updates per second) and adult (large batches of
 * work per update) with the Train step visible, a {@link PulseProbe} running, and prints the longest
 * gap between pulses. Run with
 * {@code mvn test -Dtest=TrainingStallBench -Dmlpw.bench=true} (headless) or under xvfb-run with -Dheadful;
 * {@code -Dmlpw.bench.repeats=N} starts the first Titanic run N times (the first Start of a JVM is cold).
 */
@EnabledIfSystemProperty(named = "mlpw.bench", matches = "true")
@ExtendWith(ApplicationExtension.class)
class TrainingStallBench {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = UiTestSupport.start(stage);
    }

    @Test
    void worstStallWhileTraining(FxRobot robot) throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(idle(robot, "idle, Data step, nothing loaded"));
        int repeats = Integer.getInteger("mlpw.bench.repeats", 1);
        for (int i = 0; i < repeats; i++) {
            report.append(measure(robot, "titanic/train.csv", "300", "64", Step.TRAIN));
        }
        report.append(measure(robot, "titanic/train.csv", "300", "64", Step.DATA));
        report.append(measure(robot, "titanic/train.csv", "5000", "64", Step.TRAIN));
        report.append(measure(robot, "adult/train.csv", "60", "64", Step.TRAIN));
        System.out.println(report);
        Files.writeString(Path.of("target", "stall-bench.txt"), report.toString());
    }

    /** CPU time (ns) so far of the JavaFX application thread and of the render thread. */
    private static long[] uiThreadCpu() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] out = new long[2];
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            if (info.getThreadName().equals("JavaFX Application Thread")) {
                out[0] = threads.getThreadCpuTime(info.getThreadId());
            } else if (info.getThreadName().startsWith("QuantumRenderer")) {
                out[1] = threads.getThreadCpuTime(info.getThreadId());
            }
        }
        return out;
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private String idle(FxRobot robot, String what) {
        PulseProbe probe = new PulseProbe();
        robot.interact(probe::start);
        robot.sleep(2000);
        robot.interact(probe::stop);
        return String.format(Locale.ROOT, "%s: 2.0 s, %d pulses, worst FX-thread gap %.1f ms, gaps over 50 ms: %d%n",
                what, probe.pulses(), probe.worstGapMillis(), probe.stallsOver50ms());
    }

    private String measure(FxRobot robot, String file, String epochs, String batch, Step shown) {
        robot.interact(() -> window.open(SharedData.file(file)));
        waitUntil(120, () -> window.model().preparation() != null);
        var train = window.trainViewModel();
        robot.interact(() -> {
            window.select(Step.TRAIN);
            train.form().epochs.set(epochs);
            train.form().batchSize.set(batch);
        });
        robot.interact(() -> window.select(shown));
        robot.sleep(500);
        PulseProbe probe = new PulseProbe();
        long[] cpu0 = uiThreadCpu();
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        System.err.println("PHASE " + file + " " + shown);
        long[] startNanos = new long[1];
        robot.interact(() -> {
            probe.start();
            long s0 = System.nanoTime();
            train.start();
            startNanos[0] = System.nanoTime() - s0;
        });
        waitUntil(600, () -> !train.activeProperty().get());
        robot.interact(probe::stop);
        System.err.println("PHASE END");
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] cpu1 = uiThreadCpu();
        String load = String.format(Locale.ROOT, "; start() took %.1f ms; CPU busy: FX thread %.0f%%, renderer %.0f%% of wall time; GC %d ms; "
                        + "system load average %.1f on %d cores",
                startNanos[0] / 1e6, 100 * (cpu1[0] - cpu0[0]) / 1e9 / seconds, 100 * (cpu1[1] - cpu0[1]) / 1e9 / seconds, gcMillis() - gc0,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        var run = train.currentProperty().get();
        return String.format(Locale.ROOT, "%s (%s shown): %d epochs, %d batch points drawn, %.1f s, %d pulses, worst FX-thread gap "
                        + "%.1f ms (after the first 0.5 s: %.1f ms), gaps over 50 ms: %d %s%n", file, shown, run.epochs().size(),
                run.batchLoss().size(), seconds, probe.pulses(), probe.worstGapMillis(),
                probe.worstGapAfterSettlingMillis(), probe.stallsOver50ms(), probe.stalls()).trim() + load + "\n";
    }
}
