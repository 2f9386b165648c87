package asyncscope.lessons.rustlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The watchdog names where the task was when it stopped it (file:line:col), and under the simulator it counts
 * steps only, so the same program with the same seed is stopped at the same step, with the same message, on a
 * fast machine and on a busy one.
 */
class WatchdogTest {
    private static final String SPIN = """
            #[tokio::main]
            async fn main() {
                let h = tokio::spawn(async {
                    let mut i: u64 = 0;
                    loop {
                        i = i.wrapping_add(1);
                    }
                });
                println!("stopped: {}", h.await.is_err());
            }
            """;

    @Test
    void aSimulatedRunIsStoppedAfterItsStepsWhateverTheClockSays() {
        // a 1 ms wall-clock limit would fire at once if the simulator looked at the clock
        RunOptions o = RunOptions.simulated(3).withWatchdog(1, 1_000_000);
        InterpreterTest.Run a = InterpreterTest.run(SPIN, o);
        InterpreterTest.Run b = InterpreterTest.run(SPIN, o);
        assertEquals("stopped: true\n", a.out());
        assertTrue(a.err().matches("error: task \\d+ has not yielded for 100\\d{4} steps, at src/main.rs:[56]:\\d+: "
                + "a loop without .await blocks its worker\n"), a.err());
        assertEquals(a.err(), b.err(), "the same step, the same message");
    }

    @Test
    void aLiveRunSaysHowLongAndWhere() {
        InterpreterTest.Run r = InterpreterTest.run(SPIN, RunOptions.simulated(0).withLive(true).withWatchdog(100, Long.MAX_VALUE));
        assertEquals("stopped: true\n", r.out());
        assertTrue(r.err().matches("error: task \\d+ has not yielded for \\d+ ms \\(\\d+ steps\\), at src/main.rs:[56]:\\d+: "
                + "a loop without .await blocks its worker\n"), r.err());
    }
}
