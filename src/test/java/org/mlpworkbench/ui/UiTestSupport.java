package org.mlpworkbench.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.mlpworkbench.ui.session.SampleFiles;
import org.mlpworkbench.ui.session.Settings;
import org.mlpworkbench.ui.task.FxBackgroundTasks;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window for TestFX tests, with in-memory settings and real background threads. */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    /**
     * The main window in {@code stage}, shown, with {@code recent} as the recent-files list and the
     * project's sample-data folder.
     */
    static MainWindow start(Stage stage, Path... recent) {
        Settings settings = Settings.inMemory();
        for (int i = recent.length - 1; i >= 0; i--) {
            settings.addRecent(recent[i]);
        }
        MainWindow window = new MainWindow(new AppServices(new FxBackgroundTasks(), settings,
                Optional.of(Path.of(SampleFiles.FOLDER)).filter(java.nio.file.Files::isDirectory)));
        window.attach(stage);
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
        return window;
    }

    /** Waits (at most {@code seconds}) until {@code condition}, evaluated on the FX thread, holds. */
    public static void waitUntil(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
