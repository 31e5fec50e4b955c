package org.mlpworkbench.ui.component;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;

/**
 * The Pause / Resume button of a long job (training, a search): its text follows the paused state, it is
 * enabled only while the job runs, and pressing it pauses or resumes.
 */
public final class PauseButton {

    private PauseButton() {
    }

    public static Button of(String id, String tooltip, ObservableBooleanValue active, ObservableBooleanValue paused,
                            Runnable pause, Runnable resume) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(Bindings.when(paused).then("_Resume").otherwise("_Pause"));
        button.setMnemonicParsing(true);
        button.setTooltip(FormGrid.tooltip(tooltip));
        button.disableProperty().bind(Bindings.not(active));
        button.setOnAction(e -> {
            if (paused.get()) {
                resume.run();
            } else {
                pause.run();
            }
        });
        return button;
    }
}
