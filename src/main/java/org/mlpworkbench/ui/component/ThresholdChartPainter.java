package org.mlpworkbench.ui.component;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Paints a {@link ThresholdChart}: grid, axes, title, step lines, legend and baseline on one canvas; the marker on the other. */
final class ThresholdChartPainter {

    private ThresholdChartPainter() {
    }

    /** The chart's size and its plot area: x and y both run over [0, 1]. */
    record Plot(double w, double h, double top, List<List<ThresholdChart.Line>> legendRows, boolean legendBesideTitle) {
        static final double LEFT = 44;
        static final double RIGHT = 14;
        static final double BOTTOM = 40;
        /** The top of the plot area when the legend shares the title's row. */
        static final double ONE_ROW = 28;
        /** The height of a legend row of its own. */
        static final double LEGEND_ROW = 18;

        /**
         * The plot of a {@code w × h} chart: the legend shares the title's row when both fit, else it takes
         * rows of its own below the title, as many as its entries need at this width.
         */
        static Plot of(double w, double h, String title, List<ThresholdChart.Line> lines) {
            lines = lines.stream().filter(ThresholdChart.Line::inLegend).toList();
            if (LinePlot.titleWidth(title) + 24 + legendWidth(lines) <= w - LEFT - RIGHT) {
                return new Plot(w, h, ONE_ROW, List.of(lines), true);
            }
            List<List<ThresholdChart.Line>> rows = new ArrayList<>();
            List<ThresholdChart.Line> row = new ArrayList<>();
            for (ThresholdChart.Line line : lines) {
                if (!row.isEmpty() && legendWidth(row) + legendWidth(List.of(line)) > w - 4) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
                row.add(line);
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
            return new Plot(w, h, ONE_ROW + LEGEND_ROW * Math.max(1, rows.size()), rows, false);
        }

        /** The y of legend row {@code row}'s centre line. */
        double legendY(int row) {
            return legendBesideTitle ? 14 : ONE_ROW + 6 + LEGEND_ROW * row;
        }

        /** The plot area's width in pixels. */
        double width() {
            return w - LEFT - RIGHT;
        }

        double px(double t) {
            return LEFT + t * width();
        }

        double py(double v) {
            return h - BOTTOM - v * (h - BOTTOM - top);
        }

        /** The threshold under pixel column {@code x}. */
        double threshold(double x) {
            return (x - LEFT) / width();
        }
    }

    static void paintLines(GraphicsContext g, Plot p, ChartColors c, String title, List<ThresholdChart.Line> shown,
            double baseline, String baselineLabel) {
        g.clearRect(0, 0, p.w(), p.h());
        if (p.width() < 10) {
            return;
        }
        g.setFont(LinePlot.font());
        g.setLineWidth(1);
        for (int i = 0; i <= 10; i++) {
            double x = Math.floor(p.px(i / 10.0)) + 0.5;
            double y = Math.floor(p.py(i / 10.0)) + 0.5;
            g.setStroke(c.grid());
            g.strokeLine(x, p.top(), x, p.py(0));
            g.strokeLine(Plot.LEFT, y, p.px(1), y);
            g.setFill(c.muted());
            String label = String.format(java.util.Locale.ROOT, "%.1f", i / 10.0);
            if (i % 2 == 0 || p.width() >= 360) {
                LinePlot.text(g, label, x, p.py(0) + 4, TextAlignment.CENTER, VPos.TOP);
            }
            if (i % 2 == 0) {
                LinePlot.text(g, label, Plot.LEFT - 5, y, TextAlignment.RIGHT, VPos.CENTER);
            }
        }
        g.setFill(c.text());
        String axis = axisLabel(p.w() - 8);
        double half = LinePlot.width(axis) / 2;
        LinePlot.text(g, axis, Math.max(half + 4, Math.min(p.px(0.5), p.w() - half - 4)), p.py(0) + 20,
                TextAlignment.CENTER, VPos.TOP);
        g.setFont(LinePlot.titleFont());
        LinePlot.text(g, fitted(title, p.w() - Plot.LEFT - 4, LinePlot::titleWidth), Plot.LEFT, 6,
                TextAlignment.LEFT, VPos.TOP);
        g.setFont(LinePlot.font());
        paintBaseline(g, p, c, shown, baseline, baselineLabel);
        for (int i = shown.size() - 1; i >= 0; i--) {
            ThresholdChart.Line line = shown.get(i);
            g.setStroke(c.of(line.role()));
            g.setLineWidth(line.role() == ThresholdChart.Role.ACCURACY ? 2.4 : 1.5);
            dashes(g, line);
            drawSteps(g, p, line);
            g.setLineDashes();
        }
        for (int row = 0; row < p.legendRows().size(); row++) {
            List<ThresholdChart.Line> entries = p.legendRows().get(row);
            double y = p.legendY(row);
            double legendX = Math.max(2, Math.min(p.px(1), p.w() - 4) - legendWidth(entries));
            for (ThresholdChart.Line line : entries) {
                g.setStroke(c.of(line.role()));
                g.setLineWidth(line.role() == ThresholdChart.Role.ACCURACY ? 2.4 : 1.5);
                dashes(g, line);
                g.strokeLine(legendX + 14, y, legendX + 30, y);
                g.setLineDashes();
                g.setFill(c.text());
                LinePlot.text(g, line.name(), legendX + 34, y, TextAlignment.LEFT, VPos.CENTER);
                legendX += LinePlot.width(line.name()) + 30;
            }
        }
    }

    /** The x axis' label, as long as fits {@code width} pixels. */
    private static String axisLabel(double width) {
        for (String label : new String[] {"threshold (predicted positive if p > threshold)", "threshold t (positive if p > t)"}) {
            if (LinePlot.width(label) <= width) {
                return label;
            }
        }
        return "threshold";
    }


    /** {@code text}, cut with an ellipsis to fit {@code width} pixels in the chart font. */
    private static String fitted(String text, double width) {
        return fitted(text, width, LinePlot::width);
    }

    /** {@code text}, cut with an ellipsis to fit {@code width} pixels as {@code measure} measures it. */
    private static String fitted(String text, double width, java.util.function.ToDoubleFunction<String> measure) {
        if (measure.applyAsDouble(text) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && measure.applyAsDouble(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip() + "…";
    }

    private static double legendWidth(List<ThresholdChart.Line> lines) {
        double width = 0;
        for (ThresholdChart.Line line : lines) {
            width += LinePlot.width(line.name()) + 30;
        }
        return width;
    }

    /** The dashed baseline, labelled at whichever end (above or below it) the lines cross least. */
    private static void paintBaseline(GraphicsContext g, Plot p, ChartColors c, List<ThresholdChart.Line> shown,
            double baseline, String baselineLabel) {
        if (!Double.isFinite(baseline)) {
            return;
        }
        g.setStroke(c.muted());
        g.setLineWidth(1.2);
        g.setLineDashes(6, 4);
        g.strokeLine(Plot.LEFT, p.py(baseline), p.px(1), p.py(baseline));
        g.setLineDashes();
        String label = fitted(baselineLabel, p.width() - 16);
        double w = LinePlot.width(label) + 8;
        double[] best = null;
        int fewest = Integer.MAX_VALUE;
        for (double[] spot : new double[][] {{p.px(1) - w - 4, p.py(baseline) - 17}, {Plot.LEFT + 4, p.py(baseline) - 17},
            {p.px(1) - w - 4, p.py(baseline) + 2}, {Plot.LEFT + 4, p.py(baseline) + 2}}) {
            int crossing = 0;
            for (ThresholdChart.Line line : shown) {
                for (int i = 0; i < line.x().length; i++) {
                    double x = p.px(line.x()[i]);
                    double y = p.py(line.y()[i]);
                    crossing += x >= spot[0] - 4 && x <= spot[0] + w + 4 && y >= spot[1] - 2 && y <= spot[1] + 17 ? 1 : 0;
                }
            }
            if (crossing < fewest && spot[1] > p.top() && spot[1] + 15 < p.py(0)) {
                fewest = crossing;
                best = spot;
            }
        }
        if (best != null) {
            g.setFill(c.paper());
            g.fillRect(best[0], best[1], w, 15);
            g.setFill(c.muted());
            LinePlot.text(g, label, best[0] + 4, best[1] + 7.5, TextAlignment.LEFT, VPos.CENTER);
        }
    }

    private static void dashes(GraphicsContext g, ThresholdChart.Line line) {
        if (line.dashed()) {
            g.setLineDashes(5, 3);
        }
    }

    private static void drawSteps(GraphicsContext g, Plot p, ThresholdChart.Line line) {
        int n = line.x().length;
        if (n == 0) {
            return;
        }
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double end = i + 1 < n ? line.x()[i + 1] : 1;
            xs[2 * i] = p.px(line.x()[i]);
            xs[2 * i + 1] = p.px(end);
            ys[2 * i] = p.py(line.y()[i]);
            ys[2 * i + 1] = ys[2 * i];
        }
        g.strokePolyline(xs, ys, 2 * n);
    }

    static void paintMarker(GraphicsContext g, Plot p, ChartColors c, double t, double v) {
        g.clearRect(0, 0, p.w(), p.h());
        if (p.width() < 10) {
            return;
        }
        double x = Math.floor(p.px(t)) + 0.5;
        g.setStroke(c.marker());
        g.setLineWidth(2);
        g.strokeLine(x, p.top(), x, p.py(0));
        g.setFill(c.marker());
        if (Double.isFinite(v)) {
            g.fillOval(x - 4.5, p.py(v) - 4.5, 9, 9);
        }
        g.setFont(LinePlot.font());
        boolean right = t < 0.8;
        String label = " t = " + String.format(java.util.Locale.ROOT, "%.4f", t).replaceAll("0{1,3}$", "") + " ";
        LinePlot.text(g, label, x + (right ? 4 : -4), p.top() + 2, right ? TextAlignment.LEFT : TextAlignment.RIGHT, VPos.TOP);
    }
}
