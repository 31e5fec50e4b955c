package org.mlpworkbench.ui.component;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * Metric-versus-threshold chart: x is the threshold in [0, 1], y a metric in [0, 1]. Lines are drawn as
 * steps (a metric is constant between two scores) on one canvas, redrawn only when the lines, the size or
 * the theme change; the threshold marker lives on a second canvas above, so moving it repaints one line.
 * Dragging or clicking in the plot moves {@link #thresholdProperty()}. The lines come from a sampler
 * called with the number of points the plot's pixel width can show, so drawing cost follows the width,
 * not the number of rows.
 */
public final class ThresholdChart extends Region {

    /** The metric a line shows; it decides the colour. */
    public enum Role { ACCURACY, PRECISION, RECALL, F1 }

    /** One step line: {@code y[i]} holds from {@code x[i]} to {@code x[i + 1]} (the last to 1). */
    public record Line(String name, Role role, double[] x, double[] y) {
    }

    private static final double LEFT = 44;
    private static final double RIGHT = 14;
    private static final double TOP = 28;
    private static final double BOTTOM = 40;
    private final Canvas lines = new Canvas();
    private final Canvas marker = new Canvas();
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0.5);
    private String title;
    private IntFunction<List<Line>> sampler = n -> List.of();
    private List<Line> shown = List.of();
    private DoubleUnaryOperator markerValue = t -> Double.NaN;
    private double baseline = Double.NaN;
    private String baselineLabel = "";
    private boolean dirty = true;

    public ThresholdChart(String title) {
        this.title = title;
        getStyleClass().add("threshold-chart");
        getChildren().addAll(lines, marker);
        setMinSize(260, 200);
        setPrefSize(640, 360);
        threshold.addListener((obs, old, now) -> paintMarker());
        marker.setOnMousePressed(this::drag);
        marker.setOnMouseDragged(this::drag);
        marker.setCursor(Cursor.H_RESIZE);
        ListChangeListener<String> theme = c -> refresh();
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getRoot().getStyleClass().removeListener(theme);
            }
            if (scene != null) {
                scene.getRoot().getStyleClass().addListener(theme);
            }
            refresh();
        });
    }

    /** The threshold the marker shows; dragging in the plot sets it. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The chart's title, drawn top left. */
    public void setTitle(String newTitle) {
        title = newTitle;
        refresh();
    }

    /** Where the lines come from: called with the most points worth drawing at the current width. */
    public void setLines(IntFunction<List<Line>> newSampler) {
        sampler = newSampler;
        refresh();
    }

    /** The value marked with a dot where the marker crosses the first line (its exact value at {@code t}). */
    public void setMarkerValue(DoubleUnaryOperator valueAt) {
        markerValue = valueAt;
        paintMarker();
    }

    /** A dashed horizontal reference line at {@code y}, labelled (e.g. "predict all negative: 0.616"). */
    public void setBaseline(double y, String label) {
        baseline = y;
        baselineLabel = label;
        refresh();
    }

    /** Samples the lines again and redraws (after a change of curve, of the lines shown, or of theme). */
    public void refresh() {
        dirty = true;
        requestLayout();
    }

    /** The lines drawn now (for tests and tools). */
    public List<Line> lines() {
        return shown;
    }

    /** Points worth drawing across the plot: four per pixel column (first, last, lowest, highest) plus the ends. */
    int maxPoints() {
        return Math.max(6, 4 * (int) Math.ceil(Math.max(1, getWidth() - LEFT - RIGHT)) + 2);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (lines.getWidth() != w || lines.getHeight() != h) {
            lines.setWidth(w);
            lines.setHeight(h);
            marker.setWidth(w);
            marker.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            shown = sampler.apply(maxPoints());
            paintLines();
            paintMarker();
        }
    }

    private void drag(MouseEvent e) {
        double t = (e.getX() - LEFT) / (getWidth() - LEFT - RIGHT);
        threshold.set(Math.max(0, Math.min(1, t)));
        e.consume();
    }

    private double px(double t) {
        return LEFT + t * (getWidth() - LEFT - RIGHT);
    }

    private double py(double v) {
        return getHeight() - BOTTOM - v * (getHeight() - BOTTOM - TOP);
    }

    private void paintLines() {
        GraphicsContext g = lines.getGraphicsContext2D();
        ChartColors c = ChartColors.of(this);
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setFont(LinePlot.font());
        g.setLineWidth(1);
        for (int i = 0; i <= 10; i++) {
            double x = Math.floor(px(i / 10.0)) + 0.5;
            double y = Math.floor(py(i / 10.0)) + 0.5;
            g.setStroke(c.grid());
            g.strokeLine(x, TOP, x, py(0));
            g.strokeLine(LEFT, y, px(1), y);
            g.setFill(c.muted());
            String label = String.format(java.util.Locale.ROOT, "%.1f", i / 10.0);
            LinePlot.text(g, label, x, py(0) + 4, TextAlignment.CENTER, VPos.TOP);
            if (i % 2 == 0) {
                LinePlot.text(g, label, LEFT - 5, y, TextAlignment.RIGHT, VPos.CENTER);
            }
        }
        g.setFill(c.text());
        LinePlot.text(g, "threshold (predicted positive if p > threshold)", px(0.5), py(0) + 20, TextAlignment.CENTER, VPos.TOP);
        g.setFont(LinePlot.titleFont());
        LinePlot.text(g, title, LEFT, 6, TextAlignment.LEFT, VPos.TOP);
        g.setFont(LinePlot.font());
        paintBaseline(g, c);
        double legendX = px(1);
        for (int i = shown.size() - 1; i >= 0; i--) {
            Line line = shown.get(i);
            g.setStroke(c.of(line.role()));
            g.setLineWidth(line.role() == Role.ACCURACY ? 2.4 : 1.5);
            drawSteps(g, line);
            legendX -= LinePlot.width(line.name()) + 30;
            g.strokeLine(legendX, 14, legendX + 16, 14);
            g.setFill(c.text());
            LinePlot.text(g, line.name(), legendX + 20, 14, TextAlignment.LEFT, VPos.CENTER);
        }
    }

    /** The dashed baseline, labelled at whichever end (above or below it) the lines cross least. */
    private void paintBaseline(GraphicsContext g, ChartColors c) {
        if (!Double.isFinite(baseline)) {
            return;
        }
        g.setStroke(c.muted());
        g.setLineWidth(1.2);
        g.setLineDashes(6, 4);
        g.strokeLine(LEFT, py(baseline), px(1), py(baseline));
        g.setLineDashes();
        double w = LinePlot.width(baselineLabel) + 8;
        double[] best = null;
        int fewest = Integer.MAX_VALUE;
        for (double[] spot : new double[][] {{px(1) - w - 4, py(baseline) - 17}, {LEFT + 4, py(baseline) - 17},
            {px(1) - w - 4, py(baseline) + 2}, {LEFT + 4, py(baseline) + 2}}) {
            int crossing = 0;
            for (Line line : shown) {
                for (int i = 0; i < line.x().length; i++) {
                    double x = px(line.x()[i]);
                    double y = py(line.y()[i]);
                    crossing += x >= spot[0] - 4 && x <= spot[0] + w + 4 && y >= spot[1] - 2 && y <= spot[1] + 17 ? 1 : 0;
                }
            }
            if (crossing < fewest && spot[1] > TOP && spot[1] + 15 < py(0)) {
                fewest = crossing;
                best = spot;
            }
        }
        if (best != null) {
            g.setFill(c.paper());
            g.fillRect(best[0], best[1], w, 15);
            g.setFill(c.muted());
            LinePlot.text(g, baselineLabel, best[0] + 4, best[1] + 7.5, TextAlignment.LEFT, VPos.CENTER);
        }
    }

    private void drawSteps(GraphicsContext g, Line line) {
        int n = line.x().length;
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double end = i + 1 < n ? line.x()[i + 1] : 1;
            xs[2 * i] = px(line.x()[i]);
            xs[2 * i + 1] = px(end);
            ys[2 * i] = py(line.y()[i]);
            ys[2 * i + 1] = ys[2 * i];
        }
        g.strokePolyline(xs, ys, 2 * n);
    }

    private void paintMarker() {
        GraphicsContext g = marker.getGraphicsContext2D();
        g.clearRect(0, 0, marker.getWidth(), marker.getHeight());
        if (getWidth() < LEFT + RIGHT + 10) {
            return;
        }
        ChartColors c = ChartColors.of(this);
        double t = threshold.get();
        double x = Math.floor(px(t)) + 0.5;
        g.setStroke(c.marker());
        g.setLineWidth(2);
        g.strokeLine(x, TOP, x, py(0));
        double v = markerValue.applyAsDouble(t);
        g.setFill(c.marker());
        if (Double.isFinite(v)) {
            g.fillOval(x - 4.5, py(v) - 4.5, 9, 9);
        }
        g.setFont(LinePlot.font());
        boolean right = t < 0.8;
        LinePlot.text(g, " t = " + String.format(java.util.Locale.ROOT, "%.4f", t).replaceAll("0{1,3}$", "") + " ", x + (right ? 4 : -4), TOP + 2,
                right ? TextAlignment.LEFT : TextAlignment.RIGHT, VPos.TOP);
    }
}
