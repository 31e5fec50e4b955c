package org.mlpworkbench.ui.component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Paints a {@link LinePlot}'s frame onto its canvas. */
final class PlotPainter {

    private static final double PAD = 8;
    private static final double LEGEND_ROW = 18;
    private static final double LEGEND_SWATCH = 18;

    private PlotPainter() {
    }

    static void paint(GraphicsContext g, double w, double h, Supplier<LinePlot.Frame> frames, LinePlot.Palette p) {
        g.clearRect(0, 0, w, h);
        if (w < 60 || h < 60) {
            return;
        }
        LinePlot.Frame f = frames.get();
        double[] range = range(f.points());
        boolean empty = range == null;
        PlotAxis x = empty ? PlotAxis.covering(0, 1, 5) : PlotAxis.covering(range[0], range[1], (int) Math.max(2, w / 90));
        PlotAxis y = empty ? PlotAxis.covering(0, 1, 5) : PlotAxis.covering(range[2], range[3], (int) Math.max(2, h / 50));

        g.setFont(LinePlot.font());
        double top = PAD + (f.title() == null ? 0 : 20);
        List<double[]> legendRows = f.legend() ? legendLayout(f, w, f.measure()) : List.of();
        double legendHeight = legendRows.isEmpty() ? 0 : legendRows.size() * LEGEND_ROW + 4;
        double bottom = h - PAD - legendHeight - (f.xLabel() == null || f.xLabel().isEmpty() ? 0 : 16) - 16;
        double yLabelWidth = 0;
        for (double t : y.ticks()) {
            yLabelWidth = Math.max(yLabelWidth, width(f.measure(), y.label(t)));
        }
        double left = PAD + (f.yLabel() == null || f.yLabel().isEmpty() ? 0 : 16) + yLabelWidth + 6;
        double right = w - PAD - 6;
        if (right - left < 30 || bottom - top < 30) {
            return;
        }

        if (f.title() != null) {
            g.setFill(p.text());
            g.setFont(LinePlot.titleFont());
            LinePlot.text(g, f.title(), (left + right) / 2, PAD, TextAlignment.CENTER, VPos.TOP);
            g.setFont(LinePlot.font());
        }
        drawAxes(g, f, p, x, y, left, right, top, bottom, !empty);
        for (int i = 0; i < f.points().size(); i++) {
            drawSeries(g, f.points().get(i), f.looks().get(i), p, x, y, left, right, top, bottom);
        }
        if (empty) {
            g.setFill(p.muted());
            LinePlot.text(g, "No data yet", (left + right) / 2, (top + bottom) / 2, TextAlignment.CENTER, VPos.CENTER);
        }
        drawLegend(g, f, p, legendRows, h - PAD - legendHeight + 4);
    }

    /** {minX, maxX, minY, maxY} over every finite point, or null when there is none. */
    private static double[] range(List<List<CurvePoint>> all) {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (List<CurvePoint> points : all) {
            for (CurvePoint c : points) {
                if (Double.isFinite(c.x()) && Double.isFinite(c.y())) {
                    r[0] = Math.min(r[0], c.x());
                    r[1] = Math.max(r[1], c.x());
                    r[2] = Math.min(r[2], c.y());
                    r[3] = Math.max(r[3], c.y());
                }
            }
        }
        return r[0] > r[1] ? null : r;
    }

    private static void drawAxes(GraphicsContext g, LinePlot.Frame f, LinePlot.Palette p, PlotAxis x, PlotAxis y,
            double left, double right, double top, double bottom, boolean labels) {
        drawAxes(g, f.xLabel(), f.yLabel(), f.xFormat(), p, x, y, left, right, top, bottom, labels);
    }

    /** Grid, tick labels, axis lines and axis titles of a plot area (also used by {@link ScatterPlot}). */
    static void drawAxes(GraphicsContext g, String xLabel, String yLabel, java.util.function.DoubleFunction<String> xFormat,
            LinePlot.Palette p, PlotAxis x, PlotAxis y, double left, double right, double top, double bottom, boolean labels) {
        // Grid and axis lines are one-pixel rectangles: a software renderer fills those directly, while each
        // stroked line costs a full anti-aliased shape pass.
        g.setFill(p.grid());
        for (double t : y.ticks()) {
            g.fillRect(left, Math.floor(scale(t, y.min(), y.max(), bottom, top)), right - left, 1);
        }
        for (double t : x.ticks()) {
            g.fillRect(Math.floor(scale(t, x.min(), x.max(), left, right)), top, 1, bottom - top);
        }
        g.setFill(p.muted());
        g.fillRect(Math.floor(left), top, 1, bottom - top);
        g.fillRect(left, Math.floor(bottom), right - left, 1);
        if (labels) {
            for (double t : y.ticks()) {
                LinePlot.text(g, y.label(t), left - 5, snap(scale(t, y.min(), y.max(), bottom, top)), TextAlignment.RIGHT, VPos.CENTER);
            }
            for (double t : x.ticks()) {
                String label = xFormat == null ? x.label(t) : xFormat.apply(t);
                LinePlot.text(g, label, snap(scale(t, x.min(), x.max(), left, right)), bottom + 4, TextAlignment.CENTER, VPos.TOP);
            }
        }
        g.setFill(p.text());
        if (xLabel != null && !xLabel.isEmpty()) {
            LinePlot.text(g, xLabel, (left + right) / 2, bottom + 20, TextAlignment.CENTER, VPos.TOP);
        }
        if (yLabel != null && !yLabel.isEmpty()) {
            g.save();
            g.translate(PAD + 6, (top + bottom) / 2);
            g.rotate(-90);
            LinePlot.text(g, yLabel, 0, 0, TextAlignment.CENTER, VPos.CENTER);
            g.restore();
        }
    }

    private static void drawSeries(GraphicsContext g, List<CurvePoint> points, LinePlot.Look look, LinePlot.Palette p,
            PlotAxis x, PlotAxis y, double left, double right, double top, double bottom) {
        if (points.isEmpty()) {
            return;
        }
        int stride = Math.max(1, (int) Math.ceil(points.size() / ((right - left) / 2)));
        int n = (points.size() + stride - 1) / stride;
        double[] xs = new double[n];
        double[] ys = new double[n];
        int k = 0;
        for (int i = 0; i < points.size(); i += stride) {
            CurvePoint c = points.get(i);
            xs[k] = scale(c.x(), x.min(), x.max(), left, right);
            ys[k] = scale(Double.isFinite(c.y()) ? c.y() : y.max(), y.min(), y.max(), bottom, top);
            k++;
        }
        if (look == LinePlot.Look.BAND) {
            g.setFill(p.of(look));
            g.fillPolygon(xs, ys, k);
            return;
        }
        if (look == LinePlot.Look.DOT) {
            drawDots(g, xs, ys, k, p.of(look), p.text());
            return;
        }
        g.setStroke(p.of(look));
        g.setLineWidth(switch (look) {
            case TRAIN, VALIDATION -> 1.8;
            default -> 1.2;
        });
        if (look == LinePlot.Look.COMPARE_TRAIN || look == LinePlot.Look.COMPARE_VALIDATION) {
            g.setLineDashes(6, 4);
        } else {
            g.setLineDashes();
        }
        if (k == 1) {
            g.setFill(p.of(look));
            g.fillOval(xs[0] - 2.5, ys[0] - 2.5, 5, 5);
        } else {
            g.strokePolyline(xs, ys, k);
        }
        g.setLineDashes();
    }

    private static void drawDots(GraphicsContext g, double[] xs, double[] ys, int k, javafx.scene.paint.Color fill,
                                 javafx.scene.paint.Color ring) {
        g.setFill(fill);
        g.setStroke(ring);
        g.setLineWidth(1.2);
        for (int i = 0; i < k; i++) {
            g.fillOval(xs[i] - 4.5, ys[i] - 4.5, 9, 9);
            g.strokeOval(xs[i] - 4.5, ys[i] - 4.5, 9, 9);
        }
    }

    /** Legend items as {x, width} per item, grouped into rows that fit the width; encoded as rows of pairs. */
    private static List<double[]> legendLayout(LinePlot.Frame f, double w, Text measure) {
        List<double[]> rows = new ArrayList<>();
        List<Double> row = new ArrayList<>();
        double used = 0;
        for (String name : f.names()) {
            double itemWidth = LEGEND_SWATCH + 6 + width(measure, name) + 16;
            if (used + itemWidth > w - 2 * PAD && !row.isEmpty()) {
                rows.add(row.stream().mapToDouble(Double::doubleValue).toArray());
                row = new ArrayList<>();
                used = 0;
            }
            row.add(itemWidth);
            used += itemWidth;
        }
        if (!row.isEmpty()) {
            rows.add(row.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return rows;
    }

    private static void drawLegend(GraphicsContext g, LinePlot.Frame f, LinePlot.Palette p, List<double[]> rows, double y0) {
        int item = 0;
        for (int r = 0; r < rows.size(); r++) {
            double total = 0;
            for (double width : rows.get(r)) {
                total += width;
            }
            double x = (g.getCanvas().getWidth() - total) / 2;
            double y = y0 + r * LEGEND_ROW + LEGEND_ROW / 2;
            for (double width : rows.get(r)) {
                LinePlot.Look look = f.looks().get(item);
                if (look == LinePlot.Look.BAND) {
                    g.setFill(p.of(look));
                    g.fillRect(x, y - 5, LEGEND_SWATCH, 10);
                } else if (look == LinePlot.Look.DOT) {
                    drawDots(g, new double[] {x + LEGEND_SWATCH / 2}, new double[] {y}, 1, p.of(look), p.text());
                }
                g.setStroke(look == LinePlot.Look.BAND || look == LinePlot.Look.DOT ? javafx.scene.paint.Color.TRANSPARENT : p.of(look));
                g.setLineWidth(look == LinePlot.Look.BATCH ? 1.5 : 2.5);
                if (look == LinePlot.Look.COMPARE_TRAIN || look == LinePlot.Look.COMPARE_VALIDATION) {
                    g.setLineDashes(5, 3);
                }
                g.strokeLine(x, y, x + LEGEND_SWATCH, y);
                g.setLineDashes();
                g.setFill(p.text());
                LinePlot.text(g, f.names().get(item), x + LEGEND_SWATCH + 6, y, TextAlignment.LEFT, VPos.CENTER);
                x += width;
                item++;
            }
        }
    }

    static double scale(double v, double from, double to, double a, double b) {
        return a + (v - from) / (to - from) * (b - a);
    }

    static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    static double width(Text measure, String s) {
        measure.setFont(LinePlot.font());
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }
}
