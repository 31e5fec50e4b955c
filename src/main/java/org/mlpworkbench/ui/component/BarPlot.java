package org.mlpworkbench.ui.component;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * A canvas chart of horizontal bars, one per named value, in the order given, each with an optional error
 * bar from {@code low} to {@code high} (e.g. mean ± standard deviation, or a percentile band). The value
 * axis always includes zero. When the bars do not fit at {@value #MIN_BAR_HEIGHT} px each, the first ones
 * that fit are drawn and the chart says how many are left out. Colours follow the theme.
 */
public final class BarPlot extends CanvasChart {

    /** One bar; {@code low} and {@code high} NaN for none. */
    public record Bar(String label, double value, double low, double high) {
    }

    static final double MIN_BAR_HEIGHT = 14;
    private static final double MAX_BAR_HEIGHT = 30;
    private static final double PAD = 8;
    private String valueLabel;
    private String title;
    private List<Bar> bars = List.of();

    public BarPlot(String title, String valueLabel) {
        this.title = title;
        this.valueLabel = valueLabel;
        getStyleClass().add("bar-plot");
        setMinSize(200, 150);
        setPrefSize(480, 360);
    }

    /** Shows {@code shown}, top to bottom. */
    public void setBars(List<Bar> shown) {
        bars = List.copyOf(shown);
        redraw();
    }

    public List<Bar> bars() {
        return bars;
    }

    public void setTitle(String newTitle) {
        title = newTitle;
        redraw();
    }

    /** The value axis's title. */
    public void setValueLabel(String label) {
        valueLabel = label;
        redraw();
    }

    public String title() {
        return title;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.clearRect(0, 0, w, h);
        if (w < 80 || h < 60) {
            return;
        }
        LinePlot.Palette p = dark() ? LinePlot.Palette.DARK : LinePlot.Palette.LIGHT;
        double top = PAD + (title == null ? 0 : 22);
        double bottom = h - PAD - 34;
        if (title != null) {
            g.setFill(p.text());
            g.setFont(LinePlot.titleFont());
            LinePlot.text(g, title, w / 2, PAD, TextAlignment.CENTER, VPos.TOP);
        }
        g.setFont(LinePlot.font());
        if (bars.isEmpty()) {
            g.setFill(p.muted());
            LinePlot.text(g, "No data", w / 2, (top + bottom) / 2, TextAlignment.CENTER, VPos.CENTER);
            return;
        }
        int fit = (int) Math.max(1, Math.floor((bottom - top) / MIN_BAR_HEIGHT));
        List<Bar> drawn = bars.size() > fit ? bars.subList(0, Math.max(1, fit - 1)) : bars;
        double labelWidth = 0;
        double lo = 0;
        double hi = 0;
        for (Bar b : drawn) {
            labelWidth = Math.max(labelWidth, LinePlot.width(b.label()));
            for (double v : new double[] {b.value(), b.low(), b.high()}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        double left = PAD + Math.min(labelWidth, w / 3) + 8;
        double right = w - PAD - 8;
        if (right - left < 40) {
            return;
        }
        PlotAxis axis = PlotAxis.covering(lo, hi, (int) Math.max(2, (right - left) / 80));
        g.setFill(p.grid());
        for (double t : axis.ticks()) {
            g.fillRect(Math.floor(PlotPainter.scale(t, axis.min(), axis.max(), left, right)), top, 1, bottom - top);
        }
        g.setFill(p.muted());
        for (double t : axis.ticks()) {
            LinePlot.text(g, axis.label(t), PlotPainter.snap(PlotPainter.scale(t, axis.min(), axis.max(), left, right)),
                    bottom + 4, TextAlignment.CENTER, VPos.TOP);
        }
        g.setFill(p.text());
        LinePlot.text(g, valueLabel, (left + right) / 2, bottom + 20, TextAlignment.CENTER, VPos.TOP);
        double row = Math.min(MAX_BAR_HEIGHT, (bottom - top) / (drawn.size() + (drawn.size() < bars.size() ? 1 : 0)));
        double zero = PlotPainter.scale(0, axis.min(), axis.max(), left, right);
        for (int i = 0; i < drawn.size(); i++) {
            Bar b = drawn.get(i);
            double y = top + i * row;
            g.setFill(p.text());
            LinePlot.text(g, b.label(), left - 6, y + row / 2, TextAlignment.RIGHT, VPos.CENTER);
            if (Double.isFinite(b.value())) {
                double x = PlotPainter.scale(b.value(), axis.min(), axis.max(), left, right);
                g.setFill(p.train().deriveColor(0, 1, 1, 0.8));
                g.fillRect(Math.min(zero, x), y + row * 0.18, Math.abs(x - zero), row * 0.64);
            }
            if (Double.isFinite(b.low()) && Double.isFinite(b.high())) {
                double a = PlotPainter.scale(b.low(), axis.min(), axis.max(), left, right);
                double c = PlotPainter.scale(b.high(), axis.min(), axis.max(), left, right);
                double mid = PlotPainter.snap(y + row / 2);
                g.setStroke(p.text());
                g.setLineWidth(1.2);
                g.strokeLine(a, mid, c, mid);
                g.strokeLine(a, mid - row * 0.2, a, mid + row * 0.2);
                g.strokeLine(c, mid - row * 0.2, c, mid + row * 0.2);
            }
        }
        g.setFill(p.muted());
        g.fillRect(Math.floor(zero), top, 1, bottom - top);
        if (drawn.size() < bars.size()) {
            LinePlot.text(g, (bars.size() - drawn.size()) + " more not shown (make the chart taller, or Copy for all)",
                    left, top + drawn.size() * row + row / 2, TextAlignment.LEFT, VPos.CENTER);
        }
    }
}
