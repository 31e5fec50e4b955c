package org.mlpworkbench.ui.project;

import org.mlpworkbench.ui.session.Step;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.data.DataViewModel;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.session.Settings;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;
import org.mlpworkbench.ui.train.TrainViewModel;

/**
 * A whole session without the toolkit: the real Data, Prepare, Train and project view-models over one
 * {@link WorkbenchModel}, jobs run synchronously, and dialogs answered from queues the test fills.
 */
final class TestSession implements ProjectDialogs {

    final WorkbenchModel model = new WorkbenchModel();
    final SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
    final Settings settings;
    final DataViewModel data;
    final PrepareViewModel prepare;
    final TrainViewModel train;
    final List<Problem> problems = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();
    final Deque<Path> saveAnswers = new ArrayDeque<>();
    final Deque<Path> locateAnswers = new ArrayDeque<>();
    final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    final Deque<Boolean> recoverAnswers = new ArrayDeque<>();
    final List<String> questions = new ArrayList<>();
    Step step = Step.DATA;
    final ProjectViewModel project;

    TestSession() {
        this(Settings.inMemory(), Autosave.Instance.current());
    }

    /**
     * A session whose settings (and so its recovery copies) are {@code settings}, in process
     * {@code instance} (recovery tests play several processes in one JVM).
     */
    TestSession(Settings settings, Autosave.Instance instance) {
        this.settings = settings;
        data = new DataViewModel(model, tasks, settings);
        prepare = new PrepareViewModel(model, tasks);
        train = new TrainViewModel(model, tasks);
        project = new ProjectViewModel(model, tasks, settings,
                new ProjectViewModel.Steps(data, prepare, train, () -> step, s -> step = s), this, instance);
        tasks.problems().showWith(problems::add);
        project.setOnWarning(warnings::add);
    }

    @Override
    public Path chooseSaveFile(String suggested, Path folder) {
        questions.add("save as " + suggested);
        return saveAnswers.poll();
    }

    @Override
    public Path chooseProjectToOpen(Path folder) {
        questions.add("open");
        return null;
    }

    @Override
    public Path locateData(Path missing) {
        questions.add("locate " + missing.getFileName());
        return locateAnswers.poll();
    }

    @Override
    public SaveChoice askToSave(String name) {
        questions.add("save changes to " + name);
        return saveChoices.isEmpty() ? SaveChoice.CANCEL : saveChoices.poll();
    }

    @Override
    public boolean askToRecover(String question) {
        questions.add("recover: " + question);
        return recoverAnswers.isEmpty() ? false : recoverAnswers.poll();
    }

    /** Saves to {@code file} through "Save as". */
    void saveAs(Path file) {
        saveAnswers.add(file);
        project.saveAs(() -> { });
    }
}
