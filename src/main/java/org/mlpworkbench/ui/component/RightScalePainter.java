package org.mlpworkbench.ui.component;

import java.math.BigDecimal;
import java.math.MathContext;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * The right-hand scale of a {@link ThresholdChart} (the expected cost): five values from the lowest to the
 * highest, written inside the plot's right edge in the cost line's colour on a paper-coloured backing.
 */
final class RightScalePainter {

    private RightScalePainter() {
    }

    static void paint(GraphicsContext g, ThresholdChartPainter.Plot p, ChartColors c, double low, double high) {
        if (!(Double.isFinite(low) && Double.isFinite(high)) || p.width() < 10) {
            return;
        }
        g.setFont(LinePlot.font());
        for (int i = 0; i <= 4; i++) {
            double v = low + (high - low) * i / 4.0;
            String text = format(v);
            double w = LinePlot.width(text) + 6;
            double x = p.px(1) - w - 1;
            double y = p.py(i / 4.0);
            g.setFill(c.paper());
            g.fillRect(x, y - 7.5, w, 15);
            g.setStroke(c.cost());
            g.setLineWidth(1);
            g.strokeLine(p.px(1) - 5, Math.floor(y) + 0.5, p.px(1), Math.floor(y) + 0.5);
            g.setFill(c.cost());
            LinePlot.text(g, text, x + 3, y, TextAlignment.LEFT, VPos.CENTER);
        }
    }

    /** Three significant digits, no exponent for usual costs: 0.125, 12.5, -3. */
    static String format(double v) {
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
