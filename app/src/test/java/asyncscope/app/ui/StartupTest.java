package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up as the jar does it ({@link AsyncscopeApp#start}): the window opens on the Lessons tab with the
 * first unfinished lesson loaded, the lessons load without problems, and nothing is written to stderr.
 */
@ExtendWith(ApplicationExtension.class)
class StartupTest {
    private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();
    private static PrintStream savedErr;
    private Stage stage;

    @BeforeAll
    static void captureStderr() {
        savedErr = System.err;
        System.setErr(new PrintStream(ERR, true));
    }

    @AfterAll
    static void restoreStderr() {
        System.setErr(savedErr);
    }

    @Start
    void start(Stage s) {
        stage = s;
        new AsyncscopeApp().start(s);
    }

    /** The real entry point (what {@code java -jar asyncscope.jar} runs) in a fresh JVM, on Monocle. */
    @Test
    void theEntryPointStartsTheAppAndExitsCleanlyWithNothingOnStderr() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1600x1000-32",
                "-Dasyncscope.smoke=true", "asyncscope.app.Main");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        boolean exited = p.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly();
        }
        String stderr = err.get(10, TimeUnit.SECONDS);
        assertTrue(exited, "the app quit once its first lesson was shown; stderr: " + stderr);
        assertEquals(0, p.exitValue(), stderr);
        assertEquals("", stderr, "no error output at start-up");
    }

    @Test
    void theAppOpensOnTheFirstUnfinishedLessonAndPrintsNoErrors(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(".status").queryAs(Label.class).getText().startsWith("Lesson"));
        String status = robot.lookup(".status").queryAs(Label.class).getText();
        var lessons = new asyncscope.app.lesson.LessonBrowser(asyncscope.lessons.catalogue.LessonCatalogue.builtIn());
        var first = lessons.firstUnfinished().orElseThrow();
        assertTrue(status.startsWith("Lesson \"" + first.title() + "\""), status);
        var tabs = robot.lookup(".side-column .tab-pane").queryAs(javafx.scene.control.TabPane.class);
        assertEquals("Lessons", tabs.getSelectionModel().getSelectedItem().getText());
        var code = robot.lookup(".code-view").queryAs(org.fxmisc.richtext.CodeArea.class);
        assertEquals(first.program(), code.getText(), "the lesson's program is in the code view");
        assertEquals("Asyncscope — watch an async runtime work", stage.getTitle());
        assertTrue(robot.lookup(".error-text").queryAll().stream()
                .allMatch(n -> ((Label) n).getText() == null || ((Label) n).getText().isEmpty()),
                "no lesson failed to load and the settings are valid");
        String err = ERR.toString().lines()
                .filter(l -> !l.contains("Unsupported JavaFX configuration") && !l.contains("PlatformImpl startup"))
                .reduce("", (a, b) -> a + b + "\n");
        assertEquals("", err, "stderr stays quiet at start-up");
    }
}
