package org.mlpworkbench.ui;

import org.mlpworkbench.ui.session.Step;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.ui.session.Settings;
import org.mlpworkbench.ui.task.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Benchmark, not a test: the worst stall of the FX thread while the real window trains and draws
 * live. Trains Titanic (fast epochs: the most chart updates per second) and adult (large batches of
 * work per update) with the Train step visible, a {@link PulseProbe} running, and prints the longest
 * gap between pulses. The probe starts 0.1 s before each Start, so the frame that handles Start is
 * measured whole. It also reports the first visit to the Train step, which builds that view. Run with
 * {@code mvn test -Dtest=TrainingStallBench -Dmlpw.bench=true} (headless) or under xvfb-run with -Dheadful;
 * {@code -Dmlpw.bench.repeats=N} starts the first Titanic run N times (the first Start of a JVM is cold)
 * and summarises the Starts after the first. Two diagnostics for that cold first Start:
 * {@code -Dmlpw.bench.breakdown=true} lays out the window right after each {@code start()} and reports
 * how long CSS, the run table and the rest took; {@code -Dmlpw.bench.warmOffscreen=true} first trains a
 * short run in a second, never-shown window, so the code behind Start is loaded and compiled before the
 * measured window's first Start.
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
        report.append(firstVisitToTrain(robot));
        if (Boolean.getBoolean("mlpw.bench.warmOffscreen")) {
            report.append(warmInHiddenWindow(robot));
        }
        int repeats = Integer.getInteger("mlpw.bench.repeats", 1);
        List<Double> later = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Measured m = measure(robot, "titanic/train.csv", "300", "64", Step.TRAIN);
            report.append(m.line());
            if (i > 0) {
                later.add(m.worstGapMillis());
            }
        }
        if (!later.isEmpty()) {
            Collections.sort(later);
            report.append(String.format(Locale.ROOT, "titanic Starts after the first: %d, worst gap median %.1f ms, "
                    + "highest %.1f ms, %d at or under 50 ms%n", later.size(), later.get(later.size() / 2),
                    later.get(later.size() - 1), later.stream().filter(g -> g <= 50).count()));
        }
        report.append(measure(robot, "titanic/train.csv", "300", "64", Step.DATA).line());
        report.append(measure(robot, "titanic/train.csv", "5000", "64", Step.TRAIN).line());
        report.append(measure(robot, "adult/train.csv.gz", "60", "64", Step.TRAIN).line());
        System.out.println(report);
        Files.writeString(Path.of("target", "stall-bench.txt"), report.toString());
    }

    /**
     * The worst gap when the Train step is shown for the first time: its view is built, styled and laid
     * out then (done at once here, so each part can be timed).
     */
    private String firstVisitToTrain(FxRobot robot) {
        robot.interact(() -> window.open(SampleData.file("titanic/train.csv")));
        waitUntil(120, () -> window.model().preparation() != null);
        robot.sleep(500);
        PulseProbe probe = new PulseProbe();
        robot.interact(probe::start);
        robot.sleep(100);
        long[] t = new long[4];
        robot.interact(() -> {
            t[0] = System.nanoTime();
            window.select(Step.TRAIN);
            t[1] = System.nanoTime();
            window.root().applyCss();
            t[2] = System.nanoTime();
            window.root().layout();
            t[3] = System.nanoTime();
        });
        robot.sleep(1000);
        robot.interact(probe::stop);
        robot.interact(() -> window.select(Step.DATA));
        return String.format(Locale.ROOT, "first visit to the Train step: worst FX-thread gap %.1f ms; building the view "
                + "%.1f ms, CSS %.1f ms, layout %.1f ms%n", probe.worstGapMillis(), (t[1] - t[0]) / 1e6,
                (t[2] - t[1]) / 1e6, (t[3] - t[2]) / 1e6);
    }

    /** One training run's report line and its worst gap between frames. */
    private record Measured(String line, double worstGapMillis) {
    }

    /** Trains 3 epochs of Titanic in a second window that is never shown (see the class comment). */
    private String warmInHiddenWindow(FxRobot robot) {
        long t0 = System.nanoTime();
        MainWindow[] hidden = new MainWindow[1];
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            hidden[0] = new MainWindow(new AppServices(new FxBackgroundTasks(), Settings.inMemory(), Optional.empty()));
            scene[0] = new Scene(hidden[0].root(), 1366, 768);
            hidden[0].open(SampleData.file("titanic/train.csv"));
        });
        waitUntil(120, () -> hidden[0].model().preparation() != null);
        robot.interact(() -> {
            hidden[0].select(Step.TRAIN);
            hidden[0].trainViewModel().form().epochs.set("3");
            scene[0].snapshot(null);
            hidden[0].trainViewModel().start();
            scene[0].snapshot(null);
        });
        waitUntil(120, () -> !hidden[0].trainViewModel().activeProperty().get());
        robot.interact(() -> scene[0].snapshot(null));
        return String.format(Locale.ROOT, "warmed in a hidden window: 3 Titanic epochs trained and drawn in %.1f s%n",
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Lays the window out at once and times the parts: CSS, the run table (at the first Start it creates
     * its rows, the empty ones that fill its height included), the loss chart, then the rest; without
     * this, that work happens in the next pulse.
     */
    private String layOutNow() {
        Parent root = window.root();
        long t = System.nanoTime();
        root.applyCss();
        long css = System.nanoTime() - t;
        t = System.nanoTime();
        ((Parent) root.lookup("#run-table")).layout();
        long table = System.nanoTime() - t;
        t = System.nanoTime();
        ((Parent) root.lookup("#loss-chart")).layout();
        long chart = System.nanoTime() - t;
        t = System.nanoTime();
        root.layout();
        long rest = System.nanoTime() - t;
        return String.format(Locale.ROOT, "; laid out at once: CSS %.1f ms, run table %.1f ms, loss chart %.1f ms, "
                + "the rest %.1f ms", css / 1e6, table / 1e6, chart / 1e6, rest / 1e6);
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

    private Measured measure(FxRobot robot, String file, String epochs, String batch, Step shown) {
        robot.interact(() -> window.open(SampleData.file(file)));
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
        String[] breakdown = {""};
        // The probe runs a few frames before Start, so the frame that handles Start is measured whole.
        robot.interact(probe::start);
        robot.sleep(100);
        robot.interact(() -> {
            long s0 = System.nanoTime();
            train.start();
            startNanos[0] = System.nanoTime() - s0;
            if (Boolean.getBoolean("mlpw.bench.breakdown") && shown == Step.TRAIN) {
                breakdown[0] = layOutNow();
            }
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
        String line = String.format(Locale.ROOT, "%s (%s shown): %d epochs, %d batch points drawn, %.1f s, %d pulses, worst FX-thread gap "
                        + "%.1f ms (after the first 0.5 s: %.1f ms), gaps over 50 ms: %d %s%n", file, shown, run.curves().epochs().size(),
                run.curves().batchLoss().size(), seconds, probe.pulses(), probe.worstGapMillis(),
                probe.worstGapAfterSettlingMillis(), probe.stallsOver50ms(), probe.stalls()).trim() + load + breakdown[0] + "\n";
        return new Measured(line, probe.worstGapMillis());
    }
}
