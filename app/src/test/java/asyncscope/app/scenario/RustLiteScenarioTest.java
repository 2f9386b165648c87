package asyncscope.app.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Trace;
import asyncscope.engine.runtime.Flavor;
import asyncscope.lessons.catalogue.Lesson;
import asyncscope.lessons.catalogue.LessonCatalogue;
import asyncscope.lessons.rustlite.CancelToken;
import asyncscope.lessons.rustlite.diag.CompileError;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Lessons' Rust-lite programs run on the engine from the app: output, trace, determinism, errors, runaway programs. */
class RustLiteScenarioTest {
    private static List<Lesson> lessons() {
        return LessonCatalogue.builtIn().lessons();
    }

    private static String shape(Trace t) {
        return t.events().stream().map(e -> e.kind() + "/" + e.task() + "/" + e.worker() + "/" + e.time())
                .collect(Collectors.joining(","));
    }

    @Test
    void everyLessonRunsCleanlyAndRecordsPollsAndOutput() {
        assertTrue(lessons().size() >= 6, "the course has its lessons: " + lessons().size());
        for (Lesson l : lessons()) {
            RustLiteScenario s = RustLiteScenario.of(l);
            RustLiteScenario.Outcome o = s.execute(s.defaults(), null);
            assertEquals(0, o.exitCode(), l.id() + " exits 0; stderr: " + o.stderr());
            assertFalse(o.stdout().isBlank(), l.id() + " prints something");
            List<Event> ev = o.trace().events();
            assertTrue(ev.stream().anyMatch(e -> e.payload() instanceof Payload.PollStart), l.id());
            String printed = ev.stream().filter(e -> e.payload() instanceof Payload.Output out && !out.stderr())
                    .map(e -> ((Payload.Output) e.payload()).text()).collect(Collectors.joining());
            assertEquals(o.stdout(), printed, l.id() + ": every printed line is an OUTPUT event of the trace");
            assertEquals(l.program(), o.trace().program());
            assertFalse(o.stateMachines().isEmpty());
        }
    }

    @Test
    void sameSeedGivesTheSameTraceAndSettingsAreHonoured() {
        RustLiteScenario s = RustLiteScenario.of(lessons().get(0));
        RunSettings a = RunSettings.simulated(7, 3);
        assertEquals(shape(s.run(a)), shape(s.run(a)));
        Trace t = s.run(a);
        assertEquals("3", t.settings().get("workers"));
        assertEquals("simulated", t.settings().get("driver"));
        assertTrue(t.events().stream().allMatch(e -> e.worker() < 3));
    }

    @Test
    void compileErrorsListEveryDiagnosticWithPosition() {
        RustLiteScenario s = new RustLiteScenario("t", "", "main.rs",
                "#[tokio::main]\nasync fn main() {\n    let x = ;\n    let y = 1 +;\n}\n");
        CompileError e = assertThrows(CompileError.class, () -> s.execute(RunSettings.simulated(1, 2), null));
        assertTrue(e.diagnostics().size() >= 2, e.render());
        assertEquals(3, e.diagnostics().get(0).line());
        assertEquals(4, e.diagnostics().get(1).line());
        assertEquals(RunSettings.simulated(1, 4), s.defaults());
    }

    @Test
    void aProgramThatNeverYieldsIsStoppedAndReported() {
        RustLiteScenario s = new RustLiteScenario("spin", "", "main.rs",
                "#[tokio::main]\nasync fn main() {\n    let mut i: u64 = 0;\n    loop { i = i.wrapping_add(1); }\n}\n")
                .withWatchdogSteps(2_000_000); // the default 200 million took more than the 30 s limit on a loaded build
        RustLiteScenario.Outcome o = s.execute(RunSettings.simulated(1, 2), null);
        assertEquals(101, o.exitCode(), o.stderr());
        assertTrue(o.stderr().contains("has not yielded for 20"), o.stderr());
        assertTrue(o.stderr().contains("at src/main.rs:4:"), o.stderr());
    }

    @Test
    void aCancelTokenStopsAProgramThatRunsForever() throws Exception {
        RustLiteScenario s = new RustLiteScenario("forever", "", "main.rs",
                "use tokio::time::{sleep, Duration};\n#[tokio::main]\nasync fn main() {\n    loop { sleep(Duration::from_millis(1)).await; }\n}\n");
        CancelToken c = new CancelToken();
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                return;
            }
            c.cancel();
        });
        stopper.start();
        long t0 = System.nanoTime();
        RustLiteScenario.Outcome o = s.execute(new RunSettings(true, 1, 2, Flavor.MULTI_THREAD), c);
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 10_000, "stopped promptly");
        assertEquals(124, o.exitCode());
        assertTrue(o.stderr().contains("cancelled"), o.stderr());
    }

    @Test
    void currentThreadSettingOnAMultiThreadProgramIsAClearError() {
        RustLiteScenario s = new RustLiteScenario("multi", "a multi-thread program", "multi.rs", """
                #[tokio::main(flavor = "multi_thread", worker_threads = 2)]
                async fn main() {
                    println!("{}", tokio::spawn(async { 1 }).await.unwrap());
                }
                """);
        assertEquals("multi_thread", s.compile().flavor(), "the check below runs on a multi-thread program");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.execute(new RunSettings(false, 1, 1, Flavor.CURRENT_THREAD), null));
        assertTrue(e.getMessage().contains("write #[tokio::main(flavor = \"current_thread\")]"), e.getMessage());
        // and the same program runs on the flavour it asks for
        assertEquals("1\n", s.execute(s.defaults(), null).stdout());
    }
}
