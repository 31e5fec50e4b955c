package org.mlpworkbench.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.TrainPreset;
import org.mlpworkbench.ui.train.TrainForm;

/** The Train form's values as projects keep them, including projects saved before today's defaults. */
class FormValuesTest {

    private static TrainForm form() {
        TrainForm form = new TrainForm();
        form.taskProperty().set(TaskKind.BINARY);
        form.dataRowsProperty().set(891);
        return form;
    }

    /** The form of a project saved with the old defaults (and AdamW chosen), before the weight-decay field existed. */
    private static Map<String, String> oldProject() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("hiddenLayers", "128");
        values.put("dropout", "0");
        values.put("epochs", "50");
        values.put("learningRate", "0.001");
        values.put("batchSize", "64");
        values.put("momentum", "0.9");
        values.put("validationSplit", "0.2");
        values.put("patience", "10");
        values.put("seed", "42");
        values.put("activation", "RELU");
        values.put("bias", "true");
        values.put("optimizer", "ADAMW");
        values.put("schedule", "CONSTANT");
        values.put("earlyStopping", "false");
        values.put("output", "SIGMOID+BINARY_CROSS_ENTROPY");
        return values;
    }

    @Test
    void aProjectSavedBeforeTheNewDefaultsTrainsAsItDidThen() {
        TrainForm form = form();
        assertThat(FormValues.apply(oldProject(), form)).isEmpty();
        var settings = form.settings();
        assertThat(form.weightDecay.textProperty().get()).as("AdamW then had no decay").isEqualTo("0");
        assertThat(settings.config().weightDecay()).isZero();
        assertThat(settings.config().epochs()).isEqualTo(50);
        assertThat(settings.config().patience()).isZero();
        assertThat(settings.hiddenWidths()).containsExactly(128);
        assertThat(settings.dropout()).isZero();
        assertThat(form.matchingPreset().get()).isNull();
    }

    @Test
    void todaysValuesComeBackAsTyped() {
        TrainForm a = form();
        a.weightDecay.set("0.3");
        a.optimizer.set(Optimizer.ADAMW);
        Map<String, String> saved = FormValues.capture(a);
        assertThat(saved).containsEntry("weightDecay", "0.3").containsEntry("hiddenLayers", "auto");
        TrainForm b = form();
        b.apply(TrainPreset.CLASSIC);
        assertThat(FormValues.apply(saved, b)).isEmpty();
        assertThat(FormValues.capture(b)).isEqualTo(saved);
        assertThat(b.settings()).isEqualTo(a.settings());
    }
}
