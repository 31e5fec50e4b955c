package org.mlpworkbench.ui.evaluate;

import java.nio.file.Path;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;
import org.mlpworkbench.ui.train.TrainViewModel;

/** Runs trained the way the app trains them (Prepare and Train view-models), synchronously, for evaluation tests. */
public final class EvaluateFixtures {

    private EvaluateFixtures() {
    }

    /** Loads {@code csv}, accepts the guessed preparation and trains a run of {@code epochs} epochs on it. */
    public static RunRecord trainedRun(Path csv, int epochs) throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
        new PrepareViewModel(model, tasks);
        TrainViewModel train = new TrainViewModel(model, tasks);
        model.setData(DataSet.load(csv));
        if (model.preparation() == null) {
            throw new IllegalStateException(csv + " was not prepared");
        }
        train.form().epochs.set(Integer.toString(epochs));
        train.start();
        RunRecord run = train.currentProperty().get();
        if (!run.hasModel()) {
            throw new IllegalStateException(run.name() + " has no model: " + run.messageProperty().get());
        }
        return run;
    }

    /** The run's validation rows scored by its model. */
    public static EvaluationData validation(RunRecord run) {
        return EvaluationData.of("validation split of " + run.name(), run.bundleSnapshot().get(), run.validation());
    }

    /** The run's validation rows as the Evaluate step scores them, with the training table they came from. */
    public static EvaluationData validationWithTable(RunRecord run) {
        java.util.List<EvaluationData> out = new java.util.ArrayList<>();
        new SynchronousBackgroundTasks().job("evaluate", EvaluationJob.validation(run))
                .onSuccess(r -> out.add(r.scored().data())).start();
        return out.get(0);
    }

    public static Path sample(String name) {
        return Path.of("sample-data", name);
    }

    /** A made-up 20-class evaluation with long class names, to check that the grid stays readable. */
    public static EvaluationData twentyClasses() {
        int k = 20;
        int n = 3000;
        java.util.Random random = new java.util.Random(3);
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add((c % 3 == 0 ? "deciduous-forest-" : "class-") + c);
        }
        float[] p = new float[n * k];
        float[] y = new float[n * k];
        for (int r = 0; r < n; r++) {
            int truth = random.nextInt(k);
            y[r * k + truth] = 1;
            float sum = 0;
            for (int c = 0; c < k; c++) {
                p[r * k + c] = random.nextFloat() * random.nextFloat() + (c == truth ? 0.5f : 0);
                sum += p[r * k + c];
            }
            for (int c = 0; c < k; c++) {
                p[r * k + c] /= sum;
            }
        }
        var recipe = new org.mlpworkbench.prep.FittedRecipe(java.util.List.of(),
                new org.mlpworkbench.prep.TargetEncoding.MultiClass("landuse", names), n);
        return new EvaluationData("20 made-up classes", recipe,
                new org.mlpworkbench.data.Matrix(n, k, p), new org.mlpworkbench.data.Matrix(n, k, y), 0, "");
    }
}
