package org.mlpworkbench.ui.tune;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.tune.SearchSpace;
import org.mlpworkbench.tune.TuneSettings;
import org.mlpworkbench.ui.component.Field;

/**
 * The Tune step's form: the search space (one text field per dimension, choices separated by commas, hidden-layer
 * choices by semicolons), the budget, folds and seed. Each field checks itself ({@link Field}); {@link #problem()}
 * also says what is wrong across fields (a minimum above its maximum), so a bad space is refused with a message
 * before a search starts. {@link #plan()} turns the values into the core's {@link SearchSpace} and {@link TuneSettings}.
 */
public final class TuneForm {

    /** What a search runs with. */
    public record Plan(SearchSpace space, TuneSettings settings, int folds) {
    }

    public final Field<List<List<Integer>>> hidden = new Field<>("hidden", "64; 128", TuneTexts::parseHidden);
    public final Field<List<Activation>> activations = new Field<>("activations", "relu, gelu, tanh",
            s -> TuneTexts.parseNames("Activations", s, Activation.class));
    public final Field<Double> dropoutMin = new Field<>("dropoutMin", "0", Field.decimal("Dropout", 0, SearchSpace.MAX_DROPOUT, false));
    public final Field<Double> dropoutMax = new Field<>("dropoutMax", "0.5", Field.decimal("Dropout", 0, SearchSpace.MAX_DROPOUT, false));
    public final Field<Double> decayMin = new Field<>("decayMin", "1e-5", TuneTexts.positive("Weight decay", 100));
    public final Field<Double> decayMax = new Field<>("decayMax", "0.1", TuneTexts.positive("Weight decay", 100));
    public final BooleanProperty decayZero = new SimpleBooleanProperty(this, "decayZero", true);
    public final Field<Double> rateMin = new Field<>("rateMin", "1e-4", TuneTexts.positive("Learning rate", 10));
    public final Field<Double> rateMax = new Field<>("rateMax", "0.01", TuneTexts.positive("Learning rate", 10));
    public final Field<List<Integer>> batchSizes = new Field<>("batchSizes", "16, 32, 64", TuneTexts::parseBatches);
    public final Field<List<Optimizer>> optimizers = new Field<>("optimizers", "adamw",
            s -> TuneTexts.parseNames("Optimizers", s, Optimizer.class));
    public final Field<Double> minutes = new Field<>("minutes", "5", Field.decimal("Minutes", 0, 100_000, false));
    public final Field<Integer> trials = new Field<>("trials", "0", Field.integer("Trials", 0, 100_000));
    public final Field<Integer> configurations = new Field<>("configurations", "9", Field.integer("Configurations", 1, 729));
    public final Field<Integer> maxEpochs = new Field<>("maxEpochs", "27", Field.integer("Epochs", 1, 10_000));
    public final Field<Integer> folds = new Field<>("folds", "5", Field.integer("Folds", 2, 20));
    public final Field<Long> seed = new Field<>("seed", "42", TuneTexts::parseSeed);
    private final StringBinding problem;

    public TuneForm() {
        List<javafx.beans.Observable> inputs = new ArrayList<>();
        fields().values().forEach(f -> inputs.add(f.textProperty()));
        inputs.add(decayZero);
        problem = Bindings.createStringBinding(this::check, inputs.toArray(javafx.beans.Observable[]::new));
    }

    /** Every text field by its name (the names a project saves them under). */
    public Map<String, Field<?>> fields() {
        Map<String, Field<?>> all = new LinkedHashMap<>();
        for (Field<?> f : List.of(hidden, activations, dropoutMin, dropoutMax, decayMin, decayMax, rateMin, rateMax,
                batchSizes, optimizers, minutes, trials, configurations, maxEpochs, folds, seed)) {
            all.put(f.textProperty().getName(), f);
        }
        return all;
    }

    /** Fills the space with {@link SearchSpace#defaultsFor} the data's size; the budget, folds and seed stay. */
    public void defaults(int rows, int features) {
        show(SearchSpace.defaultsFor(rows, features));
    }

    /** Shows {@code space} in the fields. */
    public void show(SearchSpace space) {
        hidden.set(space.hidden().stream().map(TuneTexts::widths).collect(Collectors.joining("; ")));
        activations.set(TuneTexts.names(space.activations()));
        dropoutMin.set(TuneTexts.number(space.dropout().min()));
        dropoutMax.set(TuneTexts.number(space.dropout().max()));
        decayMin.set(TuneTexts.number(space.weightDecay().min()));
        decayMax.set(TuneTexts.number(space.weightDecay().max()));
        decayZero.set(space.weightDecayZero());
        rateMin.set(TuneTexts.number(space.learningRate().min()));
        rateMax.set(TuneTexts.number(space.learningRate().max()));
        batchSizes.set(space.batchSizes().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        optimizers.set(TuneTexts.names(space.optimizers()));
    }

    /** The values as a project keeps them: each field's text as typed, the zero-decay switch. */
    public Map<String, String> capture() {
        Map<String, String> values = new LinkedHashMap<>();
        fields().forEach((name, f) -> values.put(name, f.textProperty().get()));
        values.put("decayZero", Boolean.toString(decayZero.get()));
        return values;
    }

    /** Puts saved values back; names this version does not know are ignored, missing ones keep their value. */
    public void apply(Map<String, String> values) {
        fields().forEach((name, f) -> {
            if (values.containsKey(name)) {
                f.set(values.get(name));
            }
        });
        if (values.containsKey("decayZero")) {
            decayZero.set(Boolean.parseBoolean(values.get("decayZero")));
        }
    }

    /** What is wrong with the form, in words, or "" when a search can start. */
    public StringBinding problem() {
        return problem;
    }

    /**
     * The space and settings of the form.
     *
     * @throws IllegalArgumentException with the message {@link #problem()} shows, when the form is not valid
     */
    public Plan plan() {
        for (Map.Entry<String, Field<?>> f : fields().entrySet()) {
            if (!f.getValue().validProperty().get()) {
                throw new IllegalArgumentException(f.getValue().errorProperty().get());
            }
        }
        SearchSpace space;
        try {
            space = new SearchSpace(hidden.value(), activations.value(), new SearchSpace.Range(dropoutMin.value(), dropoutMax.value()),
                    new SearchSpace.Range(decayMin.value(), decayMax.value()), decayZero.get(),
                    new SearchSpace.Range(rateMin.value(), rateMax.value()), batchSizes.value(), optimizers.value());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The search space is refused: " + friendly(e.getMessage()), e);
        }
        double m = minutes.value();
        int n = trials.value();
        Duration budget = m > 0 ? Duration.ofMillis(Math.round(m * 60_000)) : null;
        return new Plan(space, new TuneSettings(configurations.value(), maxEpochs.value(), n, budget, seed.value()), folds.value());
    }

    /** The core's message with the form's words for its fields: "learningRate: …" becomes "Learning rate: …". */
    static String friendly(String message) {
        String[][] words = {{"learningRate", "Learning rate"}, {"weightDecay", "Weight decay"}, {"dropout", "Dropout"},
            {"batchSizes", "Batch sizes"}, {"activations", "Activations"}, {"optimizers", "Optimizers"}, {"hidden", "Hidden layers"}};
        for (String[] w : words) {
            if (message.startsWith(w[0])) {
                return w[1] + message.substring(w[0].length());
            }
        }
        return message;
    }

    private String check() {
        try {
            plan();
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
