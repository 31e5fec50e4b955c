package org.mlpworkbench.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.mlpworkbench.ui.task.FxBackgroundTasks;

/** The JavaFX application: builds the {@link MainWindow} with the production services. */
public final class WorkbenchApp extends Application {

    private AppServices services;

    /** Launches the application; called by the launcher. */
    public static void launchApp(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        services = AppServices.production();
        MainWindow window = new MainWindow(services);
        window.attach(stage);
        stage.show();
        javafx.application.Platform.runLater(window::offerRecovery);
    }

    @Override
    public void stop() {
        if (services != null && services.tasks() instanceof FxBackgroundTasks tasks) {
            tasks.shutdown();
        }
    }
}
