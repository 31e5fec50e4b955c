package org.mlpworkbench.ui.project;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mlpworkbench.ui.component.Dialogs;

/** The application's answers to {@link ProjectDialogs}: native file choosers and alerts owned by the main window. */
public final class FxProjectDialogs implements ProjectDialogs {

    private final Supplier<Window> owner;

    public FxProjectDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private static FileChooser.ExtensionFilter projects() {
        return new FileChooser.ExtensionFilter("MLP Workbench projects", "*" + ProjectFile.EXTENSION);
    }

    @Override
    public Path chooseSaveFile(String suggested, Path folder) {
        FileChooser chooser = chooser("Save project", folder);
        chooser.getExtensionFilters().add(projects());
        chooser.setInitialFileName(suggested);
        File chosen = chooser.showSaveDialog(owner.get());
        return chosen == null ? null : chosen.toPath();
    }

    @Override
    public Path chooseProjectToOpen(Path folder) {
        FileChooser chooser = chooser("Open project", folder);
        chooser.getExtensionFilters().addAll(projects(), new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(owner.get());
        return chosen == null ? null : chosen.toPath();
    }

    @Override
    public Path locateData(Path missing) {
        ButtonType locate = new ButtonType("Locate file…", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", locate, ButtonType.CANCEL);
        alert.setTitle("Data file not found");
        alert.setHeaderText(missing.getFileName() + " was not found");
        alert.setContentText("The project's data file " + missing + " is not there any more. Locate it to open the "
                + "project; if its contents changed, the runs are still restored.");
        alert.getDialogPane().setId("locate-dialog");
        alert.getDialogPane().setPrefWidth(520);
        Dialogs.show(owner.get(), alert);
        if (alert.getResult() != locate) {
            return null;
        }
        FileChooser chooser = chooser("Locate " + missing.getFileName(), missing.getParent());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV and text files", "*.csv", "*.tsv",
                "*.txt", "*.CSV"), new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(owner.get());
        return chosen == null ? null : chosen.toPath();
    }

    /** Shows an opened project's warnings and waits until the user closes them. */
    public static void warn(Window owner, org.mlpworkbench.ui.component.Problem warning) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.setTitle(warning.title());
        alert.setHeaderText(warning.header());
        javafx.scene.control.Label text = new javafx.scene.control.Label(warning.message());
        text.setWrapText(true);
        text.setMaxWidth(600);
        text.setPrefWidth(Math.min(600, 7.2 * warning.message().length() + 20));
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("project-warning-dialog");
        Dialogs.show(owner, alert);
    }

    @Override
    public SaveChoice askToSave(String name) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, dontSave, cancel);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + name + "?");
        alert.setContentText("The data, recipe, training settings, runs and thresholds of this session are not saved "
                + "in a project yet. Without saving they are lost.");
        alert.getDialogPane().setId("save-changes-dialog");
        Dialogs.show(owner.get(), alert);
        ButtonType answer = Optional.ofNullable(alert.getResult()).orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public boolean askToRecover(String question) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard);
        alert.setTitle("Restore unsaved work");
        alert.setHeaderText("Restore the unsaved work of the last session?");
        alert.setContentText(question + " Discard deletes the copy.");
        alert.getDialogPane().setId("recover-dialog");
        Dialogs.show(owner.get(), alert);
        return alert.getResult() == restore;
    }
}
