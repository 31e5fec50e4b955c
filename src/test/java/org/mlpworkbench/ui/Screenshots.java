package org.mlpworkbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves PNG snapshots of a scene, for the screenshot tour. */
final class Screenshots {

    private Screenshots() {
    }

    /** Writes {@code scene} as {@code dir/name.png} (rendered on the FX thread). */
    static Path save(Scene scene, Path dir, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image;
        try {
            image = WaitForAsyncUtils.asyncFx(() -> {
                org.mlpworkbench.ui.component.CanvasChart.paintPending();
                return scene.snapshot(null);
            }).get();
        } catch (Exception e) {
            throw new IOException("snapshot failed", e);
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        var buffered = SwingFXUtils.fromFXImage(image, null);
        var rgb = new java.awt.image.BufferedImage(buffered.getWidth(), buffered.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(buffered, 0, 0, null);
        ImageIO.write(rgb, "png", file.toFile());
        return file;
    }
}
