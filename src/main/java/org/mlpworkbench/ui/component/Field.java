package org.mlpworkbench.ui.component;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A text field of a form, as a view-model: the text the user typed, the parsed value and the error
 * message (empty when the text is valid). The parser throws {@link IllegalArgumentException} with a
 * message saying what is expected, e.g. "'12a' is not a whole number; write e.g. 128 or 128,64".
 *
 * @param <T> the parsed value's type
 */
public final class Field<T> {

    private final StringProperty text;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<T> parsed = new ReadOnlyObjectWrapper<>(this, "value");
    private final Function<String, T> parser;
    private final BooleanBinding valid;

    public Field(String name, String initial, Function<String, T> parser) {
        this.parser = parser;
        this.text = new SimpleStringProperty(this, name, initial);
        text.addListener((obs, old, now) -> validate());
        validate();
        this.valid = Bindings.createBooleanBinding(() -> error.get().isEmpty(), error);
    }

    private void validate() {
        T value;
        String message;
        try {
            value = parser.apply(text.get() == null ? "" : text.get().trim());
            message = "";
        } catch (IllegalArgumentException e) {
            value = null;
            message = e.getMessage() == null ? "Invalid value" : e.getMessage();
        }
        parsed.set(value);
        error.set(message);
    }

    /** The text as typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the text is not valid; empty when it is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The parsed value; null while the text is invalid. */
    public T value() {
        return parsed.get();
    }

    /**
     * The parsed value as an observable, set after each parse: bind to this rather than to the text, whose
     * listeners may run before the value is parsed.
     */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return parsed.getReadOnlyProperty();
    }

    /** Replaces the text (e.g. "use suggested learning rate"). */
    public void set(String newText) {
        text.set(newText);
    }

    // ---- parsers shared by forms ----

    /** A whole number in [min, max]. */
    public static Function<String, Integer> integer(String what, int min, int max) {
        return s -> {
            int v;
            try {
                v = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(s.isEmpty() ? what + " is required (a whole number)"
                        : "'" + s + "' is not a whole number");
            }
            if (v < min || v > max) {
                throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", not " + v);
            }
            return v;
        };
    }

    /** A number in [min, max] (or [min, max) when {@code maxExclusive}). */
    public static Function<String, Double> decimal(String what, double min, double max, boolean maxExclusive) {
        return s -> {
            double v;
            try {
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(s.isEmpty() ? what + " is required (a number)"
                        : "'" + s + "' is not a number; write e.g. 0.001 or 1e-3");
            }
            if (!Double.isFinite(v) || v < min || (maxExclusive ? v >= max : v > max)) {
                throw new IllegalArgumentException(what + " must be " + (maxExclusive ? "in [" + min + ", " + max + ")"
                        : "between " + min + " and " + max) + ", not " + s);
            }
            return v;
        };
    }
}
