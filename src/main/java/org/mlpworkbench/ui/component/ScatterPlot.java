package org.mlpworkbench.ui.component;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A canvas scatter plot with the axes of {@link LinePlot} and one optional reference line: the
 * diagonal {@code y = x} (both axes then share one range, so it runs corner to corner) or the zero
 * line {@code y = 0}. Beyond {@link #MAX_DRAWN} points an evenly spaced subset is drawn (every
 * {@code n}-th point): the picture stays readable and a redraw stays cheap, while whoever computes
 * numbers from the data still uses all of it. Colours follow the theme.
 */
public final class ScatterPlot extends CanvasChart {

    /** The most points drawn; more are thinned to every n-th point. */
    public static final int MAX_DRAWN = 20_000;

    /** A line to compare the points with. */
    public enum Reference {
        NONE, DIAGONAL, ZERO
    }

    private static final double PAD = 8;
    private final Text measure = new Text();
    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final Reference reference;
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    public ScatterPlot(String title, String xLabel, String yLabel, Reference reference) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.reference = reference;
        getStyleClass().add("scatter-plot");
        setMinSize(200, 150);
        setPrefSize(480, 360);
    }

    /** Shows the points {@code (x[i], y[i])} (the arrays are not copied; do not change them afterwards). */
    public void setPoints(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
        }
        xs = x;
        ys = y;
        redraw();
    }

    /** How many points are shown. */
    public int pointCount() {
        return xs.length;
    }

    /** How many points a redraw paints: all of them up to {@link #MAX_DRAWN}, then every n-th. */
    public int drawnCount() {
        return (xs.length + stride() - 1) / stride();
    }

    private int stride() {
        return Math.max(1, (xs.length + MAX_DRAWN - 1) / MAX_DRAWN);
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.clearRect(0, 0, w, h);
        if (w < 60 || h < 60) {
            return;
        }
        LinePlot.Palette p = dark() ? LinePlot.Palette.DARK : LinePlot.Palette.LIGHT;
        double[] xr = range(xs);
        double[] yr = range(ys);
        if (reference == Reference.DIAGONAL) {
            xr = yr = new double[] {Math.min(xr[0], yr[0]), Math.max(xr[1], yr[1])};
        } else if (reference == Reference.ZERO) {
            double reach = Math.max(Math.abs(yr[0]), Math.abs(yr[1]));
            yr = new double[] {-reach, reach};
        }
        PlotAxis x = PlotAxis.covering(xr[0], xr[1], (int) Math.max(2, w / 90));
        PlotAxis y = PlotAxis.covering(yr[0], yr[1], (int) Math.max(2, h / 50));
        g.setFont(LinePlot.font());
        double top = PAD + (title == null ? 0 : 20);
        double bottom = h - PAD - (xLabel == null ? 0 : 16) - 16;
        double labelWidth = 0;
        for (double t : y.ticks()) {
            labelWidth = Math.max(labelWidth, PlotPainter.width(measure, y.label(t)));
        }
        double left = PAD + (yLabel == null ? 0 : 16) + labelWidth + 6;
        double right = w - PAD - 6;
        if (right - left < 30 || bottom - top < 30) {
            return;
        }
        if (title != null) {
            g.setFill(p.text());
            g.setFont(LinePlot.titleFont());
            LinePlot.text(g, title, (left + right) / 2, PAD, TextAlignment.CENTER, VPos.TOP);
            g.setFont(LinePlot.font());
        }
        PlotPainter.drawAxes(g, xLabel, yLabel, null, p, x, y, left, right, top, bottom, xs.length > 0);
        g.setFill(p.train().deriveColor(0, 1, 1, xs.length > 5000 ? 0.35 : 0.6));
        int stride = stride();
        for (int i = 0; i < xs.length; i += stride) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                double px = PlotPainter.scale(xs[i], x.min(), x.max(), left, right);
                double py = PlotPainter.scale(ys[i], y.min(), y.max(), bottom, top);
                g.fillOval(px - 2, py - 2, 4, 4);
            }
        }
        g.setStroke(p.validation());
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        if (reference == Reference.DIAGONAL) {
            double lo = Math.max(x.min(), y.min());
            double hi = Math.min(x.max(), y.max());
            g.strokeLine(PlotPainter.scale(lo, x.min(), x.max(), left, right), PlotPainter.scale(lo, y.min(), y.max(), bottom, top),
                    PlotPainter.scale(hi, x.min(), x.max(), left, right), PlotPainter.scale(hi, y.min(), y.max(), bottom, top));
        } else if (reference == Reference.ZERO) {
            double py = PlotPainter.snap(PlotPainter.scale(0, y.min(), y.max(), bottom, top));
            g.strokeLine(left, py, right, py);
        }
        g.setLineDashes();
        if (xs.length == 0) {
            g.setFill(p.muted());
            LinePlot.text(g, "No data", (left + right) / 2, (top + bottom) / 2, TextAlignment.CENTER, VPos.CENTER);
        }
    }

    /** {min, max} of the finite values, or {0, 1} when there is none. */
    private static double[] range(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
    }
}
