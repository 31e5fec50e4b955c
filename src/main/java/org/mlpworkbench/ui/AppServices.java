package org.mlpworkbench.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.mlpworkbench.ui.session.SampleFiles;
import org.mlpworkbench.ui.session.Settings;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.FxBackgroundTasks;

/**
 * What the main window needs from outside: where background jobs run, the persisted settings and
 * the sample-data folder (absent = no "Open sample" menu). Tests pass their own.
 */
public record AppServices(BackgroundTasks tasks, Settings settings, Optional<Path> sampleFolder) {

    /** The services of the installed application: real threads, settings in the user's config folder. */
    public static AppServices production() {
        return new AppServices(new FxBackgroundTasks(), Settings.load(Settings.defaultFile()), SampleFiles.locate());
    }
}
