package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.StateMachine;
import asyncscope.lessons.rustlite.compile.Program;
import asyncscope.lessons.rustlite.diag.CompileError;
import asyncscope.lessons.rustlite.interp.Coroutine;
import asyncscope.lessons.rustlite.interp.Exec;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.prelude.ProgramIO;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interpreter's contract with the engine: state machines, laziness, watchdog, cancellation, determinism, sandbox. */
class InterpreterTest {

    record Run(String out, String err, RunResult result) {}

    static Run run(String src, RunOptions o) {
        Program p = RustLite.compile("test.rs", src);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult r;
        try (PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            r = RustLite.run(p, o, po, pe);
        }
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), r);
    }

    @Test
    void asyncFnIsAStateMachineWithOneStatePerAwait() {
        String src = """
                async fn two_steps() -> u32 {
                    tokio::task::yield_now().await;
                    let x = 1;
                    tokio::task::yield_now().await;
                    x + 1
                }
                fn main() {}
                """;
        Program p = RustLite.compile("sm.rs", src);
        Interp in = new Interp(p, new ProgramIO(System.out, System.err), new Exec.Limits(1_000_000, 10_000));
        Coroutine c = (Coroutine) in.invoke(p.functions().get("two_steps"), new Object[0], null);
        StateMachine sm = c;
        assertEquals(List.of("Unresumed", "Suspend0 (.await at 2:30)", "Suspend1 (.await at 4:30)", "Returned", "Panicked"),
                sm.stateNames());
        assertEquals(0, sm.currentState(), "lazy: nothing ran yet");
        assertTrue(c.poll(Context.noop()).isPending());
        assertEquals(1, sm.currentState());
        assertTrue(c.poll(Context.noop()).isPending());
        assertEquals(2, sm.currentState());
        Poll<Object> done = c.poll(Context.noop());
        assertTrue(done.isReady());
        assertEquals("2", done.value().toString());
        assertEquals(3, sm.currentState());
    }

    @Test
    void pollEventsCarryTheAwaitState() {
        String src = """
                async fn child() -> u32 {
                    tokio::task::yield_now().await;
                    tokio::task::yield_now().await;
                    5
                }
                #[tokio::main(flavor = "current_thread")]
                async fn main() {
                    let h = tokio::spawn(child());
                    println!("{}", h.await.unwrap());
                }
                """;
        Recorder rec = new Recorder();
        Run r = run(src, RunOptions.simulated(1).withSink(rec));
        assertEquals("5\n", r.out());
        long childId = rec.events().stream().filter(e -> e.payload() instanceof Payload.Spawn s && s.name().equals("child"))
                .mapToLong(Event::task).findFirst().orElseThrow();
        List<Integer> states = rec.events().stream().filter(e -> e.task() == childId && e.payload() instanceof Payload.PollStart)
                .map(e -> ((Payload.PollStart) e.payload()).state()).toList();
        assertEquals(List.of(0, 1, 2), states, "polled unresumed, then at each .await");
        assertTrue(rec.events().stream().anyMatch(e -> e.payload() instanceof Payload.Output o && o.text().equals("5\n")),
                "println! is recorded as an OUTPUT event");
    }

    @Test
    void unawaitedFutureIsNeverPolled() {
        String src = """
                async fn noisy() { println!("ran"); }
                #[tokio::main]
                async fn main() {
                    let _f = noisy();
                    println!("done");
                }
                """;
        Run r = run(src, RunOptions.simulated(0));
        assertEquals("done\n", r.out());
    }

    @Test
    void watchdogStopsATaskThatNeverYields() {
        String src = """
                #[tokio::main]
                async fn main() {
                    let h = tokio::spawn(async {
                        let mut i: u64 = 0;
                        loop { i = i.wrapping_add(1); }
                    });
                    let r = h.await;
                    println!("stopped: {}", r.is_err());
                }
                """;
        Run r = run(src, RunOptions.simulated(0).withLive(true).withWatchdog(200, Long.MAX_VALUE));
        assertEquals("stopped: true\n", r.out());
        assertTrue(r.err().matches("(?s)error: task \\d+ has not yielded for \\d+ ms.*"), r.err());
        assertEquals(0, r.result().exitCode());
    }

    @Test
    void watchdogInMainExits101() {
        Run r = run("#[tokio::main]\nasync fn main() { let mut n: u64 = 0; loop { n = n.wrapping_add(1); } }",
                RunOptions.simulated(0).withWatchdog(10_000, 2_000_000));
        assertEquals(101, r.result().exitCode());
        assertTrue(r.err().contains("has not yielded"), r.err());
    }

    @Test
    void infiniteAsyncProgramIsCancelled() {
        String src = """
                #[tokio::main]
                async fn main() {
                    loop { tokio::task::yield_now().await; }
                }
                """;
        for (boolean live : new boolean[] {false, true}) {
            Run r = run(src, RunOptions.simulated(0).withLive(live).withTimeout(300));
            assertEquals(124, r.result().exitCode(), r.err());
            assertTrue(r.err().contains("cancelled"), r.err());
        }
    }

    @Test
    void sameSeedGivesTheSameTrace() {
        String src = CorpusSupport.read(CorpusSupport.PROGRAMS.resolve("semaphore.rs"));
        List<String> a = trace(src, 42);
        List<String> b = trace(src, 42);
        assertEquals(a, b);
        assertTrue(a.size() > 50, "a real trace: " + a.size() + " events");
    }

    private static List<String> trace(String src, long seed) {
        Recorder rec = new Recorder();
        run(src, RunOptions.simulated(seed).withSink(rec));
        return rec.events().stream().map(e -> e.time() + " w" + e.worker() + " t" + e.task() + " " + e.payload()).toList();
    }

    @Test
    void programsCannotReachFilesProcessesOrReflection() {
        for (String call : List.of("std::fs::read_to_string(\"/etc/passwd\")", "std::process::Command::new(\"ls\")",
                "std::env::var(\"HOME\")", "java::lang::Class::forName(\"x\")", "std::net::TcpStream::connect(\"x\")")) {
            CompileError e = assertThrows(CompileError.class, () -> RustLite.compile("s.rs", "fn main() { let x = " + call + "; }"));
            assertTrue(e.render().contains("failed to resolve"), e.render());
        }
    }

    @Test
    void threadedRunsAgreeWithTheSimulation() {
        for (String name : List.of("channels.rs", "mutex.rs", "semaphore.rs", "nested_spawn.rs", "broadcast.rs")) {
            String src = CorpusSupport.read(CorpusSupport.PROGRAMS.resolve(name));
            String expected = run(src, RunOptions.simulated(0)).out();
            for (int i = 0; i < 15; i++) {
                Run live = run(src, RunOptions.simulated(i).withLive(true).withWorkers(1 + i % 4));
                assertEquals(expected, live.out(), name + " live run " + i + " stderr: " + live.err());
                Run sim = run(src, RunOptions.simulated(i * 31L + 7).withWorkers(1 + i % 4));
                assertEquals(expected, sim.out(), name + " simulated seed " + (i * 31L + 7));
            }
        }
    }

    @Test
    void runtimeTypeConfusionIsAPanicNotAJvmError() {
        // the checker refuses `5.len()` (E0599) but says nothing inside a generic function, so the run must cope
        Run r = run("fn len_of<T>(x: T) -> usize { x.len() } fn main() { let y = len_of(5); println!(\"{}\", y); }",
                RunOptions.simulated(0));
        assertEquals(101, r.result().exitCode());
        assertTrue(r.err().contains("panicked at src/main.rs:1:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void programListsTheStateMachinesOfAllAsyncBodies() {
        Program p = RustLite.compile("m.rs", """
                async fn fetch() -> u32 {
                    tokio::task::yield_now().await;
                    1
                }
                #[tokio::main]
                async fn main() {
                    let b = async { fetch().await + 1 };
                    println!("{}", b.await);
                }
                """);
        var sm = p.stateMachines();
        assertEquals(List.of("Unresumed", "Suspend0 (.await at 2:30)", "Returned", "Panicked"), sm.get("fetch"));
        assertEquals(List.of("Unresumed", "Suspend0 (.await at 8:22)", "Returned", "Panicked"), sm.get("main"));
        assertEquals(List.of("Unresumed", "Suspend0 (.await at 7:29)", "Returned", "Panicked"), sm.get("async block@7:13"));
    }

    @Test
    void aRunCanBeCancelledFromOutsideEvenWhenEveryTaskIsParked() throws Exception {
        String src = """
                use tokio::sync::mpsc;
                #[tokio::main]
                async fn main() {
                    let (tx, mut rx) = mpsc::channel::<i32>(1);
                    println!("waiting");
                    let v = rx.recv().await;
                    println!("never {:?} {:?}", v, tx);
                }
                """;
        CancelToken token = new CancelToken();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                return;
            }
            token.cancel();
        });
        canceller.start();
        Run r = run(src, RunOptions.simulated(0).withLive(true).withCancel(token));
        canceller.join();
        assertEquals("waiting\n", r.out());
        assertEquals(124, r.result().exitCode(), r.err());
        assertTrue(r.err().contains("cancelled"), r.err());
        Run sim = run(src, RunOptions.simulated(0));
        assertEquals(101, sim.result().exitCode());
        assertTrue(sim.err().contains("deadlock"), sim.err());
    }

    @Test
    void aFutureThatReturnsPendingWithoutAWakeSleepsForever() {
        String src = """
                use std::task::{Context, Poll};
                struct Forgetful;
                impl std::future::Future for Forgetful {
                    type Output = ();
                    fn poll(self: std::pin::Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
                        Poll::Pending
                    }
                }
                #[tokio::main]
                async fn main() {
                    println!("before");
                    Forgetful.await;
                    println!("never");
                }
                """;
        Run r = run(src, RunOptions.simulated(0));
        assertEquals("before\n", r.out());
        assertEquals(101, r.result().exitCode());
        assertTrue(r.err().contains("deadlock"), r.err());
    }

    @Test
    void aPlainMainRunsOutsideAnyRuntimeAndCanBuildOne() {
        Run outside = run("fn main() { let h = tokio::spawn(async { 1 }); }", RunOptions.simulated(0));
        assertEquals(101, outside.result().exitCode());
        assertTrue(outside.err().contains("there is no reactor running, must be called from the context of a Tokio 1.x runtime"),
                outside.err());
        String src = """
                use tokio::time::{sleep, Duration};
                fn main() {
                    let rt = tokio::runtime::Builder::new_multi_thread()
                        .worker_threads(2)
                        .enable_all()
                        .build()
                        .unwrap();
                    let v = rt.block_on(async {
                        let h = tokio::spawn(async { sleep(Duration::from_millis(300)).await; 20 });
                        h.await.unwrap() + 1
                    });
                    println!("{}", v);
                }
                """;
        Run made = run(src, RunOptions.simulated(0));
        assertEquals("21\n", made.out(), made.err());
        assertEquals(300, made.result().elapsedMillis());
        Run infinite = run("fn main() { let mut n: u64 = 0; loop { n = n.wrapping_add(1); } }",
                RunOptions.simulated(0).withTimeout(300));
        assertEquals(124, infinite.result().exitCode(), infinite.err());
    }
}
