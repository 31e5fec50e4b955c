package org.mlpworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

/** Dropping a file anywhere on the window opens it (the first, when several are dropped). */
final class FileDrop {

    private FileDrop() {
    }

    static void install(Scene scene, Consumer<Path> open) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<java.io.File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            boolean accepted = !files.isEmpty();
            if (accepted) {
                open.accept(files.get(0).toPath());
            }
            e.setDropCompleted(accepted);
            e.consume();
        });
    }
}
