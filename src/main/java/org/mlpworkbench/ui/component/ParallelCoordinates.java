package org.mlpworkbench.ui.component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A parallel-coordinates plot on one canvas: one vertical axis per {@link ParallelModel.Axis}, one polyline per
 * {@link ParallelModel.Line} through its value on each axis, shaded from grey (the worst score shown) to the
 * accent colour (the best), the best drawn last so they stay on top; the highlighted line is drawn thick in the
 * marker colour. Everything it paints comes from the immutable model set with {@link #setModel}. Dragging up or
 * down along an axis keeps only the lines that cross it within the dragged band (the others turn faint); bands on
 * several axes combine; a click on an axis without dragging clears its band, and a model whose axes differ (another
 * range, a new category) keeps no bands, since a band is a stretch of an axis as drawn.
 */
public final class ParallelCoordinates extends CanvasChart {

    private static final Font FONT = Font.font(11);
    private static final Font NAME_FONT = Font.font(null, FontWeight.BOLD, 11);
    private static final double TOP = 34;
    private static final double BOTTOM = 18;
    private static final double SIDE = 46;
    private ParallelModel model = ParallelModel.EMPTY;
    private String empty = "No trials yet";
    private final java.util.Map<Integer, ParallelModel.Band> bands = new java.util.TreeMap<>();
    private int dragAxis = -1;
    private double dragFrom;

    public ParallelCoordinates() {
        getStyleClass().add("parallel-coordinates");
        setMinSize(240, 160);
        setPrefSize(520, 300);
        setOnMousePressed(e -> {
            dragAxis = axisAt(e.getX());
            dragFrom = position(e.getY());
        });
        setOnMouseDragged(e -> {
            if (dragAxis >= 0) {
                bands.put(dragAxis, new ParallelModel.Band(dragFrom, position(e.getY())));
                redraw();
            }
        });
        setOnMouseReleased(e -> {
            if (dragAxis >= 0 && !e.isStillSincePress()) {
                return;
            }
            if (dragAxis >= 0) {
                bands.remove(dragAxis);
                redraw();
            }
        });
    }

    /** The kept band of each filtered axis, by axis index. */
    public java.util.Map<Integer, ParallelModel.Band> bands() {
        return java.util.Collections.unmodifiableMap(bands);
    }

    /** The axis within 12 pixels of {@code x}, or -1. */
    private int axisAt(double x) {
        int n = model.axes().size();
        if (n < 2) {
            return -1;
        }
        double step = (getWidth() - 2 * SIDE) / (n - 1);
        int nearest = (int) Math.round((x - SIDE) / step);
        return nearest >= 0 && nearest < n && Math.abs(SIDE + nearest * step - x) <= 12 ? nearest : -1;
    }

    private double position(double y) {
        double bottom = getHeight() - BOTTOM;
        return Math.min(1, Math.max(0, (bottom - y) / (bottom - TOP)));
    }

    /** Paints {@code next} from the next pulse on. */
    public void setModel(ParallelModel next) {
        ParallelModel previous = this.model;
        this.model = next == null ? ParallelModel.EMPTY : next;
        if (!previous.axes().equals(this.model.axes())) { // bands are positions on the axes: another range moves them
            bands.clear();
        }
        redraw();
    }

    public ParallelModel model() {
        return model;
    }

    /** The text shown while the model has no lines. */
    public void setEmptyText(String text) {
        this.empty = text;
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        ChartColors colors = ChartColors.of(this);
        g.clearRect(0, 0, width, height);
        g.setFill(colors.paper());
        g.fillRect(0, 0, width, height);
        List<ParallelModel.Axis> axes = model.axes();
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        if (axes.size() < 2 || model.lines().isEmpty()) {
            g.setFill(colors.muted());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(empty, width / 2, height / 2);
            return;
        }
        double step = (width - 2 * SIDE) / (axes.size() - 1);
        double bottom = height - BOTTOM;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < model.lines().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> model.passes(i, bands))
                .thenComparingDouble(i -> model.lines().get(i).shade()));
        g.setLineWidth(1.2);
        for (int i : order) {
            if (i != model.highlighted()) {
                ParallelModel.Line line = model.lines().get(i);
                g.setStroke(model.passes(i, bands) ? shade(colors, line.shade()) : colors.grid());
                polyline(g, line, axes, step, bottom);
            }
        }
        if (model.highlighted() >= 0 && model.highlighted() < model.lines().size()) {
            g.setLineWidth(3);
            g.setStroke(colors.marker());
            polyline(g, model.lines().get(model.highlighted()), axes, step, bottom);
        }
        for (int a = 0; a < axes.size(); a++) {
            axis(g, colors, axes.get(a), SIDE + a * step, bottom, step);
            ParallelModel.Band band = bands.get(a);
            if (band != null) {
                g.setFill(colors.accuracy().deriveColor(0, 1, 1, 0.25));
                double top = y(band.high(), bottom);
                g.fillRect(SIDE + a * step - 6, top, 12, Math.max(2, y(band.low(), bottom) - top));
            }
        }
    }

    private static Color shade(ChartColors colors, double share) {
        double s = Math.min(1, Math.max(0, share));
        return colors.muted().interpolate(colors.accuracy(), s).deriveColor(0, 1, 1, 0.35 + 0.55 * s);
    }

    private static void polyline(GraphicsContext g, ParallelModel.Line line, List<ParallelModel.Axis> axes, double step,
                                 double bottom) {
        g.beginPath();
        for (int a = 0; a < axes.size(); a++) {
            double x = SIDE + a * step;
            double y = y(axes.get(a).position(line.values().get(a)), bottom);
            if (a == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }

    private static double y(double position, double bottom) {
        return bottom - position * (bottom - TOP);
    }

    private static void axis(GraphicsContext g, ChartColors colors, ParallelModel.Axis axis, double x, double bottom, double step) {
        g.setStroke(colors.text());
        g.setLineWidth(1);
        g.strokeLine(x, TOP, x, bottom);
        g.setFill(colors.text());
        g.setFont(NAME_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(axis.name() + (axis.scale() == ParallelModel.Scale.LOG ? " (log)" : ""), x, TOP - 18, Math.max(40, step - 4));
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.RIGHT);
        for (ParallelModel.Tick tick : axis.ticks()) {
            double y = y(tick.position(), bottom);
            g.strokeLine(x - 3, y, x, y);
            g.setFill(colors.paper());
            double w = Math.min(step * 0.8, 7 * tick.text().length() + 4);
            g.fillRect(x - 5 - w, y - 7, w, 14);
            g.setFill(colors.muted());
            g.fillText(tick.text(), x - 5, y, step * 0.8);
        }
    }
}
