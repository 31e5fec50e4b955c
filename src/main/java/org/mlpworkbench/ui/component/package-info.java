/**
 * Reusable pieces of the UI with no knowledge of the steps: {@link org.mlpworkbench.ui.component.LinePlot}
 * (a canvas line chart that stays cheap while curves grow live; {@link org.mlpworkbench.ui.component.PlotAxis}
 * picks nice ticks; besides lines it draws shaded bands and dots), {@link org.mlpworkbench.ui.component.ScatterPlot}
 * (the same axes for point clouds with a y = x or zero reference line, thinned to 20,000 drawn points),
 * {@link org.mlpworkbench.ui.component.ImageExport} (PNG save and copy of any chart), {@link org.mlpworkbench.ui.component.Sparkline}, {@link org.mlpworkbench.ui.component.FormGrid}
 * (labelled fields with tooltips and inline errors) over {@link org.mlpworkbench.ui.component.Field}
 * (text + parsed value + error message, usable without the toolkit), {@link org.mlpworkbench.ui.component.Dialogs}
 * (themed error dialogs that never show a stack trace) and the {@link org.mlpworkbench.ui.component.Problem}
 * a view-model reports for them.
 */
package org.mlpworkbench.ui.component;
