package org.mlpworkbench.ui.component;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Keeps the header row and header column of a grid in view while its {@link ScrollPane} scrolls: the
 * header row slides down with vertical scrolling, the header column right with horizontal scrolling,
 * and the corner both, drawn above the cells they pass over (give them an opaque background). The
 * grid stays one layout, so headers and cells stay aligned. {@link #unpinned} runs a snapshot with the
 * headers back in their own places, for saving the whole grid as an image.
 */
public final class PinnedHeaders {

    private final ScrollPane scroll;
    private final Region content;
    private final Node corner;
    private final List<Node> row;
    private final List<Node> column;

    private PinnedHeaders(ScrollPane scroll, Region content, Node corner, List<Node> row, List<Node> column) {
        this.scroll = scroll;
        this.content = content;
        this.corner = corner;
        this.row = List.copyOf(row);
        this.column = List.copyOf(column);
    }

    /**
     * Pins {@code row} (the header cells along the top of {@code content}), {@code column} (those down its
     * left side) and {@code corner} while {@code scroll}, whose content is {@code content}, scrolls.
     */
    public static PinnedHeaders install(ScrollPane scroll, Region content, Node corner, List<Node> row,
            List<Node> column) {
        PinnedHeaders pinned = new PinnedHeaders(scroll, content, corner, row, column);
        corner.setViewOrder(-2);
        pinned.row.forEach(n -> n.setViewOrder(-1));
        pinned.column.forEach(n -> n.setViewOrder(-1));
        InvalidationListener update = obs -> pinned.update();
        scroll.hvalueProperty().addListener(update);
        scroll.vvalueProperty().addListener(update);
        scroll.viewportBoundsProperty().addListener(update);
        content.layoutBoundsProperty().addListener(update);
        return pinned;
    }

    /** How far the content is scrolled right and down, in pixels, less its own padding. */
    private double[] offsets() {
        double hidden = content.getLayoutBounds().getWidth() - scroll.getViewportBounds().getWidth();
        double x = hidden <= 0 ? 0 : share(scroll.getHvalue(), scroll.getHmin(), scroll.getHmax()) * hidden;
        hidden = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        double y = hidden <= 0 ? 0 : share(scroll.getVvalue(), scroll.getVmin(), scroll.getVmax()) * hidden;
        return new double[] {Math.max(0, x - content.snappedLeftInset()), Math.max(0, y - content.snappedTopInset())};
    }

    private static double share(double value, double min, double max) {
        return max > min ? (value - min) / (max - min) : 0;
    }

    private void update() {
        double[] offset = offsets();
        place(offset[0], offset[1]);
    }

    private void place(double x, double y) {
        row.forEach(n -> n.setTranslateY(y));
        column.forEach(n -> n.setTranslateX(x));
        corner.setTranslateX(x);
        corner.setTranslateY(y);
    }

    /** Runs {@code snapshot} with the headers in their own places (top and left of the grid), then pins them again. */
    public <T> T unpinned(Supplier<T> snapshot) {
        place(0, 0);
        try {
            return snapshot.get();
        } finally {
            update();
        }
    }
}
