package org.mlpworkbench.ui;

import org.mlpworkbench.data.FileNames;
import org.mlpworkbench.ui.session.Step;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.data.DataView;
import org.mlpworkbench.ui.data.DataViewModel;
import org.mlpworkbench.ui.evaluate.EvaluateViewModel;
import org.mlpworkbench.ui.export.ExportFiles;
import org.mlpworkbench.ui.export.ExportView;
import org.mlpworkbench.ui.export.ExportViewModel;
import org.mlpworkbench.ui.export.FxExportFiles;
import org.mlpworkbench.ui.prepare.PrepareView;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.project.FxProjectDialogs;
import org.mlpworkbench.ui.project.ProjectFile;
import org.mlpworkbench.ui.project.ProjectRecovery;
import org.mlpworkbench.ui.project.ProjectViewModel;
import org.mlpworkbench.ui.train.TrainView;
import org.mlpworkbench.ui.train.TrainViewModel;
import org.mlpworkbench.ui.tune.TuneViewModel;
import org.mlpworkbench.ui.session.SampleFiles;
import org.mlpworkbench.ui.session.WorkbenchModel;

/**
 * The one main window: menu bar, the workflow {@link StepBar} on the left, the current step's view in
 * the centre and the status bar below. It owns the session ({@link WorkbenchModel}) and the step
 * view-models; step views are built on first visit and then kept, so switching steps loses nothing.
 */
public final class MainWindow {

    private final AppServices services;
    private final WorkbenchModel model = new WorkbenchModel();
    private final BorderPane root = new BorderPane();
    private final StepPages steps = new StepPages();
    private final DataViewModel data;
    private final PrepareViewModel prepare;
    private final TrainViewModel train;
    private final TuneViewModel tune;
    private final EvaluateViewModel evaluate;
    private final ProjectViewModel project;
    private final ExportViewModel export;
    private ExportFiles exportFiles = new FxExportFiles(this::window);
    private final MenuBar menus;
    private Stage stage;

    public MainWindow(AppServices services) {
        this.services = services;
        this.data = new DataViewModel(model, services.tasks(), services.settings());
        this.prepare = new PrepareViewModel(model, services.tasks());
        this.train = new TrainViewModel(model, services.tasks());
        this.evaluate = new EvaluateViewModel(model, services.tasks());
        this.tune = new TuneViewModel(model, services.tasks(), train, this::select, Runtime.getRuntime().availableProcessors());
        this.project = new ProjectViewModel(model, services.tasks(), services.settings(),
                new ProjectViewModel.Steps(data, prepare, train, steps.selectedProperty()::get, this::select), new FxProjectDialogs(this::window));
        services.tasks().problems().showWith(p -> Dialogs.error(window(), p.title(), p.header(), p.message()));
        project.setOnWarning(p -> FxProjectDialogs.warn(window(), p));
        this.export = new ExportViewModel(model, services.tasks());
        this.export.setShowing(false);
        List<SampleFiles.Sample> samples = services.sampleFolder().map(SampleFiles::list).orElse(List.of());

        steps.register(Step.DATA, Bindings.createBooleanBinding(() -> true), StepStatuses.data(model), "",
                () -> new DataView(data, this::chooseFile, this::window, samples, this::openSample, this::open));
        steps.register(Step.PREPARE, model.hasData(), StepStatuses.prepare(model), "Load a CSV file in the Data step first.",
                () -> new PrepareView(prepare, Bindings.createStringBinding(() -> train.form().output.get() == null
                        ? "" : train.form().output.get().lossName(), train.form().output), this::window));
        StepRegistrations.tune(steps, model, tune);
        steps.register(Step.TRAIN, model.hasPreparation(), StepStatuses.train(model, train), "Choose a target in the Prepare step first.",
                () -> new TrainView(train, this::window));
        StepRegistrations.evaluate(steps, model, evaluate, services.tasks(), this::window);
        steps.register(Step.EXPORT, Bindings.isNotNull(model.lastModelRunProperty()), StepStatuses.export(export),
                "Train a model in the Train step first.",
                () -> new ExportView(export, this::window, exportFiles));

        menus = AppMenus.create(this, services);
        root.setTop(new VBox(menus));
        root.setLeft(steps.bar());
        root.setCenter(steps.center());
        root.setBottom(StatusLine.create(services.tasks().monitor(), model));
        root.getStyleClass().add("main-window");
        steps.selectedProperty().set(Step.DATA);
    }

    /** Whether {@code step} can be shown now (its input exists). */
    BooleanExpression availability(Step step) {
        return steps.availability(step);
    }

    /** Shows {@code step} if it is enabled; returns whether it is now shown. */
    public boolean select(Step step) {
        return steps.select(step);
    }

    /** Puts the window into {@code stage}: scene sized to the screen, theme, drag-and-drop, shortcuts. */
    public void attach(Stage stage) {
        this.stage = stage;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1440, screen.getWidth() * 0.92);
        double height = Math.min(900, screen.getHeight() * 0.92);
        Scene scene = new Scene(root, width, height);
        Theme.apply(scene, services.settings().darkThemeProperty().get());
        services.settings().darkThemeProperty().addListener((obs, old, dark) -> Theme.apply(scene, dark));
        FileDrop.install(scene, this::open);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE),
                () -> services.tasks().monitor().cancelCurrent());
        stage.setScene(scene);
        for (String icon : new String[] {"icon-32.png", "icon-64.png"}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    java.util.Objects.requireNonNull(MainWindow.class.getResourceAsStream(icon), icon)));
        }
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.titleProperty().bind(project.title());
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(ProjectRecovery.AUTOSAVE_SECONDS),
                e -> project.recovery().autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
    }

    /** Offers back the unsaved work of a session that did not end normally (call once the window is shown). */
    public void offerRecovery() {
        project.recovery().offer();
    }

    /** Opens {@code file}: a project ({@code .mlpw}) as a whole session, any other file in the Data step. */
    public void open(Path file) {
        if (FileNames.name(file).toLowerCase(java.util.Locale.ROOT).endsWith(ProjectFile.EXTENSION)) {
            project.open(file);
            return;
        }
        select(Step.DATA);
        data.open(file);
    }

    /** Opens a sample in the Data step and, once it has loaded, shows the Prepare step with the proposed recipe. */
    public void openSample(SampleFiles.Sample sample) {
        select(Step.DATA);
        data.open(sample.file(), java.util.Map.of(), loaded -> {
            if (loaded != null) {
                select(Step.PREPARE);
            }
        });
    }

    /** Closes the window, unless it has unsaved work the user chooses to keep (Save / Don't save / Cancel). */
    void requestClose() {
        project.guard(() -> {
            if (stage != null) {
                stage.close();
            }
        });
    }

    /** Lets the user choose a CSV file and opens it. */
    void chooseFile() {
        Path chosen = Dialogs.chooseDataFile(stage, services.settings().recentFiles());
        if (chosen != null) {
            open(chosen);
        }
    }

    javafx.stage.Window window() {
        return stage;
    }

    MenuBar menuBar() {
        return menus;
    }

    AppServices services() {
        return services;
    }

    public WorkbenchModel model() {
        return model;
    }

    ProjectViewModel projectViewModel() {
        return project;
    }

    PrepareViewModel prepareViewModel() {
        return prepare;
    }

    TrainViewModel trainViewModel() {
        return train;
    }

    TuneViewModel tuneViewModel() {
        return tune;
    }

    EvaluateViewModel evaluateViewModel() {
        return evaluate;
    }

    ExportViewModel exportViewModel() {
        return export;
    }

    /** Shows the Export step and returns its view; empty while no run has a model. */
    java.util.Optional<ExportView> exportView() {
        return select(Step.EXPORT) ? java.util.Optional.of((ExportView) steps.view(Step.EXPORT)) : java.util.Optional.empty();
    }

    /** Replaces the Export step's file choosers (tests answer with fixed paths); call before the step is first shown. */
    void useExportFiles(ExportFiles files) {
        this.exportFiles = files;
    }

    DataViewModel dataViewModel() {
        return data;
    }

    public BorderPane root() {
        return root;
    }
}
