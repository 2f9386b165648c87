package asyncscope.app.scenario;

import asyncscope.engine.event.Trace;
import asyncscope.engine.future.Join;
import asyncscope.engine.runtime.Flavor;
import asyncscope.engine.time.Time;
import java.time.Duration;
import java.util.List;

/**
 * {@code join!} of three sleeps: three timers armed at once in the timing wheel, one task woken by each
 * as it fires; the total is the longest sleep, not the sum.
 */
public final class SleepJoinDemo implements Scenario {
    static final String SOURCE = """
            use tokio::time::{sleep, Duration, Instant};

            async fn fetch(what: &str, ms: u64) -> String {
                sleep(Duration::from_millis(ms)).await;
                println!("{what} arrived");
                format!("{what}: ok")
            }

            #[tokio::main(flavor = "current_thread")]
            async fn main() {
                let start = Instant::now();
                let (user, orders, prices) = tokio::join!(
                    fetch("user", 300),
                    fetch("orders", 200),
                    fetch("prices", 100),
                );
                println!("{user}, {orders}, {prices}");
                println!("took {} ms", start.elapsed().as_millis());
            }
            """;

    @Override
    public String title() {
        return "join! of three sleeps — timers";
    }

    @Override
    public String summary() {
        return "Three timers in the wheel at once; each wakes the one task. Total: the longest sleep, not the sum.";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public RunSettings defaults() {
        return new RunSettings(false, 1, 1, Flavor.CURRENT_THREAD);
    }

    private static Script fetch(String what, int ms) {
        return Script.named("fetch(" + what + ")")
                .await("sleep", () -> Time.sleep(Duration.ofMillis(ms)))
                .returning(v -> {
                    Script.println(what + " arrived");
                    return what + ": ok";
                })
                .build();
    }

    @Override
    public Trace run(RunSettings s, RunControl control) {
        return Demos.record(title(), SOURCE, s, control, () -> {
            long[] start = new long[1];
            return Script.named("main")
                    .run("Instant::now", () -> start[0] = Time.now())
                    .await("join!", () -> Join.of(fetch("user", 300), fetch("orders", 200), fetch("prices", 100)))
                    .returning(v -> {
                        List<?> r = (List<?>) v;
                        Script.println(r.get(0) + ", " + r.get(1) + ", " + r.get(2));
                        Script.println("took " + (Time.now() - start[0]) / 1_000_000 + " ms");
                        return v;
                    })
                    .build();
        });
    }
}
