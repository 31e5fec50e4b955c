package org.mlpworkbench.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Chart repaints wait for a later pulse and are spread one chart per pulse; a resize paints at once. */
@ExtendWith(ApplicationExtension.class)
class CanvasChartTest {

    /** Records the pulse number of each paint. */
    static final class Probe extends CanvasChart {
        final List<Long> paintedAt = new ArrayList<>();
        final long[] pulse;

        Probe(long[] pulse) {
            this.pulse = pulse;
            setPrefSize(200, 100);
        }

        @Override
        protected void paint(GraphicsContext g, double width, double height) {
            paintedAt.add(pulse[0]);
            g.clearRect(0, 0, width, height);
        }

        void change() {
            redraw();
        }
    }

    private final long[] pulse = new long[1];
    private final List<Probe> charts = List.of(new Probe(pulse), new Probe(pulse), new Probe(pulse));

    @Start
    void start(Stage stage) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse[0]++;
            }
        }.start();
        stage.setScene(new Scene(new VBox(charts.toArray(new Probe[0])), 300, 400));
        stage.show();
    }

    @Test
    void changesOfSeveralChartsArePaintedInSeparateLaterPulses(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        charts.forEach(c -> assertThat(c.paintedAt).as("painted on first layout").isNotEmpty());
        long[] requestedAt = new long[1];
        robot.interact(() -> {
            charts.forEach(c -> c.paintedAt.clear());
            requestedAt[0] = pulse[0];
            charts.forEach(Probe::change);
            charts.forEach(Probe::change);
            assertThat(charts).allMatch(c -> c.paintedAt.isEmpty());
        });
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        List<Long> pulses = charts.stream().map(c -> {
            assertThat(c.paintedAt).as("each chart painted once for two changes").hasSize(1);
            return c.paintedAt.get(0);
        }).toList();
        assertThat(pulses).allMatch(p -> p >= requestedAt[0]).doesNotHaveDuplicates();
    }

    @Test
    void pendingPaintsCanBeForcedBeforeASnapshot(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            charts.forEach(c -> c.paintedAt.clear());
            charts.forEach(Probe::change);
            CanvasChart.paintPending();
            assertThat(charts).allMatch(c -> c.paintedAt.size() == 1);
        });
    }

    @Test
    void aResizePaintsAtOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Probe first = charts.get(0);
            first.paintedAt.clear();
            first.resize(250, 120);
            first.layout();
            assertThat(first.paintedAt).hasSize(1);
        });
    }
}
