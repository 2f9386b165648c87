package asyncscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.scenario.Demos;
import asyncscope.app.scenario.RunSettings;
import asyncscope.app.scenario.RustLiteScenario;
import asyncscope.app.scenario.Scenario;
import asyncscope.engine.runtime.Flavor;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session view-model without a window: no JavaFX toolkit is started, runs happen on the calling
 * thread (both executors run their task at once), and every fact is read from the properties the views bind to.
 */
class SessionModelTest {
    private final SessionModel session = new SessionModel(Runnable::run, Runnable::run);

    private static Lesson lesson(String id) {
        return LessonCatalogue.builtIn().lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aDemoOpensReadOnlyRunsAndLoadsItsTraceAtTheStart() {
        Scenario demo = Demos.all().get(0);
        List<Boolean> runningSeen = new ArrayList<>();
        session.runningProperty().addListener((o, a, b) -> runningSeen.add(b));
        session.openProgram(demo);
        assertEquals(List.of(true, false), runningSeen, "the run started and ended");
        assertEquals(demo, session.programProperty().get());
        assertNull(session.lessonProperty().get());
        assertFalse(session.editableProperty().get());
        assertEquals(demo.source(), session.sourceProperty().get());
        assertTrue(session.titleProperty().get().startsWith(demo.title()));
        assertEquals(demo.defaults(), session.settingsProperty().get());
        assertNotNull(session.playback().model(), "the trace is loaded");
        assertEquals(0, session.playback().position(), "the playhead starts at the first event");
        assertTrue(session.statusProperty().get().contains(demo.title()), session.statusProperty().get());
        assertEquals(1, session.finishedRunProperty().get().serial());
    }

    @Test
    void lessonEditsOutliveQuittingUntilReset(@TempDir Path home) throws Exception {
        Path dir = home.resolve("lesson-edits");
        Lesson join = lesson("join");
        SessionModel first = new SessionModel(Runnable::run, Runnable::run, new RecentFiles(null), new LessonEdits(dir));
        first.openLesson(join);
        String edited = join.program().replace("300", "30");
        assertFalse(edited.equals(join.program()), "the edit changes the program");
        first.sourceProperty().set(edited);
        first.openLesson(lesson("select")); // and the app quits: nothing else is saved

        SessionModel next = new SessionModel(Runnable::run, Runnable::run, new RecentFiles(null), new LessonEdits(dir));
        next.openLesson(join);
        assertEquals(edited, next.sourceProperty().get(), "the next start opens the lesson with the learner's edits");
        assertTrue(next.statusProperty().get().contains("your edits"), next.statusProperty().get());
        next.resetProgram();
        assertEquals(join.program(), next.sourceProperty().get());

        SessionModel after = new SessionModel(Runnable::run, Runnable::run, new RecentFiles(null), new LessonEdits(dir));
        after.openLesson(join);
        assertEquals(join.program(), after.sourceProperty().get(), "Reset discarded them for good");
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "no file is left behind");
        }
        // an edit file that cannot be a program (too large) is ignored, not opened
        Files.writeString(dir.resolve("join.rs"), "x".repeat((int) SessionModel.MAX_FILE_BYTES + 1));
        SessionModel big = new SessionModel(Runnable::run, Runnable::run, new RecentFiles(null), new LessonEdits(dir));
        big.openLesson(join);
        assertEquals(join.program(), big.sourceProperty().get());
    }

    @Test
    void aLessonOpensEditableWithoutRunningAndResetUndoesEdits() {
        session.openProgram(Demos.all().get(0));
        session.selectedTaskProperty().set(0);
        Lesson l = lesson("join");
        session.openLesson(l);
        assertEquals(l, session.lessonProperty().get());
        assertTrue(session.editableProperty().get());
        assertEquals(l.program(), session.sourceProperty().get());
        assertNull(session.playback().model(), "the demo's run is gone; nothing runs before Run");
        assertEquals(-1, session.selectedTaskProperty().get(), "the picked task belonged to the other program");
        assertEquals(Flavor.CURRENT_THREAD, session.settingsProperty().get().flavor(), "the program's #[tokio::main] decides");
        session.sourceProperty().set(l.program().replace("300", "900"));
        session.resetProgram();
        assertEquals(l.program(), session.sourceProperty().get());
    }

    @Test
    void aLessonRunPrintsItsOutputAndFollowsAnEditedFlavour() {
        Lesson l = lesson("join");
        session.openLesson(l);
        // the learner makes it a multi-thread program; the settings were left alone, so the program decides
        session.sourceProperty().set(l.program().replace("#[tokio::main(flavor = \"current_thread\")]",
                "#[tokio::main(flavor = \"multi_thread\", worker_threads = 2)]"));
        session.run();
        assertNotNull(session.outcomeProperty().get());
        assertEquals(0, session.outcomeProperty().get().exitCode());
        assertEquals(new RunSettings(false, 1, 2, Flavor.MULTI_THREAD), session.settingsProperty().get());
        int end = session.playback().model().size();
        BitSet err = new BitSet();
        List<String> out = session.outputAt(end, err);
        assertEquals(session.outputCountAt(end), out.size());
        assertTrue(out.stream().anyMatch(x -> x.startsWith("user arrived") && x.endsWith("← main")), out.toString());
        assertTrue(session.outputAt(0, new BitSet()).isEmpty(), "nothing printed before the first event");
        assertTrue(err.isEmpty());
    }

    @Test
    void aProgramThatDoesNotCompileFillsTheProblemsAndLoadsNothing() {
        session.openLesson(lesson("join"));
        session.sourceProperty().set("fn main() { let x: u32 = \"text\"; }");
        session.run();
        assertFalse(session.problems().isEmpty());
        assertFalse(session.isRunning());
        assertNull(session.playback().model());
        assertTrue(session.statusProperty().get().startsWith("The program does not compile"), session.statusProperty().get());
        session.resetProgram();
        assertTrue(session.problems().isEmpty(), "Reset clears the problems");
    }

    @Test
    void aClickedLinePicksTheTaskAtThatLine() {
        session.openLesson(lesson("join"));
        session.run();
        var m = session.playback().model();
        session.playback().seek(m.size() / 2);
        var main = m.tasks().all().stream().filter(t -> t.name().equals("main")).findFirst().orElseThrow();
        int line = TaskLines.taskLine(session.stateNamesProperty().get(), main, session.playback().state());
        assertTrue(line > 0);
        assertEquals(main.id(), session.taskOnLine(line));
        session.pickTaskOnLine(line);
        assertEquals(main.id(), session.selectedTaskProperty().get());
        assertEquals(line, session.liveLines().entrySet().stream().filter(e -> e.getValue() == main.id())
                .findFirst().orElseThrow().getKey());
        session.pickTaskOnLine(100_000);
        assertEquals(main.id(), session.selectedTaskProperty().get(), "a line without a task picks nothing");
        session.load(m);
        assertEquals(-1, session.selectedTaskProperty().get(), "a newly loaded trace has no task picked");
    }

    @Test
    void aSavedTraceReopensAndABadFileIsReportedKeepingWhatWasShown(@TempDir Path dir) throws Exception {
        session.openLesson(lesson("join"));
        session.run();
        var before = session.playback().model();
        Path ok = dir.resolve("a.trace");
        session.writeTrace(ok);
        Path bad = dir.resolve("bad.trace");
        Files.writeString(bad, "not a trace");
        assertNotNull(session.openTrace(bad).get());
        assertEquals(before, session.playback().model(), "the failed open kept the run");
        assertTrue(session.editableProperty().get());
        assertNull(session.openTrace(ok).get());
        assertFalse(session.editableProperty().get());
        assertNull(session.programProperty().get());
        assertEquals(before.size(), session.playback().model().size());
        assertFalse(session.stateNamesProperty().get().isEmpty(), "a Rust-lite trace keeps its await lines");
        assertTrue(session.titleProperty().get().contains("opened from a.trace"));
    }

    @Test
    void aRunCutAtTheRecordersCapSaysSoInTheStatusAndInItsSavedTrace(@TempDir Path dir) throws Exception {
        String program = """
                #[tokio::main]
                async fn main() {
                    let mut hs = Vec::new();
                    for i in 0..500 {
                        hs.push(tokio::spawn(async move { i * 2 }));
                    }
                    let mut sum = 0;
                    for h in hs {
                        sum += h.await.unwrap();
                    }
                    println!("sum {}", sum);
                }
                """;
        session.openProgram(new RustLiteScenario("capped", "capped", "main.rs", program).withRecorderCap(60));
        assertEquals(0, session.outcomeProperty().get().exitCode(), "the run went on past the cap");
        assertEquals("sum 249500\n", session.outcomeProperty().get().stdout());
        int kept = session.playback().model().size();
        String status = session.statusProperty().get();
        // the recorder hands its cap out to threads in small grants, so it stops within a grant of the cap
        assertTrue(status.contains("Note: the trace recorder stopped after " + kept + " events (its cap is 60); the run went"
                + " on, but its last "), status);
        assertTrue(kept < 600, "stopped near its cap: " + kept);
        Path saved = dir.resolve("capped.trace");
        session.writeTrace(saved);
        assertNull(session.openTrace(saved).get());
        assertTrue(session.statusProperty().get().contains("Note: the trace recorder stopped after " + kept + " events"),
                session.statusProperty().get());
        session.openProgram(new RustLiteScenario("whole", "whole", "main.rs", program));
        assertFalse(session.statusProperty().get().contains("Note:"), "a run recorded whole has no note");
    }

    @Test
    void aRunFinishingAfterAnotherProgramOpenedIsDropped() {
        List<Runnable> later = new ArrayList<>();
        SessionModel deferred = new SessionModel(Runnable::run, later::add);
        deferred.openLesson(lesson("join"));
        deferred.run();
        assertTrue(deferred.isRunning());
        deferred.openLesson(lesson("select"));
        assertFalse(deferred.isRunning(), "the join run was dropped when select opened: Run is available at once");
        later.forEach(Runnable::run);
        assertFalse(deferred.isRunning());
        assertNull(deferred.playback().model(), "the join run does not show under the select lesson");
        assertTrue(deferred.programProperty().get() instanceof RustLiteScenario);
        assertTrue(deferred.statusProperty().get().startsWith("Lesson \"select!"), deferred.statusProperty().get());
    }
}
