package org.mlpworkbench.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mlpworkbench.prep.ColumnStep;
import org.mlpworkbench.prep.FittedBool;
import org.mlpworkbench.prep.FittedCategorical;
import org.mlpworkbench.prep.FittedNumeric;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.FittedStep;

/**
 * The "Columns expected" table of a {@link ModelCard}: per used column its type (number or text, as the
 * end-to-end ONNX graph takes it), what the recipe does with it, what a missing value becomes and what a
 * value never seen in training becomes — the rules of {@code docs/recipe.md} with this model's numbers.
 */
final class CardColumns {
    private static final int SHOWN_CATEGORIES = 8;

    private CardColumns() {
    }

    /** The Markdown table, then the dropped columns. */
    static String table(FittedRecipe recipe) {
        StringBuilder out = new StringBuilder("| column | type | becomes | when missing | a value not seen in training |\n"
                + "|---|---|---|---|---|\n");
        List<String> dropped = new ArrayList<>();
        for (FittedStep step : recipe.steps()) {
            if (step.featureNames().isEmpty()) {
                dropped.add(code(step.column()));
                continue;
            }
            String type = OnnxInputs.type(step) == OnnxGraph.Type.FLOAT ? "number" : "text";
            out.append("| ").append(cell(step.column())).append(" | ").append(type).append(" | ")
                    .append(String.join(" | ", describe(step))).append(" |\n");
        }
        out.append('\n').append(dropped.isEmpty() ? "Every other column of the file is ignored."
                : "Not used: " + String.join(", ", dropped) + " (dropped when the model was prepared); any other column"
                + " is ignored too.").append('\n');
        return out.toString();
    }

    /** What the step makes, what a missing value becomes, what an unseen value becomes. */
    private static List<String> describe(FittedStep step) {
        if (step instanceof FittedNumeric n) {
            String scaled = switch (n.scaling()) {
                case STANDARDIZE -> "standardized: (x − " + number(n.center()) + ") / " + number(n.scale());
                case MIN_MAX -> "min-max scaled: (x − " + number(n.center()) + ") / " + number(n.scale());
                case NONE -> "the number as it is";
            };
            String fill = n.imputation().name().toLowerCase(Locale.ROOT) + " " + number(n.fill());
            return List.of(scaled + indicator(n.indicator(), n.column()), fill, "— (any number)");
        }
        if (step instanceof FittedBool b) {
            return List.of(code(b.falseValue()) + " → 0, " + code(b.trueValue()) + " → 1" + indicator(b.indicator(), b.column()),
                    "the most frequent, " + code(b.fill() == 1 ? b.trueValue() : b.falseValue()),
                    "refused by the app; NaN outputs and no label in ONNX");
        }
        if (step instanceof FittedCategorical c) {
            return categorical(c);
        }
        return List.of("only whether it is missing: " + code(step.column() + FittedStep.MISSING_SUFFIX) + " = 1 or 0", "1", "0");
    }

    private static List<String> categorical(FittedCategorical c) {
        List<String> cats = c.categories();
        List<String> shown = new ArrayList<>();
        boolean ordinal = c.encoding() == ColumnStep.Encoding.ORDINAL;
        for (int i = 0; i < Math.min(SHOWN_CATEGORIES, cats.size()); i++) {
            shown.add(code(cats.get(i)) + (ordinal ? " = " + i : ""));
        }
        String list = String.join(", ", shown) + (cats.size() > SHOWN_CATEGORIES ? ", … (" + cats.size() + " in all)" : "");
        String makes = (ordinal ? "ordinal: " : "one-hot: ") + list
                + (c.otherBucket() && !ordinal ? ", " + code(FittedCategorical.OTHER) : "")
                + (c.missingCategory() && !ordinal ? ", " + code(FittedCategorical.MISSING) : "");
        String missing;
        if (c.fill() != null) {
            missing = "the most frequent, " + code(c.fill());
        } else if (c.missingCategory()) {
            missing = ordinal ? "-1, its own category" : "its own category " + code(FittedCategorical.MISSING);
        } else {
            missing = "as a value not seen in training";
        }
        String unseen = ordinal ? String.valueOf(cats.size()) : c.otherBucket() ? code(FittedCategorical.OTHER) : "all zeros";
        return List.of(makes, missing, unseen);
    }

    private static String indicator(boolean indicator, String column) {
        return indicator ? "; and " + code(column + FittedStep.MISSING_SUFFIX) + " = 1 where missing" : "";
    }

    /** A number in at most six significant digits, without trailing zeros. */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s.replaceFirst("\\.?0+e", "e");
        }
        return s.contains(".") ? s.replaceFirst("\\.?0+$", "") : s;
    }

    /** A value in Markdown code, its pipes escaped so the table holds. */
    static String code(String value) {
        return "`" + cell(value) + "`";
    }

    private static String cell(String value) {
        return value.replace("|", "\\|").replace("`", "'").replace("\n", " ");
    }
}
