package org.mlpworkbench.ui.component;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Message dialogs styled like their owner window. Errors show a human sentence — what failed, where,
 * what was expected — never a stack trace (that goes to standard error for diagnosis only).
 */
public final class Dialogs {

    private Dialogs() {
    }

    /** The filters of every dialog that opens a data file: CSV and text files (also gzip-compressed), or any file. */
    public static java.util.List<javafx.stage.FileChooser.ExtensionFilter> dataFileFilters() {
        return java.util.List.of(
                new javafx.stage.FileChooser.ExtensionFilter("CSV and text files (also .gz)",
                        "*.csv", "*.CSV", "*.tsv", "*.txt", "*.csv.gz", "*.gz"),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*.*"));
    }

    /** Asks for a CSV file to open, starting in the folder of the most recent file that still exists; null: none. */
    public static java.nio.file.Path chooseDataFile(Window owner, java.util.List<java.nio.file.Path> recentFiles) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Open a CSV file");
        chooser.getExtensionFilters().addAll(dataFileFilters());
        recentFiles.stream().map(java.nio.file.Path::getParent).filter(p -> p != null && java.nio.file.Files.isDirectory(p))
                .findFirst().ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        java.io.File chosen = chooser.showOpenDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    /** Shows an error and waits until the user closes it. */
    public static void error(Window owner, String title, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("dialog-message");
        text.setMaxWidth(560);
        text.setPrefWidth(Math.min(560, 7.2 * message.length() + 20));
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("error-dialog");
        show(owner, alert);
    }

    /** Applies the owner's theme to {@code dialog}, then shows it and waits. */
    public static void show(Window owner, Dialog<?> dialog) {
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    /** The message of {@code error} for a person: its own message, or its kind when it has none. */
    public static String describe(Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && (e.getMessage() == null || e instanceof java.util.concurrent.ExecutionException
                || e instanceof java.lang.reflect.InvocationTargetException)) {
            e = e.getCause();
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "An unexpected " + e.getClass().getSimpleName() + " occurred.";
        }
        return message;
    }
}
