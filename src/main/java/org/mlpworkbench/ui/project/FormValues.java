package org.mlpworkbench.ui.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.ui.component.Field;
import org.mlpworkbench.ui.session.OutputChoice;
import org.mlpworkbench.ui.train.ScheduleChoice;
import org.mlpworkbench.ui.train.TrainForm;

/**
 * The Train form's values by name, as the project keeps them: each text field's text as typed (so an
 * unfinished, invalid value comes back too), each choice by its constant's name, and the output as
 * {@code "SIGMOID+BINARY_CROSS_ENTROPY"}. Restore the output only after the form knows its task.
 * Values a project saved before a field existed keep their meaning: a project without
 * {@code weightDecay} trained AdamW with no decay, so it comes back as {@code 0}, not as today's
 * {@code auto}; every other field was saved, so old defaults (50 epochs, no early stopping) come back
 * as they were.
 */
final class FormValues {

    /** What a field meant in projects saved before it was added. */
    private static final Map<String, String> BEFORE_THE_FIELD = Map.of("weightDecay", "0");

    private FormValues() {
    }

    static Map<String, String> capture(TrainForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        fields(form).forEach((name, field) -> values.put(name, field.textProperty().get()));
        values.put("activation", form.activation.get().name());
        values.put("bias", Boolean.toString(form.bias.get()));
        values.put("optimizer", form.optimizer.get().name());
        values.put("schedule", form.schedule.get().name());
        values.put("earlyStopping", Boolean.toString(form.earlyStopping.get()));
        OutputChoice out = form.output.get();
        if (out != null) {
            values.put("output", out.output().name() + "+" + out.loss().name());
        }
        return values;
    }

    /** Puts {@code values} into {@code form}; returns a sentence for each value that could not be used. */
    static List<String> apply(Map<String, String> values, TrainForm form) {
        List<String> problems = new ArrayList<>();
        fields(form).forEach((name, field) -> {
            if (values.containsKey(name)) {
                field.set(values.get(name));
            } else if (BEFORE_THE_FIELD.containsKey(name)) {
                field.set(BEFORE_THE_FIELD.get(name));
            }
        });
        choose(values, "activation", Activation.class, form.activation, problems);
        choose(values, "optimizer", Optimizer.class, form.optimizer, problems);
        choose(values, "schedule", ScheduleChoice.class, form.schedule, problems);
        flag(values, "bias", form.bias::set);
        flag(values, "earlyStopping", form.earlyStopping::set);
        String output = values.get("output");
        if (output != null) {
            form.outputOptions().stream().filter(o -> (o.output().name() + "+" + o.loss().name()).equals(output))
                    .findFirst().ifPresentOrElse(form.output::set,
                            () -> problems.add("The saved output and loss " + output + " do not suit the current task; "
                                    + "the form keeps " + form.output.get() + "."));
        }
        return problems;
    }

    private static Map<String, Field<?>> fields(TrainForm form) {
        Map<String, Field<?>> fields = new LinkedHashMap<>();
        fields.put("hiddenLayers", form.hiddenLayers);
        fields.put("dropout", form.dropout);
        fields.put("epochs", form.epochs);
        fields.put("learningRate", form.learningRate);
        fields.put("batchSize", form.batchSize);
        fields.put("momentum", form.momentum);
        fields.put("weightDecay", form.weightDecay);
        fields.put("validationSplit", form.validationSplit);
        fields.put("patience", form.patience);
        fields.put("seed", form.seed);
        return fields;
    }

    private static <E extends Enum<E>> void choose(Map<String, String> values, String name, Class<E> type,
            ObjectProperty<E> property, List<String> problems) {
        String value = values.get(name);
        if (value == null) {
            return;
        }
        try {
            property.set(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            problems.add("The saved " + name + " '" + value + "' is unknown; the form keeps " + property.get() + ".");
        }
    }

    private static void flag(Map<String, String> values, String name, Consumer<Boolean> setter) {
        String value = values.get(name);
        if (value != null) {
            setter.accept(Boolean.parseBoolean(value));
        }
    }
}
