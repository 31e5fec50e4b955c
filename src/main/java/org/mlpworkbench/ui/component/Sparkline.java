package org.mlpworkbench.ui.component;

import javafx.geometry.Pos;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A tiny bar chart (a column's distribution) made of styled regions, so it follows the theme
 * (style classes {@code sparkline} and {@code sparkline-bar}). Heights are given as counts.
 */
public final class Sparkline extends HBox {

    private final double height;
    private Tooltip tip;

    /** An empty sparkline {@code width} × {@code height} pixels. */
    public Sparkline(double width, double height) {
        this.height = height;
        getStyleClass().add("sparkline");
        setAlignment(Pos.BOTTOM_LEFT);
        setSpacing(1);
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
    }

    /** Shows bars proportional to {@code counts}; {@code tooltip} (may be null) explains them. */
    public void show(int[] counts, String tooltip) {
        getChildren().clear();
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        double barWidth = counts.length == 0 ? 0
                : Math.max(1, (getPrefWidth() - (counts.length - 1) * getSpacing()) / counts.length);
        for (int c : counts) {
            Region bar = new Region();
            bar.getStyleClass().add("sparkline-bar");
            double h = max == 0 ? 0 : Math.max(c > 0 ? 1 : 0, height * c / max);
            bar.setMinSize(barWidth, h);
            bar.setPrefSize(barWidth, h);
            bar.setMaxSize(barWidth, h);
            getChildren().add(bar);
        }
        if (tip != null) {
            Tooltip.uninstall(this, tip);
            tip = null;
        }
        if (tooltip != null) {
            tip = new Tooltip(tooltip);
            tip.setShowDelay(Duration.millis(250));
            Tooltip.install(this, tip);
        }
    }
}
