package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.model.Place;
import asyncscope.app.model.StageState;
import asyncscope.app.model.TraceModel;
import asyncscope.app.stage.StageLayout;
import asyncscope.engine.event.Payload;
import asyncscope.lessons.catalogue.Lesson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window, headless (Monocle): programs run off the UI thread, the stage draws exactly what the
 * model derives at the playhead while stepping forward and back, keys work, lessons open with rendered
 * narrative, and screenshots of every program and lesson land in target/screenshots/.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        window = TestWindows.open(s);
    }

    @BeforeEach
    void pausePlayback(FxRobot robot) {
        robot.interact(() -> window.playback().playingProperty().set(false));
    }

    /** The index in the Programs list of the program whose title contains {@code part}. */
    private static int idx(String part) {
        var all = asyncscope.app.scenario.Demos.all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).title().contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no program titled *" + part + "*");
    }

    private TraceModel runProgram(FxRobot robot, int index) throws Exception {
        TraceModel before = window.playback().model();
        robot.interact(() -> window.selectProgram(index));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !window.isRunning() && window.playback().model() != null && window.playback().model() != before);
        WaitForAsyncUtils.waitForFxEvents();
        return window.playback().model();
    }

    /** What the stage drew equals the model's state at the playhead, derived independently (stateAt). */
    private void assertStageShowsModel(FxRobot robot) {
        robot.interact(window::refreshNow);
        TraceModel m = window.playback().model();
        int at = window.playback().position();
        StageState truth = m.stateAt(at);
        StageLayout layout = window.stageView().layoutNow();
        assertNotNull(layout, "the stage painted");
        for (int ww = 0; ww < m.workers(); ww++) {
            final int w = ww;
            long running = truth.running(w);
            assertArrayEquals(running < 0 ? new long[0] : new long[] {running}, layout.queueTokens(Place.RUNNING, w),
                    "running on worker " + w + " at " + at);
            long lifo = truth.lifo(w);
            assertArrayEquals(lifo < 0 ? new long[0] : new long[] {lifo}, layout.queueTokens(Place.LIFO, w), "LIFO " + w + " at " + at);
            long[] local = truth.localQueue(w);
            long[] drawn = layout.queueTokens(Place.LOCAL, w);
            assertArrayEquals(Arrays.copyOf(local, drawn.length), drawn, "local queue " + w + " at " + at);
            int hidden = layout.overflow.entrySet().stream()
                    .filter(e -> e.getKey().kind().equals("queue") && e.getKey().lane() == w && e.getKey().title().equals("local queue"))
                    .mapToInt(java.util.Map.Entry::getValue).sum();
            assertEquals(local.length, drawn.length + hidden, "every queued task is drawn or counted, worker " + w);
        }
        long[] inject = truth.injectQueue();
        long[] drawnInject = layout.queueTokens(Place.INJECT, -1);
        assertArrayEquals(Arrays.copyOf(inject, drawnInject.length), drawnInject, "inject at " + at);
        long main = truth.mainRunning();
        assertArrayEquals(main < 0 ? new long[0] : new long[] {main}, layout.queueTokens(Place.RUNNING, -1), "block_on at " + at);
    }

    @Test
    void aProgramRunsAndTheStageMatchesTheModelStepByStepForwardAndBack(FxRobot robot) throws Exception {
        TraceModel m = runProgram(robot, idx("Uneven")); // uneven load -> stealing, 4 workers
        assertTrue(m.size() > 100);
        assertTrue(m.events().stream().anyMatch(e -> e.payload() instanceof Payload.Steal));
        // every one of the first 150 events, then every 5th (each check repaints the whole window)
        for (int i = 0; i < m.size(); i++) {
            robot.interact(() -> window.playback().stepForward());
            if (i < 150 || i % 5 == 0) {
                assertStageShowsModel(robot);
            }
        }
        assertEquals(m.size(), window.playback().position());
        for (int i = 0; i < 40; i++) {
            robot.interact(() -> window.playback().stepBack());
            assertStageShowsModel(robot);
        }
        // and with real key presses
        robot.clickOn(window.stageView());
        for (int i = 0; i < 5; i++) {
            int before = window.playback().position();
            robot.type(KeyCode.LEFT);
            assertEquals(before - 1, window.playback().position());
            assertStageShowsModel(robot);
        }
        for (int i = 0; i < 5; i++) {
            int before = window.playback().position();
            robot.type(KeyCode.RIGHT);
            assertEquals(before + 1, window.playback().position());
            assertStageShowsModel(robot);
        }
    }

    @Test
    void keyboardShortcutsDriveTheTransport(FxRobot robot) throws Exception {
        TraceModel m = runProgram(robot, idx("ping-pong"));
        robot.clickOn(window.stageView());
        robot.type(KeyCode.END);
        assertEquals(m.size(), window.playback().position());
        robot.type(KeyCode.HOME);
        assertEquals(0, window.playback().position());
        robot.type(KeyCode.RIGHT);
        assertEquals(1, window.playback().position());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        int poll = m.nextPollStart(1);
        assertEquals(poll + 1, window.playback().position(), "shift+right lands just after the next POLL_START");
        assertTrue(m.event(window.playback().position() - 1).payload() instanceof Payload.PollStart);
        robot.type(KeyCode.SPACE);
        assertTrue(window.playback().playingProperty().get());
        robot.type(KeyCode.SPACE);
        assertFalse(window.playback().playingProperty().get());
        robot.type(KeyCode.CLOSE_BRACKET);
        assertEquals(2.0, window.playback().speedProperty().get());
        robot.type(KeyCode.OPEN_BRACKET);
        robot.type(KeyCode.OPEN_BRACKET);
        assertEquals(0.5, window.playback().speedProperty().get());
        robot.type(KeyCode.F5);
        assertTrue(window.isPresenter());
        assertNull(window.root().getLeft(), "presenter mode shows only code, stage and transport");
        assertNull(window.root().getRight());
        robot.type(KeyCode.F5);
        assertFalse(window.isPresenter());
        assertNotNull(window.root().getLeft());
    }

    /** F5 into presenter mode hides the side panes, the lesson list with them; F5 from there comes back. */
    @Test
    void f5TogglesPresenterModeBothWaysFromTheLessonList(FxRobot robot) {
        robot.interact(() -> {
            window.leftTabs().getSelectionModel().select(1);
            window.lessonBrowser().tree().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F5);
        assertTrue(window.isPresenter());
        robot.type(KeyCode.F5);
        assertFalse(window.isPresenter(), "F5 brings the panes back");
        assertNotNull(window.root().getLeft());
    }

    @Test
    void playingAdvancesThePlayheadInBatchesAndStops(FxRobot robot) throws Exception {
        TraceModel m = runProgram(robot, idx("select!"));
        robot.interact(() -> {
            window.playback().speedProperty().set(8);
            window.playback().jumpToStart();
            window.playback().togglePlay();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.playback().position() == m.size());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.playback().playingProperty().get());
        assertStageShowsModel(robot);
        assertTrue(window.outputView().getItems().stream().anyMatch(s -> s.startsWith("from cache")),
                "the output tab shows what the program printed: " + window.outputView().getItems());
    }

    @Test
    void liveModeRecordsARealThreadedRun(FxRobot robot) throws Exception {
        runProgram(robot, idx("Uneven"));
        robot.interact(() -> ((javafx.scene.control.ToggleButton) robot.lookup("Live").query()).setSelected(true));
        TraceModel before = window.playback().model();
        robot.interact(window::runCurrent);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning() && window.playback().model() != before);
        TraceModel m = window.playback().model();
        assertEquals("live", m.settings().get("mode"));
        assertEquals("threaded", m.settings().get("driver"));
        assertTrue(window.statusLabel().getText().contains("(live)"), window.statusLabel().getText());
        robot.interact(() -> window.playback().jumpToEnd());
        assertStageShowsModel(robot);
        robot.interact(() -> ((javafx.scene.control.ToggleButton) robot.lookup("Simulated").query()).setSelected(true));
    }

    @Test
    void aBadSeedIsReportedAndNothingRuns(FxRobot robot) throws Exception {
        runProgram(robot, idx("ping-pong"));
        TraceModel before = window.playback().model();
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#seed").query()).setText("twelve"));
        robot.interact(window::runCurrent);
        assertTrue(window.statusLabel().getText().contains("seed must be a whole number"), window.statusLabel().getText());
        assertEquals(before, window.playback().model());
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#seed").query()).setText("1"));
    }

    @Test
    void eventLogFollowsThePlayheadAndFilters(FxRobot robot) throws Exception {
        TraceModel m = runProgram(robot, idx("join! — three futures"));
        robot.interact(() -> {
            window.playback().seek(10);
            window.refreshNow();
        });
        assertEquals(m.event(9), window.eventLog().table().getSelectionModel().getSelectedItem());
        robot.interact(() -> window.eventLog().kindFilter().getSelectionModel().select("POLL_START"));
        assertTrue(window.eventLog().table().getItems().stream().allMatch(e -> e.kind().name().equals("POLL_START")));
        assertEquals(m.events().stream().filter(e -> e.payload() instanceof Payload.PollStart).count(),
                window.eventLog().table().getItems().size());
        robot.interact(() -> window.eventLog().table().getSelectionModel().clearAndSelect(2));
        var chosen = window.eventLog().table().getItems().get(2);
        assertEquals(m.events().indexOf(chosen) + 1, window.playback().position(), "choosing a row moves the playhead");
        robot.interact(() -> window.eventLog().kindFilter().getSelectionModel().select("all kinds"));
    }

    @Test
    void clickingATokenInspectsThatTask(FxRobot robot) throws Exception {
        TraceModel m = runProgram(robot, idx("ping-pong"));
        int at = m.nextPollStart(5) + 1;
        robot.interact(() -> {
            window.playback().seek(at);
            window.refreshNow();
        });
        long running = m.event(at - 1).task();
        StageLayout.Token t = window.stageView().layoutNow().tokenOf(running);
        assertNotNull(t);
        var canvas = window.stageView().canvas();
        var p = canvas.localToScreen(t.x(), t.y());
        robot.clickOn(p);
        assertEquals(running, window.inspector().task());
        assertTrue(robot.lookup(".inspector-title").queryLabeled().getText().contains("task " + running));
    }

    @Test
    void clickingACodeLineSelectsTheTaskSpawnedThere(FxRobot robot) throws Exception {
        TraceModel m = runProgram(robot, idx("ping-pong")); // ping (line 3) and pong (line 9)
        robot.interact(() -> {
            window.playback().seek(m.size() / 2);
            window.refreshNow();
        });
        long pong = m.tasks().all().stream().filter(t -> t.name().equals("pong")).findFirst().orElseThrow().id();
        robot.interact(() -> {
            window.codeView().area().moveTo(8, 4); // line 9 (0-based paragraph 8)
            window.codeView().area().fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                    0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null));
        });
        assertEquals(pong, window.inspector().task());
        assertTrue(window.codeView().lineStyles(9).contains("task-line"), "pong's line is lit while it is alive");
    }

    @Test
    void lessonsOpenWithRenderedNarrativeAndTheirProgram(FxRobot robot) {
        robot.interact(() -> window.leftTabs().getSelectionModel().select(1));
        var tree = window.lessonBrowser().tree();
        int n = 0;
        for (TreeItem<Object> item : tree.getRoot().getChildren()) {
            {
                Lesson l = (Lesson) item.getValue();
                robot.interact(() -> tree.getSelectionModel().select(item));
                var runs = window.lessonBrowser().narrative().getChildren();
                assertTrue(runs.size() > 5);
                String text = runs.stream().map(x -> ((Text) x).getText()).reduce("", String::concat);
                assertFalse(text.contains("**") || text.contains("## "), "Markdown is rendered, not shown raw");
                assertTrue(runs.stream().anyMatch(x -> x.getStyleClass().contains("md-h1")));
                assertEquals(l.program(), window.codeView().area().getText());
                assertNull(window.playback().model(), "a lesson cannot run yet, so no stale run is shown");
                n++;
            }
        }
        assertEquals(asyncscope.lessons.catalogue.LessonCatalogue.builtIn().lessons().size(), n, "every lesson is in the list");
    }

    @Test
    void screenshotsOfEveryProgramAndLesson(FxRobot robot) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        for (int i = 0; i < asyncscope.app.scenario.Demos.all().size(); i++) {
            TraceModel m = runProgram(robot, i);
            int mid = Math.max(1, m.nextPollStart(m.size() / 3) + 1);
            robot.interact(() -> {
                window.playback().seek(mid);
                window.refreshNow();
            });
            if (i == idx("Semaphore")) { // the semaphore demo: stop where a line is waiting for permits
                int line = -1;
                for (int k = 0; k < m.size() && line < 0; k++) {
                    if (m.event(k).payload() instanceof Payload.Resource r && r.detail().matches(".*waiting=\\[\\d+, \\d+.*")) {
                        line = k + 1;
                    }
                }
                int stop = line;
                robot.interact(() -> {
                    window.playback().seek(stop);
                    window.refreshNow();
                });
                assertTrue(window.stageView().layoutNow().boxOfKind("resources") != null, "the semaphore has a widget");
            }
            snap(robot, dir.resolve("program-" + i + ".png"));
        }
        robot.interact(window::togglePresenter);
        robot.interact(window::refreshNow);
        snap(robot, dir.resolve("presenter.png"));
        robot.interact(window::togglePresenter);
        robot.interact(() -> window.leftTabs().getSelectionModel().select(1));
        var tree = window.lessonBrowser().tree();
        for (TreeItem<Object> item : tree.getRoot().getChildren()) {
            {
                robot.interact(() -> tree.getSelectionModel().select(item));
                snap(robot, dir.resolve("lesson-" + ((Lesson) item.getValue()).id() + ".png"));
            }
        }
        Path png = dir.resolve("stage-export.png");
        robot.interact(() -> {
            try {
                window.writeStagePng(png);
            } catch (java.io.IOException e) {
                throw new RuntimeException(e);
            }
        });
        assertTrue(Files.size(png) > 1000);
        assertNotNull(ImageIO.read(png.toFile()));
    }

    private void snap(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                var img = stage.getScene().snapshot(null);
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new RuntimeException(e);
            }
        });
        assertTrue(Files.size(file) > 10_000, file + " has content");
    }
}
