package asyncscope.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.model.ResourceSeries;
import asyncscope.app.model.ResourceSeriesTest;
import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.Demos;
import asyncscope.app.ui.MainWindow;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The resources chart, headless: on a real Semaphore run it shows the value the series derives at the
 * playhead, draws the playhead where its time is, and a click seeks there; in the main window its tab
 * appears for a program with a semaphore and goes away for one without.
 */
@ExtendWith(ApplicationExtension.class)
class ResourceChartTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage = s;
        s.setScene(new Scene(new javafx.scene.layout.StackPane(), 1400, 900));
        s.show();
    }

    @Test
    void showsTheValueAtThePlayheadAndSeeksOnClick(FxRobot robot) {
        TraceModel m = new TraceModel(ResourceSeriesTest.semaphoreRun(4, 11), Map.of(), "");
        ResourceChart chart = new ResourceChart();
        int[] seeked = {-1};
        robot.interact(() -> {
            chart.setModel(m);
            chart.setOnSeek(p -> seeked[0] = p);
            stage.getScene().setRoot(chart);
        });
        assertTrue(chart.hasSeries());
        assertTrue(chart.isByTime(), "the requests sleep: time passes");
        ResourceSeries s = chart.series().get(0);
        assertEquals("0 of 4 in use", chart.valueText(0));
        // a position where four are in flight
        int full = -1;
        for (int i = 0; i < s.size() && full < 0; i++) {
            if (s.value(i) == 4) {
                full = s.eventIndex(i) + 1;
            }
        }
        int at = full;
        robot.interact(() -> chart.setPosition(at));
        assertEquals("4 of 4 in use", chart.valueText(0));
        assertEquals(m.event(at - 1).time(), chart.playheadTime());

        // the playhead is drawn (red) at its time, half way through the trace
        int mid = m.size() / 2;
        robot.interact(() -> chart.setPosition(mid));
        assertEquals(s.valueAt(mid) + " of 4 in use", chart.valueText(0));
        assertTrue(chart.playheadTime() > m.event(0).time(), "the middle of the run is later than its start");
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = chart.canvas().snapshot(null, null));
        double w = chart.getWidth();
        long t0 = m.event(0).time();
        long t1 = m.event(m.size() - 1).time();
        int px = (int) Math.round(56 + (double) (chart.playheadTime() - t0) / (t1 - t0) * (w - 56 - 24));
        Color c = img[0].getPixelReader().getColor(px, 60);
        assertTrue(c.getRed() > 0.6 && c.getGreen() < 0.4 && c.getBlue() < 0.4, "playhead colour " + c + " at x=" + px);

        // clicking three quarters along the axis seeks to the last event at or before that time
        robot.clickOn(chart, MouseButton.PRIMARY); // the centre of the chart
        long clicked = t0 + (long) ((w / 2 - 56) / (w - 80) * (t1 - t0));
        int p = seeked[0];
        assertTrue(p > 0 && p <= m.size(), "seek " + p);
        assertTrue(m.event(p - 1).time() <= clicked + (t1 - t0) / 100, "seek to the clicked time");
        assertTrue(p == m.size() || m.event(p).time() >= clicked - (t1 - t0) / 100);
    }

    @Test
    void theMainWindowShowsTheChartOnlyForRunsWithResources(FxRobot robot) throws Exception {
        MainWindow[] win = new MainWindow[1];
        robot.interact(() -> {
            win[0] = new MainWindow();
            stage.setScene(win[0].scene(1400, 900));
        });
        MainWindow w = win[0];
        TraceModel sem = run(robot, w, "Semaphore");
        assertTrue(w.bottomTabs().getTabs().stream().anyMatch(t -> t.getContent() == w.resourceChart()));
        assertEquals(1, w.resourceChart().series().size());
        robot.interact(() -> {
            w.playback().seek(sem.size() / 2);
            w.refreshNow();
        });
        ResourceSeries s = w.resourceChart().series().get(0);
        assertEquals(s.valueAt(sem.size() / 2) + " of 2 in use", w.resourceChart().valueText(0));
        // the demo only yields: no time passes, so the x axis is the event number and a click seeks by it
        assertFalse(w.resourceChart().isByTime());
        robot.interact(() -> w.bottomTabs().getSelectionModel().select(
                w.bottomTabs().getTabs().stream().filter(t -> t.getContent() == w.resourceChart()).findFirst().orElseThrow()));
        robot.interact(() -> w.playback().seek(0));
        robot.clickOn(w.resourceChart(), MouseButton.PRIMARY);
        double frac = (w.resourceChart().getWidth() / 2 - 56) / (w.resourceChart().getWidth() - 80);
        assertEquals(frac * sem.size(), w.playback().position(), 2.0, "a click in the middle seeks to the middle event");

        run(robot, w, "join!");
        assertFalse(w.resourceChart().hasSeries());
        assertFalse(w.bottomTabs().getTabs().stream().anyMatch(t -> t.getContent() == w.resourceChart()));
    }

    private static TraceModel run(FxRobot robot, MainWindow w, String title) throws Exception {
        var all = Demos.all();
        int idx = -1;
        for (int i = 0; i < all.size() && idx < 0; i++) {
            if (all.get(i).title().contains(title) && all.get(i).title().indexOf("100,000") < 0) {
                idx = i;
            }
        }
        int index = idx;
        TraceModel before = w.playback().model();
        robot.interact(() -> w.selectProgram(index));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !w.isRunning() && w.playback().model() != null && w.playback().model() != before);
        WaitForAsyncUtils.waitForFxEvents();
        return w.playback().model();
    }
}
