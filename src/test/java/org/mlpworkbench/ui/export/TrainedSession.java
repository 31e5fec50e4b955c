package org.mlpworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;
import org.mlpworkbench.ui.train.TrainViewModel;

/**
 * One Titanic session trained through the real Prepare and Train view-models (8 epochs, default
 * network), shared by the export tests of one JVM; {@link #reset()} puts the run's threshold back to 0.5.
 */
final class TrainedSession {

    private static TrainedSession instance;

    final WorkbenchModel model = new WorkbenchModel();
    final RunRecord run;

    private TrainedSession() throws Exception {
        SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
        new PrepareViewModel(model, tasks);
        TrainViewModel train = new TrainViewModel(model, tasks);
        model.setData(DataSet.load(SampleData.file("titanic/train.csv")));
        assertThat(model.preparation()).isNotNull();
        train.form().epochs.set("8");
        train.start();
        run = model.lastModelRunProperty().get();
        assertThat(run).isNotNull();
        assertThat(run.hasModel()).isTrue();
    }

    static synchronized TrainedSession titanic() throws Exception {
        if (instance == null) {
            instance = new TrainedSession();
        }
        instance.reset();
        return instance;
    }

    void reset() {
        run.setThresholds(List.of(0.5));
    }
}
