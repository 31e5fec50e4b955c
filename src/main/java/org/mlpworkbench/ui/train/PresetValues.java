package org.mlpworkbench.ui.train;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.TrainDefaults;
import org.mlpworkbench.train.TrainPreset;

/**
 * The {@link TrainPreset}s as the Train form sees them: applying one writes its values into the fields
 * (as the user would type them, "auto" where a value follows the data size), and {@link #matching()}
 * names the preset the form still equals, so the form can say "Recommended", "Classic" or "changed".
 * The seed and the output are the user's and never part of a preset.
 */
final class PresetValues {

    private final TrainForm form;
    private final ObjectBinding<TrainPreset> matching;

    PresetValues(TrainForm form) {
        this.form = form;
        Observable[] inputs = {form.hiddenLayers.valueProperty(), form.activation, form.dropout.valueProperty(), form.bias,
            form.epochs.valueProperty(), form.learningRate.valueProperty(), form.batchSize.valueProperty(), form.optimizer,
            form.weightDecay.valueProperty(), form.schedule, form.validationSplit.valueProperty(), form.earlyStopping,
            form.patience.valueProperty()};
        this.matching = Bindings.createObjectBinding(
                () -> TrainPreset.ALL.stream().filter(this::matches).findFirst().orElse(null), inputs);
    }

    void apply(TrainPreset preset) {
        form.hiddenLayers.set(preset.hiddenText());
        form.activation.set(preset.activation());
        form.dropout.set(text(preset.dropout()));
        form.bias.set(preset.bias());
        form.epochs.set(String.valueOf(preset.epochs()));
        form.learningRate.set(text(preset.learningRate()));
        form.batchSize.set(String.valueOf(preset.batchSize()));
        form.optimizer.set(preset.optimizer());
        form.weightDecay.set(preset.weightDecayText());
        form.momentum.set(TrainDefaults.SGD_MOMENTUM);
        form.schedule.set(ScheduleChoice.CONSTANT);
        form.validationSplit.set(text(preset.validationSplit()));
        form.earlyStopping.set(preset.patience() > 0);
        form.patience.set(preset.patience() > 0 ? String.valueOf(preset.patience()) : TrainDefaults.PATIENCE);
    }

    ObjectBinding<TrainPreset> matching() {
        return matching;
    }

    private boolean matches(TrainPreset p) {
        List<Integer> widths = p.widthByDataSize() ? List.of() : p.hidden();
        boolean stops = p.patience() > 0;
        return Objects.equals(form.hiddenLayers.value(), widths) && form.activation.get() == p.activation()
                && Objects.equals(form.dropout.value(), p.dropout()) && form.bias.get() == p.bias()
                && Objects.equals(form.epochs.value(), p.epochs()) && Objects.equals(form.learningRate.value(), p.learningRate())
                && Objects.equals(form.batchSize.value(), p.batchSize()) && form.optimizer.get() == p.optimizer()
                && (p.optimizer() != Optimizer.ADAMW || Objects.equals(form.weightDecay.value(), p.weightDecay()))
                && form.schedule.get() == ScheduleChoice.CONSTANT
                && Objects.equals(form.validationSplit.value(), p.validationSplit())
                && form.earlyStopping.get() == stops && (!stops || Objects.equals(form.patience.value(), p.patience()));
    }

    /** A number as the form's fields show it: {@code 0}, {@code 0.2}, {@code 0.001}. */
    static String text(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
