package org.mlpworkbench.ui.tune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mlpworkbench.tune.SearchSpaceJson;
import org.mlpworkbench.ui.component.Field;

/**
 * How the Tune form reads its texts (hidden-layer choices separated by semicolons, other choices by commas,
 * names of activations and optimizers in any case, positive bounds of the log-scale dimensions, the seed) and
 * writes values back as a user would type them. Each parser throws {@link IllegalArgumentException} with the
 * field's name and what was expected.
 */
final class TuneTexts {

    private TuneTexts() {
    }

    static List<List<Integer>> parseHidden(String text) {
        List<List<Integer>> choices = new ArrayList<>();
        for (String choice : text.split(";", -1)) {
            if (choice.isBlank()) {
                throw new IllegalArgumentException("Hidden layers: an empty choice; write choices separated by semicolons, "
                        + "widths of one choice by commas, e.g. 64; 128; 128,64");
            }
            List<Integer> widths = new ArrayList<>();
            for (String part : choice.split(",", -1)) {
                widths.add(whole("Hidden layers", part.trim(), 1, 8192));
            }
            if (widths.size() > 16) {
                throw new IllegalArgumentException("Hidden layers: at most 16 layers per choice, not " + widths.size());
            }
            choices.add(widths);
        }
        return choices;
    }

    static List<Integer> parseBatches(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            sizes.add(whole("Batch sizes", part.trim(), 1, 1_000_000));
        }
        return sizes;
    }

    private static int whole(String what, String text, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": " + (text.isEmpty() ? "an empty value" : "'" + text + "' is not a whole number")
                    + "; write e.g. " + (what.startsWith("Hidden") ? "64; 128,64" : "32, 64"));
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", not " + v);
        }
        return v;
    }

    static <E extends Enum<E>> List<E> parseNames(String what, String text, Class<E> type) {
        Function<String, String> key = s -> s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").trim();
        List<E> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            E found = Arrays.stream(type.getEnumConstants()).filter(e -> key.apply(e.name()).equals(key.apply(part)))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(what + ": "
                            + (part.isBlank() ? "an empty choice" : "'" + part.trim() + "' is not known") + "; choose from "
                            + Arrays.stream(type.getEnumConstants()).map(SearchSpaceJson::name).collect(Collectors.joining(", "))));
            if (!values.contains(found)) {
                values.add(found);
            }
        }
        return values;
    }

    static Function<String, Double> positive(String what, double max) {
        Function<String, Double> decimal = Field.decimal(what, 0, max, false);
        return s -> {
            double v = decimal.apply(s);
            if (v <= 0) {
                throw new IllegalArgumentException(what + " bounds must be greater than 0 (the scale is logarithmic), not " + s);
            }
            return v;
        };
    }

    static Long parseSeed(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text.isEmpty() ? "Seed is required (a whole number, e.g. 42)"
                    : "'" + text + "' is not a whole number; the seed fixes the configurations drawn and the folds");
        }
    }

    /** The seed written in {@code text}, or {@code fallback} when there is none or it is not a whole number. */
    static long seedOr(String text, long fallback) {
        try {
            return text == null ? fallback : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String widths(List<Integer> layers) {
        return layers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static String names(List<? extends Enum<?>> values) {
        return values.stream().map(SearchSpaceJson::name).collect(Collectors.joining(", "));
    }

    /** A number as typed: {@code 0}, {@code 0.5}, {@code 1.0E-5} written as {@code 0.00001}. */
    static String number(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
