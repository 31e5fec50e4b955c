package org.mlpworkbench.ui.component;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * Metric-versus-threshold chart: x is the threshold in [0, 1], y a metric in [0, 1]. Lines are drawn as
 * steps (a metric is constant between two scores) on one canvas, redrawn only when the lines, the size or
 * the theme change; the threshold marker lives on a second canvas above, so moving it repaints one line.
 * Dragging or clicking in the plot moves {@link #thresholdProperty()}. The lines come from a sampler
 * called with the number of points the plot's pixel width can show, so drawing cost follows the width,
 * not the number of rows.
 */
public final class ThresholdChart extends Region {

    /**
     * The metric a line shows; it decides the colour. {@code COST} is drawn on the right-hand scale;
     * {@code RUN} is a legend entry naming a run (no points), solid or dashed like that run's lines.
     */
    public enum Role { ACCURACY, PRECISION, RECALL, F1, COST, RUN }

    /**
     * One step line: {@code y[i]} holds from {@code x[i]} to {@code x[i + 1]} (the last to 1); a dashed line
     * belongs to the second run compared, and a line not in the legend is named by its run's entry.
     */
    public record Line(String name, Role role, double[] x, double[] y, boolean dashed, boolean inLegend) {
        public Line(String name, Role role, double[] x, double[] y) {
            this(name, role, x, y, false, true);
        }
    }

    private final Canvas lines = new Canvas();
    private final Canvas marker = new Canvas();
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0.5);
    private String title;
    private IntFunction<List<Line>> sampler = n -> List.of();
    private List<Line> shown = List.of();
    private DoubleUnaryOperator markerValue = t -> Double.NaN;
    private double baseline = Double.NaN;
    private String baselineLabel = "";
    private double scaleLow = Double.NaN;
    private double scaleHigh = Double.NaN;
    private boolean dirty = true;

    public ThresholdChart(String title) {
        this.title = title;
        getStyleClass().add("threshold-chart");
        getChildren().addAll(lines, marker);
        setMinSize(220, 200);
        setPrefSize(640, 360);
        threshold.addListener((obs, old, now) -> paintMarker());
        marker.setOnMousePressed(this::drag);
        marker.setOnMouseDragged(this::drag);
        marker.setCursor(Cursor.H_RESIZE);
        CanvasChart.followTheme(this, this::refresh);
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

    /**
     * The values of the right-hand scale, which a {@code COST} line's y in [0, 1] maps onto linearly
     * ({@code low} at 0, {@code high} at 1); NaN for no scale.
     */
    public void setRightScale(double low, double high) {
        scaleLow = low;
        scaleHigh = high;
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
        return Math.max(6, 4 * (int) Math.ceil(Math.max(1, plot().width())) + 2);
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
        threshold.set(Math.max(0, Math.min(1, plot().threshold(e.getX()))));
        e.consume();
    }

    private ThresholdChartPainter.Plot plot() {
        return ThresholdChartPainter.Plot.of(getWidth(), getHeight(), title, shown);
    }

    private void paintLines() {
        ThresholdChartPainter.paintLines(lines.getGraphicsContext2D(), plot(), ChartColors.of(this), title, shown,
                baseline, baselineLabel);
        RightScalePainter.paint(lines.getGraphicsContext2D(), plot(), ChartColors.of(this), scaleLow, scaleHigh);
    }

    private void paintMarker() {
        double t = threshold.get();
        ThresholdChartPainter.paintMarker(marker.getGraphicsContext2D(), plot(), ChartColors.of(this), t,
                markerValue.applyAsDouble(t));
    }
}
