package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.model.TraceModel;
import asyncscope.app.scenario.RunSettings;
import asyncscope.app.scenario.SleepJoinDemo;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Trace;
import asyncscope.engine.event.TraceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening trace files written by someone else: well-formed but hostile ones (a worker index of 10⁹,
 * {@code workers=150000000}), one with bytes after its end marker, and one whose embedded program is nested
 * a hundred thousand levels deep. The first three are refused in a dialog saying why while the window keeps
 * what it showed; the last opens (its events are fine) without state names; the UI thread stays free while
 * a file is read and nothing is thrown on it.
 */
@ExtendWith(ApplicationExtension.class)
class TraceOpeningTest {
    private MainWindow window;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage s) {
        window = TestWindows.open(s);
        Thread.UncaughtExceptionHandler old = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            fxErrors.add(e);
            old.uncaughtException(t, e);
        });
    }

    private Alert open(FxRobot robot, Path file) throws Exception {
        AtomicReference<CompletableFuture<Alert>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.openTrace(file)));
        Alert a = f.get().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return a;
    }

    private static Trace sample() throws Exception {
        return new SleepJoinDemo().run(RunSettings.simulated(1, 2));
    }

    @Test
    void hostileTracesAreRefusedWithTheReasonAndTheWindowKeepsItsTrace(FxRobot robot, @TempDir Path dir) throws Exception {
        Trace t = sample();
        Path good = dir.resolve("good.trace");
        TraceFile.write(t, good);
        assertNull(open(robot, good));
        TraceModel shown = window.playback().model();
        assertNotNull(shown);

        List<Event> ev = new ArrayList<>(t.events());
        Event e = ev.get(3);
        ev.set(3, new Event(e.seq(), e.time(), 1_000_000_000, e.task(), e.payload()));
        Path worker = dir.resolve("worker.trace");
        TraceFile.write(new Trace(t.settings(), t.program(), ev), worker);

        Map<String, String> s = new HashMap<>(t.settings());
        s.put("workers", "150000000");
        Path workers = dir.resolve("workers.trace");
        TraceFile.write(new Trace(s, t.program(), t.events()), workers);

        Path appended = dir.resolve("appended.trace");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(appended, bytes);
        Files.write(appended, new byte[] {'x', 'y'}, java.nio.file.StandardOpenOption.APPEND);

        Map<Path, String> why = Map.of(
                worker, "worker.trace: event 3 runs on worker 1000000000; a run has at most 64 workers (0..63, or -1 for none)",
                workers, "workers.trace: the trace's settings say workers=150000000; a run has at most 64 workers",
                appended, "appended.trace: corrupt: 2 bytes after the trace's end marker (at byte " + bytes.length + ")");
        for (Map.Entry<Path, String> c : why.entrySet()) {
            Alert a = open(robot, c.getKey());
            assertNotNull(a, c.getKey() + " is refused");
            assertEquals(c.getValue(), a.getContentText());
            assertEquals("Cannot open " + c.getKey().getFileName() + ": " + c.getValue(), window.statusLabel().getText());
            assertSame(shown, window.playback().model(), "the window keeps its trace");
            robot.interact(a::close);
        }
        assertEquals(List.of(), fxErrors);
    }

    @Test
    void aDeeplyNestedEmbeddedProgramOpensWithoutStateNamesAndNothingEscapes(FxRobot robot, @TempDir Path dir) throws Exception {
        Trace t = sample();
        int depth = 100_000;
        String program = "#[tokio::main]\nasync fn main() {\n    let x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";\n}\n";
        Map<String, String> s = new HashMap<>(t.settings());
        s.put("language", "rust-lite");
        s.put("file", "deep.rs");
        Path deep = dir.resolve("deep.trace");
        TraceFile.write(new Trace(s, program, t.events()), deep);
        // the file is read, modelled and its program compiled off the UI thread: the UI thread answers meanwhile
        AtomicReference<CompletableFuture<Alert>> f = new AtomicReference<>();
        robot.interact(() -> f.set(window.openTrace(deep)));
        CompletableFuture<Boolean> ping = new CompletableFuture<>();
        Platform.runLater(() -> ping.complete(true));
        assertTrue(ping.get(10, TimeUnit.SECONDS));
        assertNull(f.get().get(120, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(t.events(), window.playback().model().events());
        assertEquals(program, window.codeView().area().getText());
        assertTrue(window.statusLabel().getText().startsWith("Opened deep.trace"), window.statusLabel().getText());
        assertEquals(List.of(), fxErrors);
    }
}
