package org.mlpworkbench.ui;

import javafx.scene.Scene;

/** The light and dark style sheets; dark is the light sheet plus overrides. */
final class Theme {

    private static final String LIGHT = Theme.class.getResource("workbench.css").toExternalForm();
    private static final String DARK = Theme.class.getResource("dark.css").toExternalForm();

    private Theme() {
    }

    /** Replaces the scene's style sheets with the light or dark theme. */
    static void apply(Scene scene, boolean dark) {
        if (dark) {
            scene.getStylesheets().setAll(LIGHT, DARK);
            scene.getRoot().getStyleClass().add("dark");
        } else {
            scene.getStylesheets().setAll(LIGHT);
            scene.getRoot().getStyleClass().remove("dark");
        }
    }
}
