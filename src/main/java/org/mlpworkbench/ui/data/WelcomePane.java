package org.mlpworkbench.ui.data;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.mlpworkbench.ui.session.SampleFiles;

/**
 * What the Data step shows before anything is loaded: how to open a file (button, drag-and-drop),
 * the sample datasets and the recently opened files.
 */
final class WelcomePane extends VBox {

    private final VBox recentBox = new VBox(2);

    WelcomePane(Runnable chooseFile, List<SampleFiles.Sample> samples, Consumer<SampleFiles.Sample> openSample,
            ObservableList<Path> recent, Consumer<Path> open) {
        getStyleClass().addAll("welcome", "drop-target");
        setId("welcome");
        setMaxSize(760, 640);
        setAlignment(Pos.CENTER);

        Label title = new Label("Open a CSV file to begin");
        title.getStyleClass().add("welcome-title");
        Label hint = new Label("Drop a CSV file or a saved project (.mlpw) anywhere on this window, or choose one.");
        hint.getStyleClass().add("page-subtitle");
        Button openButton = new Button("_Open CSV file…");
        openButton.setId("welcome-open");
        openButton.setDefaultButton(true);
        openButton.setTooltip(new Tooltip("Choose a comma-, semicolon- or tab-separated file (Ctrl+O)"));
        openButton.setOnAction(e -> chooseFile.run());
        getChildren().addAll(title, hint, openButton);

        if (!samples.isEmpty()) {
            Label samplesTitle = new Label("Sample datasets");
            samplesTitle.getStyleClass().add("section-title");
            GridPane list = new GridPane();
            list.setId("welcome-samples");
            list.setHgap(10);
            list.setAlignment(Pos.CENTER);
            for (int i = 0; i < samples.size(); i++) {
                SampleFiles.Sample sample = samples.get(i);
                Hyperlink link = new Hyperlink(sample.name());
                link.setMnemonicParsing(false);
                link.setTooltip(new Tooltip(sample.file().toString()));
                link.setOnAction(e -> openSample.accept(sample));
                Label what = new Label(sample.description());
                what.getStyleClass().add("page-subtitle");
                list.addRow(i, link, what);
            }
            getChildren().addAll(samplesTitle, list);
        }

        Label recentTitle = new Label("Recent files");
        recentTitle.getStyleClass().add("section-title");
        recentBox.setAlignment(Pos.CENTER);
        VBox recentSection = new VBox(2, recentTitle, recentBox);
        recentSection.setAlignment(Pos.CENTER);
        recentSection.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(recent));
        recentSection.managedProperty().bind(recentSection.visibleProperty());
        getChildren().add(recentSection);
        recent.addListener((ListChangeListener<Path>) c -> fillRecent(recent, open));
        fillRecent(recent, open);
    }

    private void fillRecent(List<Path> recent, Consumer<Path> open) {
        recentBox.getChildren().clear();
        for (Path path : recent) {
            Hyperlink link = new Hyperlink(path.getFileName() + "   (" + path.getParent() + ")");
            link.getStyleClass().add("recent-file");
            link.setMnemonicParsing(false);
            link.setOnAction(e -> open.accept(path));
            recentBox.getChildren().add(link);
        }
    }
}
