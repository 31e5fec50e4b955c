package org.mlpworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.ui.component.LinePlot;
import org.mlpworkbench.ui.component.ParallelCoordinates;
import org.mlpworkbench.ui.session.Step;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real window: the Tune step starts a search on Titanic, shows its trials live, and is cancelled. */
@ExtendWith(ApplicationExtension.class)
class TuneStepUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = UiTestSupport.start(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSearchStartsShowsItsTrialsAndIsCancelledKeepingThem(FxRobot robot) {
        robot.interact(() -> window.open(SampleData.file("titanic/train.csv")));
        waitUntil(30, () -> window.model().preparation() != null);
        robot.clickOn("#step-tune");
        assertThat(robot.lookup("#tune-view").tryQuery()).isPresent();
        robot.interact(() -> {
            var form = window.tuneViewModel().form();
            form.hidden.set("8; 16");
            form.maxEpochs.set("3");
            form.folds.set("2");
            form.minutes.set("10");
            form.trials.set("0");
            form.configurations.set("9");
        });
        robot.clickOn("#start-tune");
        waitUntil(10, () -> window.tuneViewModel().activeProperty().get());
        assertThat(robot.lookup("#cancel-tune").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#start-tune").queryAs(Button.class).isDisabled()).isTrue();
        waitUntil(120, () -> window.tuneViewModel().history().trials().size() >= 2);
        robot.clickOn("#cancel-tune");
        waitUntil(60, () -> !window.tuneViewModel().activeProperty().get());

        int kept = window.tuneViewModel().history().trials().size();
        assertThat(kept).as("rounds repeat for 10 minutes: only the cancel ended it").isGreaterThanOrEqualTo(2);
        TableView<Trial> table = robot.lookup("#trial-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(kept);
        assertThat(window.model().tune().ended()).isEqualTo("cancelled");
        assertThat(robot.lookup("#tune-progress-text").queryAs(Label.class).getText())
                .startsWith(kept + " trials · cancelled; every finished trial is kept");
        assertThat(robot.lookup("#tune-best-chart").queryAs(LinePlot.class).points("best so far")).hasSize(kept);
        assertThat(robot.lookup("#tune-parallel").queryAs(ParallelCoordinates.class).model().lines()).hasSize(kept);
        assertThat(robot.lookup("#step-tune").queryAs(javafx.scene.control.ToggleButton.class).getGraphic()
                .lookupAll(".step-status").stream().map(n -> ((Label) n).getText())).contains(kept + " trials");

        ParallelCoordinates plot = robot.lookup("#tune-parallel").queryAs(ParallelCoordinates.class);
        javafx.geometry.Bounds b = plot.localToScreen(plot.getBoundsInLocal());
        int scoreAxis = plot.model().axes().size() - 1;
        double x = b.getMaxX() - 46;
        robot.moveTo(new javafx.geometry.Point2D(x, b.getMinY() + 36)).press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(x, b.getMinY() + b.getHeight() / 2))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        assertThat(plot.bands()).as("a drag along the score axis keeps its upper half").containsOnlyKeys(scoreAxis);
        assertThat(plot.bands().get(scoreAxis).high()).isGreaterThan(0.95);
        assertThat(plot.bands().get(scoreAxis).low()).isBetween(0.3, 0.7);
        robot.clickOn(new javafx.geometry.Point2D(x, b.getMinY() + b.getHeight() / 2));
        assertThat(plot.bands()).as("a click on the axis clears its band").isEmpty();

        robot.clickOn("#train-with-trial");
        waitUntil(60, () -> window.trainViewModel().currentProperty().get() != null
                && !window.trainViewModel().activeProperty().get());
        assertThat(window.model().runs()).hasSize(1);
        assertThat(robot.lookup("#train-view").query().isVisible()).isTrue();
        assertThat(window.model().runs().get(0).settings().hiddenWidths())
                .isEqualTo(window.tuneViewModel().history().chosen().parameters().hidden());
        assertThat(Step.TUNE.number()).isEqualTo(3);
    }
}
