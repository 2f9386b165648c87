package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.lessons.rustlite.interp.RunBudget;
import org.junit.jupiter.api.Test;

/**
 * Every run ends in its budget whatever the program does: natives that would loop inside Java (an iterator
 * drained by {@code count}, a huge {@code pow} exponent, padding to a wide format) are counted by the watchdog
 * or computed without looping; a value larger than the memory budget is refused before it is built; memory
 * the run holds and output it prints are budgeted, and a run past either ends with exit code 134 and a message
 * at the line, never an OutOfMemoryError. The time limit here is a backstop (the check would otherwise hang):
 * a run that reaches it (exit 124) fails the test.
 */
class RunBudgetTest {
    /** Watchdog of 1,000,000 steps per poll, 20 s backstop. */
    private static final RunOptions WATCHED = RunOptions.simulated(0).withWatchdog(2_000, 1_000_000).withTimeout(20_000);

    private static InterpreterTest.Run run(String src, RunOptions o) {
        return InterpreterTest.run(src, o);
    }

    private static String spawned(String body) {
        return """
                #[tokio::main]
                async fn main() {
                    let h = tokio::spawn(async move {
                        %s
                    });
                    println!("stopped: {}", h.await.is_err());
                }
                """.formatted(body);
    }

    @Test
    void anIteratorDrainedInsideANativeIsStoppedByTheWatchdog() {
        InterpreterTest.Run r = run(spawned("let n = (0..i64::MAX).count(); println!(\"{}\", n);"), WATCHED);
        assertEquals(0, r.result().exitCode(), r.err());
        assertEquals("stopped: true\n", r.out());
        assertTrue(r.err().matches("error: task \\d+ has not yielded for 10\\d{5} steps, at src/main.rs:4:\\d+: .*\n"), r.err());
    }

    @Test
    void sumMaxAndForEachOverAHugeRangeAreStoppedToo() {
        for (String body : new String[] {
                "let s: i64 = (0..i64::MAX).map(|x| x & 1).sum(); println!(\"{}\", s);",
                "let m = (0..i64::MAX).max(); println!(\"{:?}\", m);",
                "(0..i64::MAX).for_each(|x| { let _ = x; });",
        }) {
            InterpreterTest.Run r = run(spawned(body), WATCHED);
            assertEquals("stopped: true\n", r.out(), body + "\n" + r.err());
            assertTrue(r.err().contains("has not yielded"), r.err());
        }
    }

    @Test
    void powWithAHugeExponentIsComputedBySquaring() {
        String src = """
                fn main() {
                    let e: u32 = 4_000_000_000;
                    println!("{}", 1i64.pow(e));
                    println!("{}", (-1i32).pow(e - 1));
                    println!("{}", 3u64.pow(40));
                    println!("{}", 0u8.pow(e));
                }
                """;
        // a plain fn main has no step watchdog: only computing by squaring ends this in time
        InterpreterTest.Run r = run(src, RunOptions.simulated(0).withTimeout(20_000));
        assertEquals(0, r.result().exitCode(), r.err());
        assertEquals("1\n-1\n12157665459056928801\n0\n", r.out()); // as the Tokio oracle prints it
    }

    @Test
    void powOverflowPanicsAsRustsDebugBuildDoes() {
        InterpreterTest.Run r = run("fn main() {\n    let big: u32 = 31;\n    println!(\"{}\", 2i32.pow(big));\n}\n",
                RunOptions.simulated(0));
        assertEquals(101, r.result().exitCode());
        assertTrue(r.err().contains("attempt to multiply with overflow"), r.err());
    }

    @Test
    void aWideFormatCountsItsPaddingAsWork() {
        InterpreterTest.Run r = run(spawned("loop { let s = format!(\"{:>65535}\", 1); assert!(s.len() > 0); }"), WATCHED);
        assertEquals("stopped: true\n", r.out(), r.err());
        assertTrue(r.err().contains("has not yielded"), r.err());
    }

    @Test
    void oneValueLargerThanTheBudgetIsRefusedBeforeItIsBuilt() {
        RunOptions o = RunOptions.simulated(0).withBudget(64, 16).withTimeout(20_000);
        for (String stmt : new String[] {"let v = vec![0u8; 1usize << 40]; println!(\"{}\", v.len());",
                "let s = \"ab\".repeat(1usize << 40); println!(\"{}\", s.len());",
                "let v = vec![7u64; 100_000_000]; println!(\"{}\", v.len());"}) {
            InterpreterTest.Run r = run("fn main() {\n    " + stmt + "\n}\n", o);
            assertEquals(RunBudget.EXIT_CODE, r.result().exitCode(), stmt + "\n" + r.err());
            assertTrue(r.err().startsWith("error: program used more than 64 MB, at src/main.rs:2:"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void memoryTheRunHoldsIsBudgetedAsItGrows() {
        String src = """
                fn main() {
                    let mut all = Vec::new();
                    loop {
                        all.push(vec![1u64; 100_000]);
                    }
                }
                """;
        InterpreterTest.Run r = run(src, RunOptions.simulated(0).withBudget(16, 16).withTimeout(20_000));
        assertEquals(RunBudget.EXIT_CODE, r.result().exitCode(), r.err());
        assertTrue(r.err().startsWith("error: program used more than 16 MB, at src/main.rs:4:"), r.err());
    }

    @Test
    void aCollectThatNeverEndsIsStoppedByTheMemoryBudget() {
        InterpreterTest.Run r = run("fn main() {\n    let v: Vec<i64> = (0..i64::MAX).collect();\n    println!(\"{}\", v.len());\n}\n",
                RunOptions.simulated(0).withBudget(16, 16).withTimeout(20_000));
        assertEquals(RunBudget.EXIT_CODE, r.result().exitCode(), r.err());
        assertTrue(r.err().startsWith("error: program used more than 16 MB, at src/main.rs:2:"), r.err());
    }

    @Test
    void runawaySpawningEndsAtTheBudget() {
        // each task spawns the next and awaits it: only short polls, ever more tasks
        String chain = """
                use std::future::Future;
                use std::pin::Pin;

                fn chain(n: u64) -> Pin<Box<dyn Future<Output = u64> + Send>> {
                    Box::pin(async move {
                        let next = tokio::spawn(chain(n + 1));
                        next.await.unwrap()
                    })
                }

                #[tokio::main]
                async fn main() {
                    println!("{}", chain(0).await);
                }
                """;
        InterpreterTest.Run r = run(chain, RunOptions.simulated(0).withBudget(16, 16).withTimeout(30_000));
        assertEquals(RunBudget.EXIT_CODE, r.result().exitCode(), r.err());
        assertTrue(r.err().startsWith("error: program used more than 16 MB, at src/main.rs:6:"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void outputIsBudgeted() {
        String src = """
                fn main() {
                    let line = "x".repeat(999);
                    loop {
                        println!("{}", line);
                    }
                }
                """;
        InterpreterTest.Run r = run(src, RunOptions.simulated(0).withBudget(64, 1).withTimeout(20_000));
        assertEquals(RunBudget.EXIT_CODE, r.result().exitCode(), r.err());
        assertEquals(1024 * 1024, r.out().length(), "exactly the budget went out");
        assertTrue(r.err().startsWith("error: program printed more than 1 MB, at src/main.rs:4:"), r.err());
    }

    @Test
    void theTimeLimitSaysWhatToDo() {
        String src = """
                #[tokio::main]
                async fn main() {
                    let (_tx, mut rx) = tokio::sync::mpsc::channel::<u32>(1);
                    let _keep = _tx.clone();
                    rx.recv().await;
                }
                """;
        InterpreterTest.Run r = run(src, RunOptions.simulated(0).withLive(true).withTimeout(300));
        assertEquals(124, r.result().exitCode(), r.err());
        assertTrue(r.err().contains("cancelled after 300 ms, its time limit: look for a loop that never ends"), r.err());
        assertTrue(r.err().contains("--timeout SECONDS"), r.err());
    }

    private static final String STUCK_DROP = """
            use std::time::Duration;
            struct Stuck(u64);
            impl Drop for Stuck {
                fn drop(&mut self) {
                    let mut n = self.0;
                    loop { n = n.wrapping_mul(3).wrapping_add(1); if n == 7 { break; } }
                    println!("dropped {}", n);
                }
            }
            #[tokio::main]
            async fn main() {
                for i in 0..%d {
                    tokio::spawn(async move {
                        let _s = Stuck(i);
                        tokio::time::sleep(Duration::from_secs(100)).await;
                    });
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
                println!("main done");
            }
            """;

    @Test
    void aDropImplThatNeverEndsIsStoppedAtItsLineWhenTheRuntimeDropsTheTask() {
        InterpreterTest.Run r = run(STUCK_DROP.formatted(1), WATCHED);
        assertEquals("main done\n", r.out(), r.err());
        assertEquals(0, r.result().exitCode(), r.err());
        assertTrue(r.err().matches("error: task \\d+ has not yielded for 10\\d{5} steps, at src/main.rs:6:\\d+: .*"
                + "\\(in a Drop impl run as the task was dropped\\)\n"), r.err());
    }

    @Test
    void shuttingDownManyStuckDestructorsEndsAtTheTimeLimit() {
        // 10,000 destructors of a million steps each would take minutes: the run's time limit ends the shutdown
        InterpreterTest.Run r = run(STUCK_DROP.formatted(10_000), RunOptions.simulated(0).withWatchdog(2_000, 1_000_000).withTimeout(1_500));
        assertEquals(124, r.result().exitCode(), r.err());
        assertTrue(r.out().startsWith("main done\n"), r.out());
        assertTrue(r.err().endsWith("error: the program was cancelled after 1500 ms, its time limit, while its unfinished tasks"
                + " were being dropped: look for a Drop impl that never ends\n"), r.err());
    }
}
