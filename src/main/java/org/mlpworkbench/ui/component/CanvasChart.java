package org.mlpworkbench.ui.component;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A chart drawn on one {@link Canvas} that fills it. Subclasses draw in {@link #paint}; anything that
 * changes the picture calls {@link #redraw}.
 *
 * <p>Repaints are staggered: a redraw is done in the animation phase of the second pulse after the
 * request (the frame that shows the change that caused it goes out first), and at most one chart
 * repaints per pulse. Without software rendering (no GPU) each repaint of a large canvas costs the
 * renderer tens of milliseconds; when a training run starts, the table, progress and both training
 * charts change at once, and painting them all in one frame stalled the UI thread for up to ~100 ms.
 * Spread over frames, no frame carries more than one chart. A resize repaints at once, so the chart
 * never shows stretched. {@link #paintPending()} paints everything waiting (before a snapshot).
 */
public abstract class CanvasChart extends Region {

    private static final Set<CanvasChart> WAITING = new LinkedHashSet<>();
    private static AnimationTimer painter;
    private static long pulses;

    private final Canvas canvas = new Canvas();
    private boolean dirty;
    private long requestedAt;

    protected CanvasChart() {
        getChildren().add(canvas);
        followTheme(this, this::redraw);
    }

    /** Runs {@code repaint} when {@code chart} enters a scene and whenever the theme of its scene changes. */
    static void followTheme(Node chart, Runnable repaint) {
        ListChangeListener<String> themeChanged = c -> repaint.run();
        chart.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getRoot().getStyleClass().removeListener(themeChanged);
            }
            if (scene != null) {
                scene.getRoot().getStyleClass().addListener(themeChanged);
            }
            repaint.run();
        });
    }

    /** Whether {@code chart}'s window uses the dark theme (the scene root's {@code dark} style class). */
    static boolean isDark(Node chart) {
        return chart.getScene() != null && chart.getScene().getRoot().getStyleClass().contains("dark");
    }

    /** Draws the chart on a cleared-or-not canvas of {@code width} × {@code height} (clear it first). */
    protected abstract void paint(GraphicsContext g, double width, double height);

    /** Whether the window uses the dark theme (the scene root's {@code dark} style class). */
    protected final boolean dark() {
        return isDark(this);
    }

    /** Asks for a repaint in a coming pulse (UI thread). */
    protected final void redraw() {
        dirty = true;
        if (WAITING.add(this)) {
            requestedAt = pulses;
            if (painter == null) {
                painter = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        pulses++;
                        var next = WAITING.iterator();
                        if (next.hasNext()) {
                            CanvasChart chart = next.next();
                            if (pulses - chart.requestedAt >= 2) {
                                next.remove();
                                chart.paintIfDirty();
                            }
                        }
                        if (WAITING.isEmpty()) {
                            stop();
                        }
                    }
                };
            }
            painter.start();
        }
    }

    /** Paints every chart that waits for its turn, now (UI thread), e.g. before taking a snapshot. */
    public static void paintPending() {
        for (CanvasChart chart : java.util.List.copyOf(WAITING)) {
            WAITING.remove(chart);
            chart.paintIfDirty();
        }
    }

    private void paintIfDirty() {
        if (dirty) {
            dirty = false;
            paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
        }
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
            WAITING.remove(this);
            paintIfDirty();
        }
    }
}
