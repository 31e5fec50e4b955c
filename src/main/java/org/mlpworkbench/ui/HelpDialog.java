package org.mlpworkbench.ui;

import org.mlpworkbench.ui.session.Step;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import org.mlpworkbench.ui.component.Dialogs;

/**
 * Help: the workflow in one line per step, and every keyboard shortcut — read from the menus
 * themselves, so the list cannot drift from what the keys do.
 */
final class HelpDialog {

    /** Keys that are not menu accelerators. */
    private static final List<String[]> OTHER_KEYS = List.of(
            new String[] {"Esc", "Cancel the running job (loading, training, predicting)"},
            new String[] {"Alt + underlined letter", "Open a menu or press a button"},
            new String[] {"Tab / Shift+Tab", "Move between fields"},
            new String[] {"Space", "Toggle the focused check box or button"},
            new String[] {"F2 / Enter", "Edit the selected cell (column type, encoding)"},
            new String[] {"← / → on the threshold slider", "Move the decision threshold by 0.01 (Evaluate)"},
            new String[] {"Enter in the threshold field", "Apply the typed threshold (Evaluate)"});

    private HelpDialog() {
    }

    static void showShortcuts(MainWindow window) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        grid.add(section("The workflow"), 0, row++, 2, 1);
        for (Step step : Step.values()) {
            grid.addRow(row++, new Label(step.number() + "  " + step.title()), wrapped(step.purpose()));
        }
        grid.add(section("Keyboard"), 0, row++, 2, 1);
        for (String[] entry : shortcuts(window.menuBar())) {
            Label keys = new Label(entry[0]);
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row++, keys, wrapped(entry[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle("Help");
        alert.setHeaderText("MLP Workbench: steps and keyboard shortcuts");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        scroll.setPrefViewportWidth(560);
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("help-dialog");
        Dialogs.show(window.window(), alert);
    }

    /** Each menu item with an accelerator as {shortcut, "Menu › Item"}, followed by the other keys. */
    static List<String[]> shortcuts(MenuBar bar) {
        List<String[]> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, plain(menu.getText()), out);
        }
        out.addAll(OTHER_KEYS);
        return out;
    }

    private static void collect(Menu menu, String path, List<String[]> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + plain(sub.getText()), out);
            } else if (item.getAccelerator() != null) {
                out.add(new String[] {item.getAccelerator().getDisplayText(), path + " › " + plain(item.getText())});
            }
        }
    }

    private static String plain(String text) {
        return text == null ? "" : text.replace("_", "").trim();
    }

    static void showAbout(MainWindow window) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle("About MLP Workbench");
        alert.setHeaderText("MLP Workbench");
        alert.getDialogPane().setContent(wrapped("Load a CSV file, prepare its columns, train a multi-layer "
                + "perceptron while the loss curves draw live, and choose its decision threshold.\n\nJava " + System.getProperty("java.version")
                + " · JavaFX " + System.getProperty("javafx.runtime.version", "?") + "\nApache License 2.0"));
        Dialogs.show(window.window(), alert);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }
}
