package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mlpworkbench.metrics.Calibration;
import org.mlpworkbench.metrics.CalibrationBin;
import org.mlpworkbench.ui.component.CurvePoint;

/**
 * The calibration of a classification evaluation, computed once with it on the worker thread: one
 * {@link Choice} for a binary model, one per label for a multi-label model, and one for the most
 * probable class of a multi-class model. Toolkit-free.
 */
public final class CalibrationReport {

    /** One reliability diagram to show. */
    public record Choice(String name, Calibration calibration) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final List<Choice> choices;

    private CalibrationReport(List<Choice> choices) {
        this.choices = List.copyOf(choices);
    }

    /** The calibration of {@code data}'s outputs; null for a regression model (heavy: off the UI thread). */
    public static CalibrationReport of(EvaluationData data) {
        List<String> names = data.outputNames();
        List<Choice> out = new ArrayList<>();
        switch (data.task()) {
            case BINARY -> out.add(new Choice(names.get(0), Calibration.ofColumn(data.outputs(), data.targets(), 0)));
            case MULTI_LABEL -> {
                for (int j = 0; j < names.size(); j++) {
                    out.add(new Choice(names.get(j), Calibration.ofColumn(data.outputs(), data.targets(), j)));
                }
            }
            case MULTI_CLASS -> out.add(new Choice("most probable class",
                    Calibration.topClass(data.outputs(), data.targets())));
            case REGRESSION -> {
                return null;
            }
        }
        return new CalibrationReport(out);
    }

    public List<Choice> choices() {
        return choices;
    }

    /** The non-empty bins as (mean predicted, observed rate): the reliability curve. */
    public static List<CurvePoint> reliability(Choice c) {
        List<CurvePoint> out = new ArrayList<>();
        for (CalibrationBin b : c.calibration().bins()) {
            if (!b.empty()) {
                out.add(new CurvePoint(b.meanPredicted(), b.observedRate()));
            }
        }
        return out;
    }

    /** A bin's range as shown, e.g. "0.3–0.4". */
    public static String range(CalibrationBin b) {
        return String.format(Locale.ROOT, "%.1f–%.1f", b.lower(), b.upper());
    }

    /** Every choice's Brier score and ECE, then every bin, as tab-separated text with header lines. */
    public String metricsText() {
        StringBuilder text = new StringBuilder(MetricFormat.row(List.of("output", "brier", "ece", "rows")));
        for (Choice c : choices) {
            Calibration cal = c.calibration();
            text.append(MetricFormat.row(List.of(c.name(), MetricFormat.copied(cal.brier()),
                    MetricFormat.copied(cal.ece()), Integer.toString(cal.rows()))));
        }
        text.append(MetricFormat.row(List.of("output", "bin_lower", "bin_upper", "rows", "mean_predicted",
                "observed_rate")));
        for (Choice c : choices) {
            for (CalibrationBin b : c.calibration().bins()) {
                text.append(MetricFormat.row(List.of(c.name(), MetricFormat.copied(b.lower()),
                        MetricFormat.copied(b.upper()), Integer.toString(b.count()),
                        MetricFormat.copied(b.meanPredicted()), MetricFormat.copied(b.observedRate()))));
            }
        }
        return text.toString();
    }
}
