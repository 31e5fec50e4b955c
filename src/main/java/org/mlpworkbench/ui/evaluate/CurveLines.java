package org.mlpworkbench.ui.evaluate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Which lines the threshold chart draws beside accuracy; kept by the Evaluate step so the choice survives
 * evaluating another run or file.
 */
public final class CurveLines {

    private final BooleanProperty precision = new SimpleBooleanProperty(this, "precision", true);
    private final BooleanProperty recall = new SimpleBooleanProperty(this, "recall", true);
    private final BooleanProperty f1 = new SimpleBooleanProperty(this, "f1", true);

    public BooleanProperty precisionProperty() {
        return precision;
    }

    public BooleanProperty recallProperty() {
        return recall;
    }

    public BooleanProperty f1Property() {
        return f1;
    }
}
