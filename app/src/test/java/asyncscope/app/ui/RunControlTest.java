package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.scenario.Demos;
import asyncscope.app.scenario.RunControl;
import asyncscope.app.scenario.RunSettings;
import asyncscope.app.scenario.ScaleDemo;
import asyncscope.app.scenario.Scenario;
import asyncscope.engine.event.Trace;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Run and Stop always come back to a usable window: a long run shows its progress over a cleared stage and
 * stops on Stop; a run that ignores Stop is abandoned with a message and Run returns; a run that throws an
 * Error is reported; a lesson compiles off the UI thread and every way it can fail — a compiler crash on a
 * deeply nested program, settings the program contradicts — is a problem in the problems strip.
 */
@ExtendWith(ApplicationExtension.class)
class RunControlTest {
    private MainWindow window;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage s) {
        window = TestWindows.open(s);
        Thread.UncaughtExceptionHandler old = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            fxErrors.add(e);
            old.uncaughtException(t, e);
        });
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        release.countDown();
        RunJob.abandonAfterMillis = 5_000;
        assertEquals(List.of(), fxErrors, "nothing was thrown on the UI thread");
    }

    /** A program whose Java body ignores the run's control: it waits for the test, whatever Stop says. */
    private Scenario stubborn() {
        return new Scenario() {
            @Override
            public String title() {
                return "Stubborn";
            }

            @Override
            public String summary() {
                return "ignores Stop";
            }

            @Override
            public String source() {
                return "fn main() { loop {} }";
            }

            @Override
            public RunSettings defaults() {
                return RunSettings.simulated(1, 1);
            }

            @Override
            public Trace run(RunSettings settings, RunControl control) throws Exception {
                release.await(10, TimeUnit.MINUTES);
                return new Trace(java.util.Map.of(), "", List.of());
            }
        };
    }

    private Button runButton(FxRobot robot) {
        return robot.lookup("#run").queryButton();
    }

    @Test
    void aRunThatIgnoresStopIsAbandonedAndRunComesBack(FxRobot robot) throws Exception {
        RunJob.abandonAfterMillis = 400;
        robot.interact(() -> window.showProgram(stubborn()));
        assertTrue(window.isRunning());
        assertTrue(runButton(robot).isDisabled());
        robot.clickOn("#stop");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.statusLabel().getText().contains("did not stop within 0 s of Stop (it ignores cancellation): it was abandoned"),
                window.statusLabel().getText());
        assertFalse(runButton(robot).isDisabled(), "Run is back");
        assertTrue(robot.lookup("#stop").queryButton().isDisabled());
        // and the window is usable: another program runs and shows
        int i = indexOf("Uneven");
        robot.interact(() -> window.selectProgram(i));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning() && window.playback().model() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.statusLabel().getText().startsWith("\"Uneven"), window.statusLabel().getText());
        release.countDown(); // the abandoned run ends now: its result is dropped
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.statusLabel().getText().startsWith("\"Uneven"), "the abandoned run's end changes nothing");
    }

    @Test
    void aRunThatThrowsAnErrorIsReportedAndRunComesBack(FxRobot robot) throws Exception {
        Scenario broken = new Scenario() {
            @Override
            public String title() {
                return "Broken";
            }

            @Override
            public String summary() {
                return "throws";
            }

            @Override
            public String source() {
                return "";
            }

            @Override
            public RunSettings defaults() {
                return RunSettings.simulated(1, 1);
            }

            @Override
            public Trace run(RunSettings settings, RunControl control) {
                throw new StackOverflowError("deep");
            }
        };
        robot.interact(() -> window.showProgram(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The run failed: java.lang.StackOverflowError: deep", window.statusLabel().getText());
        assertFalse(runButton(robot).isDisabled());
    }

    /** The 100,000-task demo: the old stage is cleared, progress is shown while its view is built, Stop ends it. */
    @Test
    void aLongRunShowsProgressOverAClearedStageAndStops(FxRobot robot) throws Exception {
        int small = indexOf("Uneven");
        robot.interact(() -> window.selectProgram(small));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning() && window.playback().model() != null);
        int big = indexOf("100,000");
        robot.interact(() -> window.selectProgram(big));
        assertNull(window.playback().model(), "the previous run's stage is cleared at once");
        RunProgressPane pane = robot.lookup("#run-progress").queryAs(RunProgressPane.class);
        assertTrue(pane.isVisible());
        Pattern modelling = Pattern.compile("Preparing the view of \"Scale: 100,000 tasks\" … ([\\d,]+) of ([\\d,]+) events \\(.*");
        String[] seen = new String[2];
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            String t = pane.text();
            if (t.startsWith("Running \"Scale: 100,000 tasks\" … ")) {
                seen[0] = t;
            }
            Matcher m = modelling.matcher(t);
            if (m.matches() && Integer.parseInt(m.group(1).replace(",", "")) > 0) {
                seen[1] = t;
                return true;
            }
            return false;
        });
        assertTrue(window.isRunning());
        assertNull(window.playback().model());
        long t0 = System.nanoTime();
        robot.clickOn("#stop");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(System.nanoTime() - t0 < 4_000_000_000L, "the model build stops within seconds, not at its end");
        assertEquals("\"Scale: 100,000 tasks\" was stopped before it finished; press Run to run it again.", window.statusLabel().getText());
        assertNull(window.playback().model());
        assertFalse(pane.isVisible());
        assertFalse(runButton(robot).isDisabled());
    }

    @Test
    void aLessonCompilesOffTheUiThreadAndADeeplyNestedProgramIsAProblem(FxRobot robot) throws Exception {
        Lesson l = LessonCatalogue.builtIn().lessons().get(0);
        robot.interact(() -> window.openLesson(l));
        int depth = 100_000;
        String deep = "#[tokio::main]\nasync fn main() {\n    let x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";\n}\n";
        robot.interact(() -> window.codeView().area().replaceText(deep));
        robot.interact(() -> window.runCurrent());
        CompletableFuture<Boolean> ping = new CompletableFuture<>();
        Platform.runLater(() -> ping.complete(true));
        assertTrue(ping.get(10, TimeUnit.SECONDS), "the UI thread answers while the program compiles");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.problemsStrip().getItems().isEmpty(), window.statusLabel().getText());
        assertTrue(window.problemsStrip().isVisible());
        assertTrue(window.statusLabel().getText().startsWith("The program does not compile: "), window.statusLabel().getText());
        assertFalse(runButton(robot).isDisabled());
    }

    @Test
    void settingsTheProgramContradictsAreAProblem(FxRobot robot) throws Exception {
        Lesson multi = LessonCatalogue.builtIn().lessons().stream()
                .filter(l -> l.program().contains("multi_thread")).findFirst().orElseThrow();
        robot.interact(() -> window.openLesson(multi));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.lessonSettings() != null); // compiled off the UI thread
        javafx.scene.control.ComboBox<?> flavour = robot.lookup(n -> n instanceof javafx.scene.control.ComboBox).queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> flavour.getSelectionModel().select(1));
        assertEquals("current_thread", flavour.getValue());
        robot.interact(() -> window.runCurrent());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.problemsStrip().getItems().size(), window.statusLabel().getText());
        assertTrue(ProblemsStrip.render(window.problemsStrip().getItems().get(0))
                .startsWith("main.rs:1:1: cannot run with these settings: this program's #[tokio::main] builds a multi_thread runtime"),
                ProblemsStrip.render(window.problemsStrip().getItems().get(0)));
        robot.interact(() -> flavour.getSelectionModel().select(0));
    }

    private static int indexOf(String part) {
        List<Scenario> all = Demos.all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).title().contains(part)) {
                return i;
            }
        }
        throw new AssertionError(part);
    }
}
