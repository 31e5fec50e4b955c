package org.mlpworkbench.ui.component;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link ParallelCoordinates} plot paints, as plain immutable values: its axes left to right (each with how
 * it places a value between its bottom, 0, and its top, 1) and one line per item through its value on each axis,
 * coloured by its score (the last axis is usually the score itself). One line may be highlighted.
 *
 * @param axes        the vertical axes, left to right
 * @param lines       one polyline each; {@code values} has one entry per axis (a category's index on a categorical axis)
 * @param highlighted the index of the highlighted line, or -1
 */
public record ParallelModel(List<Axis> axes, List<Line> lines, int highlighted) {

    public static final ParallelModel EMPTY = new ParallelModel(List.of(), List.of(), -1);

    public ParallelModel {
        axes = List.copyOf(axes);
        lines = List.copyOf(lines);
        for (Line line : lines) {
            if (line.values().size() != axes.size()) {
                throw new IllegalArgumentException("a line has " + line.values().size() + " values for " + axes.size() + " axes");
            }
        }
    }

    /** A kept band of an axis, from {@code low} to {@code high} in positions (0 bottom, 1 top). */
    public record Band(double low, double high) {
        public Band {
            if (low > high) {
                double t = low;
                low = high;
                high = t;
            }
        }

        public boolean contains(double position) {
            return position >= low - 1e-9 && position <= high + 1e-9;
        }
    }

    /** Whether line {@code line} passes every band (by axis index) of {@code bands}: drag-to-filter. */
    public boolean passes(int line, java.util.Map<Integer, Band> bands) {
        Line l = lines.get(line);
        for (java.util.Map.Entry<Integer, Band> b : bands.entrySet()) {
            int axis = b.getKey();
            if (axis >= 0 && axis < axes.size() && !b.getValue().contains(axes.get(axis).position(l.values().get(axis)))) {
                return false;
            }
        }
        return true;
    }

    /** How an axis places its values. */
    public enum Scale { LINEAR, LOG, CATEGORICAL }

    /**
     * One axis. A linear axis spans [min, max]; a log axis spans [min, max] on a logarithmic scale, and when
     * {@code zero} is set a value of 0 (or below) sits at the very bottom, below a small gap, with the range
     * above it; a categorical axis spreads its categories evenly from bottom to top (one category sits in the
     * middle).
     */
    public record Axis(String name, Scale scale, double min, double max, boolean zero, List<String> categories) {

        /** Below this share of the height, a log axis with {@code zero} keeps its 0. */
        public static final double ZERO_GAP = 0.12;

        public Axis {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(scale, "scale");
            categories = List.copyOf(categories);
            if (scale == Scale.LOG && !(min > 0 && max > 0)) {
                throw new IllegalArgumentException(name + ": a log axis needs bounds > 0, got " + min + " and " + max);
            }
            if (scale == Scale.CATEGORICAL && categories.isEmpty()) {
                throw new IllegalArgumentException(name + ": a categorical axis needs at least one category");
            }
        }

        public static Axis linear(String name, double min, double max) {
            return new Axis(name, Scale.LINEAR, min, max, false, List.of());
        }

        public static Axis log(String name, double min, double max, boolean zero) {
            return new Axis(name, Scale.LOG, min, max, zero, List.of());
        }

        public static Axis categorical(String name, List<String> categories) {
            return new Axis(name, Scale.CATEGORICAL, 0, Math.max(0, categories.size() - 1), false, categories);
        }

        /** Where {@code value} sits, from 0 (bottom) to 1 (top); values outside the range are clamped. */
        public double position(double value) {
            double p = switch (scale) {
                case LINEAR -> max == min ? 0.5 : (value - min) / (max - min);
                case CATEGORICAL -> categories.size() == 1 ? 0.5 : value / (categories.size() - 1);
                case LOG -> {
                    if (zero && value <= 0) {
                        yield 0;
                    }
                    double within = max == min ? 0.5 : (Math.log(Math.max(value, min)) - Math.log(min)) / (Math.log(max) - Math.log(min));
                    yield zero ? ZERO_GAP + (1 - ZERO_GAP) * within : within;
                }
            };
            return Math.min(1, Math.max(0, p));
        }

        /** The labels along the axis with their positions: each category, or the ends (and 0 on a log axis with zero). */
        public List<Tick> ticks() {
            return switch (scale) {
                case CATEGORICAL -> java.util.stream.IntStream.range(0, categories.size())
                        .mapToObj(i -> new Tick(position(i), categories.get(i))).toList();
                case LINEAR -> min == max ? List.of(new Tick(0.5, label(min))) : List.of(new Tick(0, label(min)), new Tick(1, label(max)));
                case LOG -> {
                    List<Tick> ticks = new java.util.ArrayList<>();
                    if (zero) {
                        ticks.add(new Tick(0, "0"));
                    }
                    ticks.add(new Tick(position(min), label(min)));
                    if (max != min) {
                        ticks.add(new Tick(1, label(max)));
                    }
                    yield ticks;
                }
            };
        }

        /** A value as a short label: 4 significant digits, e.g. 0.8249, 1.2e-04. */
        public static String label(double value) {
            double a = Math.abs(value);
            return a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.1e", value)
                    : String.format(Locale.ROOT, "%.4g", value).replaceFirst("(\\.\\d*?)0+$", "$1").replaceFirst("\\.$", "");
        }
    }

    /** A label at {@code position} (0 bottom, 1 top) of an axis. */
    public record Tick(double position, String text) {
    }

    /**
     * One item: its value on each axis and a colour share in [0, 1] (0 the worst score shown, 1 the best).
     */
    public record Line(List<Double> values, double shade) {
        public Line {
            values = List.copyOf(values);
        }
    }
}
