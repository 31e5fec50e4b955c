package org.mlpworkbench.ui.component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A light line chart drawn on one {@link Canvas}: a title, nice axes with grid and tick labels, one
 * polyline per series and a legend. Unlike {@code LineChart} it creates no node per point and no
 * path element per segment, so redrawing a few thousand points costs a fraction of a millisecond of
 * layout; that keeps the UI thread free while training curves grow. Series follow observable lists of
 * {@link CurvePoint}s; any change schedules one redraw on the next layout pass. Colours follow the
 * theme (the scene root's {@code dark} style class).
 */
public final class LinePlot extends CanvasChart {

    /** How a series is drawn. */
    public enum Look {
        TRAIN, VALIDATION, BATCH, COMPARE_TRAIN, COMPARE_VALIDATION, MARKER,
        /** A shaded area: the series' points are its outline (see {@link #band}). */
        BAND,
        /** Points drawn as dots, not joined. */
        DOT
    }

    private record Series(String name, Look look, ObservableList<CurvePoint> points, ListChangeListener<CurvePoint> follow) {
    }

    private static final Font FONT = Font.font(11);
    private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 13);
    private static final Text MEASURE = new Text();
    private final List<Series> series = new ArrayList<>();
    private final Text measure = new Text();
    private String title;
    private String xLabel;
    private String yLabel;
    private DoubleFunction<String> xFormat;
    private boolean legendVisible = true;

    public LinePlot(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        getStyleClass().add("line-plot");
        setMinSize(200, 150);
        setPrefSize(480, 300);
    }

    /** Adds a series named {@code name} drawn as {@code look}, following {@code points}. */
    public void bind(String name, Look look, ObservableList<CurvePoint> points) {
        ListChangeListener<CurvePoint> follow = c -> redraw();
        points.addListener(follow);
        series.add(new Series(name, look, points, follow));
        redraw();
    }

    /**
     * The outline of the area between two curves over the same x values, for a {@link Look#BAND} series:
     * the lower curve left to right, then the upper curve right to left.
     */
    /** The diagonal from (0, 0) to (1, 1): chance on a ROC curve, perfect calibration on a reliability diagram. */
    public static javafx.collections.ObservableList<CurvePoint> diagonal() {
        return javafx.collections.FXCollections.observableArrayList(new CurvePoint(0, 0), new CurvePoint(1, 1));
    }

    public static List<CurvePoint> band(List<CurvePoint> lower, List<CurvePoint> upper) {
        List<CurvePoint> outline = new ArrayList<>(lower);
        for (int i = upper.size() - 1; i >= 0; i--) {
            outline.add(upper.get(i));
        }
        return outline;
    }

    /** Removes every series (and stops following their lists). */
    public void clearSeries() {
        series.forEach(s -> s.points().removeListener(s.follow()));
        series.clear();
        redraw();
    }

    /** The points of the series called {@code name} (for tests and tools). */
    public List<CurvePoint> points(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst()
                .map(s -> List.copyOf(s.points())).orElseThrow(() -> new IllegalArgumentException("no series " + name));
    }

    /** The names of the series, in drawing order. */
    public List<String> seriesNames() {
        return series.stream().map(Series::name).toList();
    }

    public void setTitle(String newTitle) {
        title = newTitle;
        redraw();
    }

    /** Replaces the x axis's title. */
    public void setXLabel(String label) {
        xLabel = label;
        redraw();
    }

    public void setYLabel(String label) {
        yLabel = label;
        redraw();
    }

    /** Formats x tick labels (e.g. 10^x for a log-scaled learning rate). */
    public void setXTickFormat(DoubleFunction<String> format) {
        xFormat = format;
        redraw();
    }

    public void setLegendVisible(boolean visible) {
        legendVisible = visible;
        redraw();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        PlotPainter.paint(g, w, h, this::frame, palette());
    }

    /** What the painter needs, read at paint time. */
    record Frame(String title, String xLabel, String yLabel, DoubleFunction<String> xFormat, boolean legend,
                 List<String> names, List<Look> looks, List<List<CurvePoint>> points, Text measure) {
    }

    private Frame frame() {
        return new Frame(title, xLabel, yLabel, xFormat, legendVisible, series.stream().map(Series::name).toList(),
                series.stream().map(Series::look).toList(), series.stream().map(s -> (List<CurvePoint>) s.points()).toList(),
                measure);
    }

    private Palette palette() {
        return dark() ? Palette.DARK : Palette.LIGHT;
    }

    /** Colours of one theme. */
    record Palette(Color text, Color muted, Color grid, Color train, Color validation, Color batch, Color compare) {
        static final Palette LIGHT = new Palette(Color.web("#24292f"), Color.web("#6b7280"), Color.web("#e3e6ea"),
                Color.web("#2f6fb3"), Color.web("#e07b00"), Color.web("#9fbfe3"), Color.web("#7a818c"));
        static final Palette DARK = new Palette(Color.web("#d6d9de"), Color.web("#9aa3ad"), Color.web("#3c4046"),
                Color.web("#6aa8f0"), Color.web("#f5a142"), Color.web("#3f5f86"), Color.web("#a3abb5"));

        Color of(Look look) {
            return switch (look) {
                case TRAIN -> train;
                case VALIDATION, MARKER, DOT -> validation;
                case BAND -> train.deriveColor(0, 1, 1, 0.25);
                case BATCH -> batch;
                case COMPARE_TRAIN -> compare;
                case COMPARE_VALIDATION -> validation.deriveColor(0, 0.6, 1, 0.7);
            };
        }
    }

    static Font font() {
        return FONT;
    }

    static Font titleFont() {
        return TITLE_FONT;
    }

    /** The width of {@code s} in the chart font (UI thread). */
    static double width(String s) {
        return width(s, FONT);
    }

    /** The width of {@code s} in the chart's title font (UI thread). */
    static double titleWidth(String s) {
        return width(s, TITLE_FONT);
    }

    private static double width(String s, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    static void text(GraphicsContext g, String s, double x, double y, TextAlignment align, VPos base) {
        g.setTextAlign(align);
        g.setTextBaseline(base);
        g.fillText(s, x, y);
    }
}
