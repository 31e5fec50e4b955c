package org.mlpworkbench.ui.component;

import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** The colours of a {@link ThresholdChart} in the current theme (light, or dark when the root has the {@code dark} class). */
record ChartColors(Color paper, Color text, Color muted, Color grid, Color marker, Color accuracy, Color precision,
         Color recall, Color f1, Color cost) {
    static final ChartColors LIGHT = new ChartColors(Color.web("#f7f8fa", 0.9), Color.web("#24292f"), Color.web("#6b7280"), Color.web("#e3e6ea"),
            Color.web("#c62828"), Color.web("#2f6fb3"), Color.web("#8e44ad"), Color.web("#e07b00"), Color.web("#2e7d32"),
            Color.web("#00838f"));
    static final ChartColors DARK = new ChartColors(Color.web("#25272b", 0.9), Color.web("#d6d9de"), Color.web("#9aa3ad"), Color.web("#3c4046"),
            Color.web("#ef6b6b"), Color.web("#6aa8f0"), Color.web("#c39bd3"), Color.web("#f5a142"), Color.web("#6cc070"),
            Color.web("#4dd0e1"));

    static ChartColors of(Region chart) {
        return CanvasChart.isDark(chart) ? DARK : LIGHT;
    }

    Color of(ThresholdChart.Role role) {
        return switch (role) {
            case ACCURACY -> accuracy;
            case PRECISION -> precision;
            case RECALL -> recall;
            case F1 -> f1;
            case COST -> cost;
            case RUN -> text;
        };
    }
}
