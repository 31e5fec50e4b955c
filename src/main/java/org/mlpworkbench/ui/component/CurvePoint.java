package org.mlpworkbench.ui.component;

/** One point of a curve: e.g. (epoch, loss) or (log10 learning rate, loss). */
public record CurvePoint(double x, double y) {
}
