package org.mlpworkbench.ui.component;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A titled block of a page: a bold title, a one-line hint and the content, which takes the height left. */
public final class Sections {

    private Sections() {
    }

    public static VBox titled(String title, String hint, Node content) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        Label h = new Label(hint);
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        VBox box = new VBox(2, t, h, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setPadding(new javafx.geometry.Insets(0, 4, 0, 4));
        return box;
    }
}
