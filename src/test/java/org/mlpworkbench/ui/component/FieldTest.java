package org.mlpworkbench.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldTest {

    @Test
    void parsesValidTextAndExplainsInvalidText() {
        Field<Integer> epochs = new Field<>("epochs", "50", Field.integer("Epochs", 1, 1000));
        assertThat(epochs.value()).isEqualTo(50);
        assertThat(epochs.validProperty().get()).isTrue();

        epochs.set("5o");
        assertThat(epochs.value()).isNull();
        assertThat(epochs.errorProperty().get()).isEqualTo("'5o' is not a whole number");
        assertThat(epochs.validProperty().get()).isFalse();

        epochs.set("0");
        assertThat(epochs.errorProperty().get()).isEqualTo("Epochs must be between 1 and 1000, not 0");
        epochs.set(" 7 ");
        assertThat(epochs.value()).isEqualTo(7);
        assertThat(epochs.errorProperty().get()).isEmpty();
    }

    @Test
    void decimalsRespectAnExclusiveUpperBound() {
        Field<Double> momentum = new Field<>("momentum", "0.9", Field.decimal("Momentum", 0, 1, true));
        assertThat(momentum.value()).isEqualTo(0.9);
        momentum.set("1");
        assertThat(momentum.errorProperty().get()).isEqualTo("Momentum must be in [0.0, 1.0), not 1");
        momentum.set("");
        assertThat(momentum.errorProperty().get()).isEqualTo("Momentum is required (a number)");
        momentum.set("1e-2");
        assertThat(momentum.value()).isEqualTo(0.01);
    }
}
