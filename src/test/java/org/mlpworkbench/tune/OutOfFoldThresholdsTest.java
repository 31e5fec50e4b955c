package org.mlpworkbench.tune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.TrainingControl;

/**
 * The thresholds a trial chooses pool only folds that learnt the same labels as the whole file: a fold whose
 * training rows lack a rare label has its columns shifted onto other labels, so pooling it would give a label
 * another label's threshold.
 */
class OutOfFoldThresholdsTest {

    private static final TrialParameters SMALL = new TrialParameters(List.of(4), Activation.RELU, 0, 0, 0.01, 8,
            Optimizer.ADAM);

    /** Label sets in one column: each fold's recipe learns the labels its training rows hold. */
    private static Table labels(boolean rare) throws Exception {
        StringBuilder csv = new StringBuilder("x,y,tags\n");
        for (int i = 0; i < 40; i++) {
            String tags = (i % 2 == 0 ? "a" : "b") + (i % 5 == 0 ? ";e" : "") + (i % 3 == 1 ? ";f" : "");
            if (rare ? i == 3 : i % 3 == 0) {
                tags += ";c";
            }
            if (rare ? i == 30 : i % 4 == 0) {
                tags += ";d";
            }
            csv.append(i * 0.1).append(',').append((i * 7) % 5).append(',').append(tags).append('\n');
        }
        return CsvReader.readText("labels.csv", csv.toString()).table();
    }

    private static TrialEvaluator.Outcome evaluate(Table table, long seed) {
        Recipe recipe = Recipe.defaults(table, List.of("tags")).recipe();
        CrossValidationObjective objective = new CrossValidationObjective(table, recipe, 2);
        assertThat(objective.outputNames()).hasSize(6);
        return objective.evaluateWithThresholds(SMALL, 2, seed, TrainingControl.NONE);
    }

    @Test
    void foldsThatLearntOtherLabelsChooseNoThresholds() throws Exception {
        Table rare = labels(true);
        for (long seed = 1; seed <= 6; seed++) {
            assertThat(evaluate(rare, seed).thresholds()).as("seed " + seed).isNull();
        }
    }

    @Test
    void foldsThatLearntEveryLabelChooseOneThresholdEach() throws Exception {
        assertThat(evaluate(labels(false), 1).thresholds().thresholds()).hasSize(6);
    }
}
