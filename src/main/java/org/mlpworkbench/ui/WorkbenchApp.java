package org.mlpworkbench.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window. */
public final class WorkbenchApp extends Application {

    /** Launches the application; called by the launcher. */
    public static void launchApp(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("MLP Workbench");
        stage.setScene(new Scene(new BorderPane(new Label("MLP Workbench")), 1200, 800));
        stage.show();
    }
}
