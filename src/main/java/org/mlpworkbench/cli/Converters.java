package org.mlpworkbench.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.TrainPreset;
import picocli.CommandLine;

/** Option values spelled as on the command line: lower case, with or without hyphens. */
final class Converters {
    private Converters() {
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text, String what) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).replace("_", "").equals(wanted)) {
                return value;
            }
        }
        String known = Arrays.stream(type.getEnumConstants())
                .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
        throw new CommandLine.TypeConversionException("'" + text + "' is not " + what + "; use one of " + known);
    }

    static final class ActivationConverter implements CommandLine.ITypeConverter<Activation> {
        @Override
        public Activation convert(String value) {
            return constant(Activation.class, value, "an activation");
        }
    }

    static final class OptimizerConverter implements CommandLine.ITypeConverter<Optimizer> {
        @Override
        public Optimizer convert(String value) {
            return constant(Optimizer.class, value, "an optimizer");
        }
    }

    static final class PresetConverter implements CommandLine.ITypeConverter<TrainPreset> {
        @Override
        public TrainPreset convert(String value) {
            try {
                return TrainPreset.byId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code binary}, {@code multiclass} / {@code multi-class}, {@code multilabel} / {@code multi-label}, {@code regression}. */
    static final class TaskConverter implements CommandLine.ITypeConverter<Task> {
        @Override
        public Task convert(String value) {
            return constant(Task.class, value, "a task");
        }
    }
}
