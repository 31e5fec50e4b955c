package org.mlpworkbench.ui;

import org.mlpworkbench.ui.session.Step;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.beans.binding.Bindings;
import org.mlpworkbench.metrics.ThresholdMetric;
import org.mlpworkbench.ui.evaluate.EvaluateView;
import org.mlpworkbench.ui.evaluate.EvaluateViewModel;
import org.mlpworkbench.ui.project.ProjectViewModel;
import org.mlpworkbench.ui.data.SampleItems;
import org.mlpworkbench.ui.session.SampleFiles;
import org.mlpworkbench.ui.session.Settings;
import org.mlpworkbench.ui.train.TrainViewModel;

/**
 * The menu bar. Every action of the application is here with a mnemonic, and the frequent ones with
 * an accelerator; the keyboard-shortcut help is generated from these menus.
 */
final class AppMenus {

    private AppMenus() {
    }

    static MenuBar create(MainWindow window, AppServices services) {
        MenuBar bar = new MenuBar(fileMenu(window, services), viewMenu(window, services.settings()),
                trainMenu(window), evaluateMenu(window), exportMenu(window), helpMenu(window));
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu fileMenu(MainWindow window, AppServices services) {
        MenuItem open = item("_Open CSV…", "Shortcut+O", window::chooseFile);
        open.setId("menu-open");
        Menu file = new Menu("_File");
        file.getItems().add(open);
        services.sampleFolder().map(SampleFiles::list).filter(list -> !list.isEmpty()).ifPresent(samples -> {
            Menu menu = new Menu("Open _sample");
            menu.setId("menu-samples");
            menu.getItems().setAll(SampleItems.of(samples, window::openSample));
            file.getItems().add(menu);
        });
        file.getItems().add(recentMenu(window, services.settings()));
        ProjectViewModel project = window.projectViewModel();
        MenuItem openProject = item("Open _project…", "Shortcut+Shift+O", project::open);
        openProject.setId("menu-open-project");
        MenuItem save = item("Sa_ve project", "Shortcut+S", () -> project.save(() -> { }));
        save.setId("menu-save-project");
        MenuItem saveAs = item("Save project _as…", "Shortcut+Shift+S", () -> project.saveAs(() -> { }));
        saveAs.setId("menu-save-project-as");
        for (MenuItem m : List.of(openProject, save, saveAs)) {
            m.disableProperty().bind(project.busyProperty());
        }
        file.getItems().addAll(new SeparatorMenuItem(), openProject, save, saveAs,
                new SeparatorMenuItem(), item("_Quit", "Shortcut+Q", window::requestClose));
        return file;
    }

    private static Menu recentMenu(MainWindow window, Settings settings) {
        Menu recent = new Menu("Open _recent");
        recent.setId("menu-recent");
        Runnable rebuild = () -> {
            recent.getItems().clear();
            List<Path> files = List.copyOf(settings.recentFiles());
            for (int i = 0; i < files.size(); i++) {
                Path path = files.get(i);
                String prefix = i < 9 ? "_" + (i + 1) + "  " : "   ";
                MenuItem item = new MenuItem(prefix + path.getFileName() + "   —   " + path.getParent());
                item.setOnAction(e -> window.open(path));
                recent.getItems().add(item);
            }
            if (!files.isEmpty()) {
                recent.getItems().addAll(new SeparatorMenuItem(), item("_Clear list", null, settings.recentFiles()::clear));
            }
            recent.setDisable(files.isEmpty());
        };
        settings.recentFiles().addListener((ListChangeListener<Path>) c -> rebuild.run());
        rebuild.run();
        return recent;
    }

    private static Menu viewMenu(MainWindow window, Settings settings) {
        Menu view = new Menu("_View");
        for (Step step : Step.values()) {
            MenuItem go = item("_" + step.number() + "  " + step.title(), "Shortcut+" + step.number(),
                    () -> window.select(step));
            go.setId("menu-step-" + step.name().toLowerCase(java.util.Locale.ROOT));
            go.disableProperty().bind(window.availability(step).not());
            view.getItems().add(go);
        }
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("menu-dark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(settings.darkThemeProperty());
        view.getItems().addAll(new SeparatorMenuItem(), dark);
        return view;
    }

    private static Menu trainMenu(MainWindow window) {
        TrainViewModel train = window.trainViewModel();
        MenuItem start = item("_Start training", "Shortcut+Enter", () -> {
            window.select(Step.TRAIN);
            train.start();
        });
        start.setId("menu-start");
        start.disableProperty().bind(train.canStart().not());
        MenuItem pause = item("_Pause / resume", "F6", () -> {
            if (train.pausedProperty().get()) {
                train.resume();
            } else {
                train.pause();
            }
        });
        pause.disableProperty().bind(train.activeProperty().not());
        MenuItem stop = item("S_top training", "Shift+F5", train::stop);
        stop.disableProperty().bind(train.activeProperty().not());
        MenuItem find = item("_Find learning rate", "Shortcut+L", () -> {
            window.select(Step.TRAIN);
            train.findLearningRate();
        });
        find.disableProperty().bind(train.canStart().not());
        Menu menu = new Menu("_Train", null, start, pause, stop, new SeparatorMenuItem(), find);
        menu.setId("menu-train");
        return menu;
    }

    private static Menu evaluateMenu(MainWindow window) {
        EvaluateViewModel evaluate = window.evaluateViewModel();
        // no mnemonic: every letter of "Evaluate" already opens a menu or focuses a field of the Train step
        Menu menu = new Menu("Evaluate");
        menu.setId("menu-evaluate");
        String[][] best = {{"Best threshold by _accuracy", "Shortcut+Shift+A", "ACCURACY"},
            {"Best threshold by _F1", "Shortcut+Shift+F", "F1"},
            {"Best threshold by _balanced accuracy", "Shortcut+Shift+B", "BALANCED_ACCURACY"}};
        for (String[] b : best) {
            ThresholdMetric metric = ThresholdMetric.valueOf(b[2]);
            MenuItem item = item(b[0], b[1], () -> {
                window.select(Step.EVALUATE);
                evaluate.best(metric);
            });
            item.setId("menu-best-" + b[2].toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.disableProperty().bind(evaluate.explorerProperty().isNull());
            menu.getItems().add(item);
        }
        MenuItem perLabel = item("Best threshold _per label (F1)", "Shortcut+Shift+L", () -> {
            window.select(Step.EVALUATE);
            evaluate.bestPerLabel(ThresholdMetric.F1);
        });
        perLabel.disableProperty().bind(Bindings.createBooleanBinding(() -> evaluate.explorerProperty().get() == null
                || !evaluate.explorerProperty().get().isMultiLabel(), evaluate.explorerProperty()));
        MenuItem reset = item("_Reset threshold to 0.5", "Shortcut+Shift+R", evaluate::resetThreshold);
        reset.disableProperty().bind(evaluate.explorerProperty().isNull());
        MenuItem copy = item("_Copy metrics", "Shortcut+Shift+C", () -> EvaluateView.copyMetrics(evaluate));
        copy.setId("menu-copy-metrics");
        copy.disableProperty().bind(evaluate.scoredProperty().isNull());
        menu.getItems().addAll(perLabel, reset, new SeparatorMenuItem(), copy);
        return menu;
    }

    private static Menu exportMenu(MainWindow window) {
        MenuItem bundle = item("Save model _bundle…", "Shortcut+B", () -> window.exportView().ifPresent(v -> v.saveBundle()));
        bundle.setId("menu-save-bundle");
        MenuItem weights = item("Export _weights…", "Shortcut+E", () -> window.exportView().ifPresent(v -> v.exportWeights()));
        weights.setId("menu-export-weights");
        MenuItem predict = item("_Predict a CSV file…", "Shortcut+Shift+P",
                () -> window.exportView().ifPresent(v -> v.choosePredictionInput()));
        predict.setId("menu-predict");
        Menu menu = new Menu("E_xport", null, bundle, weights, new SeparatorMenuItem(), predict);
        menu.setId("menu-export");
        for (MenuItem item : List.of(bundle, weights, predict)) {
            item.disableProperty().bind(window.availability(Step.EXPORT).not());
        }
        return menu;
    }

    private static Menu helpMenu(MainWindow window) {
        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item("_Keyboard shortcuts and steps", "F1", () -> HelpDialog.showShortcuts(window)),
                item("_About MLP Workbench", null, () -> HelpDialog.showAbout(window)));
        return help;
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
