package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.model.Place;
import asyncscope.app.model.StageState;
import asyncscope.app.model.StateNames;
import asyncscope.app.model.TaskInfo;
import asyncscope.app.model.TaskStatus;
import asyncscope.app.model.TraceModel;
import asyncscope.app.stage.StageLayout;
import asyncscope.engine.event.Payload;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lessons run in the window (headless): each of the four opens, runs its Rust-lite program on the engine,
 * and while stepping forward and back the stage shows what the model derives, the code view lights the
 * .await line each live task is suspended at and the inspector names the states; an edit with errors
 * underlines them and lists them at the right line and column; Reset restores the program; Stop ends a
 * program that runs forever; saved traces reopen and a corrupt one is reported in a dialog.
 */
@ExtendWith(ApplicationExtension.class)
class LessonRunTest {
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

    private static List<Lesson> lessons() {
        return LessonCatalogue.builtIn().lessons();
    }

    private void open(FxRobot robot, Lesson l) {
        robot.interact(() -> window.openLesson(l));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses Run and waits for the run to end; returns the model shown (null when nothing was loaded). */
    private TraceModel run(FxRobot robot) throws Exception {
        TraceModel before = window.playback().model();
        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        TraceModel m = window.playback().model();
        return m == before ? null : m;
    }

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
            // a stage that draws fewer tokens than are queued must count the rest (above 200 tasks: a bar with the count)
            int hidden = layout.overflow.entrySet().stream()
                    .filter(e -> e.getKey().kind().equals("queue") && e.getKey().lane() == w && e.getKey().title().equals("local queue"))
                    .mapToInt(java.util.Map.Entry::getValue).sum() + barCount(layout, "local queue", layout.laneBox(w));
            assertEquals(local.length, drawn.length + hidden, "every queued task is drawn or counted, worker " + w + " at " + at);
        }
        long[] inject = truth.injectQueue();
        long[] drawnInject = layout.queueTokens(Place.INJECT, -1);
        if (layout.aggregated && layout.boxOfKind("inject") != null) {
            assertEquals(truth.injectSize(), barCount(layout, "inject queue", layout.boxOfKind("inject")), "inject bar at " + at);
        }
        assertArrayEquals(Arrays.copyOf(inject, drawnInject.length), drawnInject, "inject at " + at);
        long main = truth.mainRunning();
        assertArrayEquals(main < 0 ? new long[0] : new long[] {main}, layout.queueTokens(Place.RUNNING, -1), "block_on at " + at);
        // the code view lights, for each live program task, the .await line it is suspended at
        StateNames names = NAMES.computeIfAbsent(m, x -> new StateNames(
                asyncscope.app.scenario.LessonSources.stateNamesOf(x.settings(), x.program()).isEmpty() ? java.util.Map.of() : compiledMachines(x)));
        for (TaskInfo t : m.tasks().all()) {
            TaskStatus st = truth.status(t.index());
            int line = names.awaitLine(t.name(), truth.stateMachineState(t.index()));
            // (above TaskLines.MAX_TASKS tasks the code view is not lit at all: a line per task says nothing then)
            if (line > 0 && st != TaskStatus.NEW && !st.isFinished() && m.tasks().size() <= TaskLines.MAX_TASKS) {
                assertTrue(window.codeView().lineStyles(line).contains("task-line"),
                        "line " + line + " lit for " + t.name() + " at " + at + ": " + window.codeView().lineStyles(line));
            }
        }
    }

    /** The count on the bar titled {@code title} inside {@code box} (0 when the stage draws tokens, not bars). */
    private static int barCount(StageLayout layout, String title, StageLayout.Box box) {
        if (box == null) {
            return 0;
        }
        return layout.bars.stream().filter(b -> b.title().equals(title) && b.y() >= box.y() && b.y() < box.y() + box.h())
                .mapToInt(StageLayout.Bar::count).sum();
    }

    /** Each run's state names, compiled once and shared by every check of that run (compiling is the slow part). */
    private static final java.util.Map<TraceModel, StateNames> NAMES = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private static java.util.Map<String, List<String>> compiledMachines(TraceModel m) {
        return asyncscope.lessons.rustlite.RustLite.compile("main.rs", m.program()).stateMachines();
    }

    @Test
    void eachLessonRunsAnimatesAndStepsForwardAndBack(FxRobot robot) throws Exception {
        for (Lesson l : lessons()) {
            open(robot, l);
            assertEquals(l.program(), window.codeView().area().getText());
            assertTrue(window.codeView().area().isEditable(), "a lesson's program is editable");
            TraceModel m = run(robot);
            assertNotNull(m, l.id() + " ran: " + window.statusLabel().getText());
            assertTrue(window.statusLabel().getText().contains("finished"), window.statusLabel().getText());
            assertEquals("rust-lite", m.settings().get("language"));
            assertTrue(m.events().stream().anyMatch(e -> e.payload() instanceof Payload.PollEnd pe && !pe.ready()),
                    l.id() + " suspends");
            // step through the first 30 events one by one (every event: the lesson's stop-at off), checking the
            // stage after steps 1, 11 and 21; the steps between two checks go in one trip to the FX thread
            robot.interact(() -> window.lessonStopsButton().setSelected(false));
            int n = Math.min(m.size(), 30);
            for (int i = 0; i < n; i += 10) {
                int from = i;
                robot.interact(() -> window.playback().stepForward());
                assertEquals(from + 1, window.playback().position());
                assertStageShowsModel(robot);
                robot.interact(() -> {
                    for (int k = from + 1; k < Math.min(n, from + 10); k++) {
                        window.playback().stepForward();
                    }
                });
            }
            assertEquals(n, window.playback().position());
            for (int i = 0; i < 3; i++) {
                robot.interact(() -> window.playback().stepBack());
                assertStageShowsModel(robot);
            }
            // and with the lesson's stop-at on, → stops only at its kinds
            robot.interact(() -> window.lessonStopsButton().setSelected(true));
            if (!l.stopAt().isEmpty()) {
                robot.interact(() -> window.playback().stepForward());
                int p = window.playback().position();
                assertTrue(p == m.size() || l.stopAt().contains(m.event(p - 1).kind()), l.id() + ": stopped at " + m.event(p - 1).kind());
                assertStageShowsModel(robot);
            }
            // a third of the way in, the main task's states are named in the inspector
            int mid = Math.max(1, m.nextPollStart(m.size() / 3) + 1);
            long mainId = m.tasks().all().stream().filter(t -> t.name().equals("main")).findFirst().orElseThrow().id();
            robot.interact(() -> {
                window.playback().seek(mid);
                window.refreshNow();
                window.stageView().select(mainId);
            });
            robot.interact(() -> window.inspector().show(m, window.playback().state(), mainId));
            List<String> shown = window.inspector().lookupAll(".label").stream()
                    .filter(x -> x.getStyleClass().contains("state") || x.getStyleClass().contains("state-current"))
                    .map(x -> ((Label) x).getText()).toList();
            assertTrue(shown.contains("Unresumed") && shown.stream().anyMatch(s -> s.matches("Suspend0 \\(\\.await at \\d+:\\d+\\)")),
                    l.id() + ": " + shown);
            assertStageShowsModel(robot); // (ScreenshotsTest writes every lesson's screenshots, run a third in)
            // at the end, the output pane shows everything the program printed
            robot.interact(() -> {
                window.playback().jumpToEnd();
                window.refreshNow();
            });
            long printed = m.events().stream().filter(e -> e.payload() instanceof Payload.Output).count();
            assertEquals(printed, window.outputView().getItems().size(), l.id());
        }
    }

    @Test
    void compileErrorsAreUnderlinedListedAndResetRestoresTheProgram(FxRobot robot) throws Exception {
        Lesson l = lessons().get(0);
        open(robot, l);
        List<String> lines = new java.util.ArrayList<>(l.program().lines().toList());
        int mainLine = 0;
        while (!lines.get(mainLine).contains("async fn main")) {
            mainLine++;
        }
        lines.add(mainLine + 1, "    let oops = ;");
        lines.add(mainLine + 2, "    let fine = 1 + ;");
        String broken = String.join("\n", lines) + "\n";
        robot.interact(() -> window.codeView().area().replaceText(broken));
        TraceModel before = window.playback().model();
        assertEquals(null, run(robot), "nothing runs");
        assertSame(before, window.playback().model());
        List<Diagnostic> ds = window.problemsStrip().getItems();
        assertTrue(window.problemsStrip().isVisible());
        assertTrue(ds.size() >= 2, "both errors are listed: " + ds);
        int errLine = mainLine + 2; // 1-based line of "let oops = ;"
        assertEquals(errLine, ds.get(0).line(), ds.toString());
        assertEquals(16, ds.get(0).column(), "the `;` where an expression was expected: " + ds);
        assertEquals(errLine + 1, ds.get(1).line(), ds.toString());
        assertTrue(window.statusLabel().getText().contains("does not compile"), window.statusLabel().getText());
        // underlined at the column, with the message there
        int at = window.codeView().offsetOf(errLine, 16);
        assertTrue(window.codeView().area().getStyleOfChar(at).contains("compile-error"));
        assertFalse(window.codeView().area().getStyleOfChar(window.codeView().offsetOf(errLine, 5)).contains("compile-error"));
        assertEquals(errLine + ":16  " + ds.get(0).message(), window.codeView().problemAt(at));
        String row = robot.lookup("#problems .list-cell").queryAll().stream().map(c -> ((javafx.scene.control.Labeled) c).getText())
                .filter(t -> t != null).findFirst().orElseThrow();
        assertEquals("main.rs:" + errLine + ":16: " + ds.get(0).message(), row);
        // clicking the second problem moves the caret there
        robot.interact(() -> window.problemsStrip().choose(1));
        assertEquals(errLine, window.codeView().area().getCurrentParagraph());
        assertEquals(ds.get(1).column() - 1, window.codeView().area().getCaretColumn());
        // Reset restores the lesson's program, which runs again
        robot.clickOn("#reset");
        assertEquals(l.program(), window.codeView().area().getText());
        assertFalse(window.problemsStrip().isVisible());
        TraceModel m = run(robot);
        assertNotNull(m);
        // typing in the editor edits the program; space and arrows do not drive the playback there
        robot.interact(() -> window.playback().seek(5));
        robot.clickOn(window.codeView());
        robot.type(javafx.scene.input.KeyCode.SPACE);
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertFalse(window.playback().playingProperty().get());
        assertEquals(5, window.playback().position());
        assertEquals(l.program().length() + 1, window.codeView().area().getText().length());
    }

    @Test
    void anEditedProgramRunsAndStopEndsOneThatRunsForever(FxRobot robot) throws Exception {
        open(robot, lessons().get(0));
        String forever = "use tokio::time::{sleep, Duration};\n#[tokio::main]\nasync fn main() {\n    let mut i = 0;\n"
                + "    loop {\n        sleep(Duration::from_millis(5)).await;\n        i += 1;\n        if i % 50 == 0 { println!(\"tick {i}\"); }\n    }\n}\n";
        robot.interact(() -> {
            window.codeView().area().replaceText(forever);
            ((javafx.scene.control.ToggleButton) robot.lookup("Live").query()).setSelected(true);
        });
        robot.clickOn("#run");
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isRunning(), window.statusLabel().getText());
        robot.clickOn("#stop");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !window.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.statusLabel().getText().contains("STOPPED"), window.statusLabel().getText());
        assertEquals(forever, window.codeView().area().getText(), "the edit stays");
        robot.interact(() -> {
            window.playback().jumpToEnd();
            window.refreshNow();
        });
        var out = window.outputView();
        int last = out.getItems().size() - 1;
        assertTrue(out.getItems().get(last).contains("cancelled"), out.getItems().toString());
        assertTrue(out.isStderr(last));
        assertTrue(out.getItems().stream().anyMatch(s -> s.startsWith("tick 50")));
        robot.interact(() -> ((javafx.scene.control.ToggleButton) robot.lookup("Simulated").query()).setSelected(true));
    }

    @Test
    void savedTracesReopenAndCorruptOnesAreReported(FxRobot robot, @TempDir Path tmp) throws Exception {
        Lesson l = lessons().get(1);
        open(robot, l);
        TraceModel m = run(robot);
        assertNotNull(m);
        Path good = tmp.resolve("select.trace");
        Path json = tmp.resolve("select.json");
        robot.interact(() -> {
            try {
                window.writeTrace(good);
                window.writeChromeTrace(json);
            } catch (java.io.IOException e) {
                throw new RuntimeException(e);
            }
        });
        assertTrue(Files.readString(json).contains("traceEvents"));
        // truncated and garbage files: a dialog with the reader's message, the window keeps its trace
        byte[] bytes = Files.readAllBytes(good);
        Path cut = tmp.resolve("cut.trace");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        Path junk = tmp.resolve("junk.trace");
        Files.writeString(junk, "this is not a trace\n");
        for (Path bad : List.of(cut, junk)) {
            AtomicReference<Alert> alert = new AtomicReference<>(openTrace(robot, bad));
            assertNotNull(alert.get(), bad + " is reported");
            String msg = alert.get().getContentText();
            try {
                asyncscope.engine.event.TraceFile.read(bad);
                throw new AssertionError("the reader accepted " + bad);
            } catch (asyncscope.engine.event.TraceFormatException e) {
                assertEquals(e.getMessage(), msg);
            }
            assertTrue(window.statusLabel().getText().startsWith("Cannot open " + bad.getFileName()));
            assertSame(m, window.playback().model());
            robot.interact(() -> alert.get().close());
        }
        // the good file opens: same events, program in the code view, states named again
        assertEquals(null, openTrace(robot, good));
        TraceModel back = window.playback().model();
        assertEquals(m.size(), back.size());
        assertEquals(m.events(), back.events());
        assertEquals(l.program(), window.codeView().area().getText());
        assertFalse(window.codeView().area().isEditable());
        robot.interact(() -> {
            window.playback().seek(back.nextPollStart(back.size() / 2) + 1);
            window.refreshNow();
        });
        assertStageShowsModel(robot);
    }

    /** Opens a trace as File › Open… does and waits for it: the dialog shown, or null when it opened. */
    private Alert openTrace(FxRobot robot, Path file) throws Exception {
        AtomicReference<java.util.concurrent.CompletableFuture<Alert>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.openTrace(file)));
        Alert a = f.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return a;
    }
}
