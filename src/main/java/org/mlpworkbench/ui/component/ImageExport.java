package org.mlpworkbench.ui.component;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Saving what a chart shows: a PNG file of any node as it is drawn now, or the image on the
 * clipboard. {@link #install} gives a chart the context menu that does both.
 */
public final class ImageExport {

    private ImageExport() {
    }

    /** Writes {@code node} as drawn now to {@code file} as a PNG (UI thread). */
    public static void savePng(Node node, Path file) throws IOException {
        savePng(snapshotOf(node), file);
    }

    private static void savePng(Supplier<WritableImage> image, Path file) throws IOException {
        CanvasChart.paintPending();
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", file.toFile())) {
            throw new IOException("no PNG writer is available to save " + file.getFileName());
        }
    }

    /** Puts {@code node} as drawn now on the clipboard as an image. */
    public static void copy(Node node) {
        copy(snapshotOf(node));
    }

    private static void copy(Supplier<WritableImage> image) {
        CanvasChart.paintPending();
        ClipboardContent content = new ClipboardContent();
        content.putImage(image.get());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static Supplier<WritableImage> snapshotOf(Node node) {
        return () -> node.snapshot(null, null);
    }

    /**
     * Gives {@code node} a context menu with "Save as PNG…" (file chooser, {@code suggestedName}.png) and
     * "Copy image"; a failed save is shown in an error dialog.
     */
    public static void install(Node node, Supplier<String> suggestedName, Supplier<Window> owner) {
        install(node, snapshotOf(node), suggestedName, owner);
    }

    /** The same menu for a node whose image is taken by {@code image} (e.g. with pinned headers put back in place). */
    public static void install(Node node, Supplier<WritableImage> image, Supplier<String> suggestedName,
            Supplier<Window> owner) {
        MenuItem save = new MenuItem("Save as PNG…");
        save.setOnAction(e -> choose(image, suggestedName.get(), owner.get()));
        MenuItem copy = new MenuItem("Copy image");
        copy.setOnAction(e -> copy(image));
        ContextMenu menu = new ContextMenu(save, copy);
        node.setOnContextMenuRequested(e -> menu.show(node, e.getScreenX(), e.getScreenY()));
    }

    /** Asks where to save the image as a PNG and saves it there. */
    private static void choose(Supplier<WritableImage> image, String suggestedName, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save chart as PNG");
        chooser.setInitialFileName(suggestedName.replaceAll("[^A-Za-z0-9._ -]", "_") + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        try {
            savePng(image, file.toPath());
        } catch (IOException | RuntimeException e) {
            Dialogs.error(owner, "Could not save the chart", "Saving " + file.getName() + " failed",
                    Dialogs.describe(e));
        }
    }
}
