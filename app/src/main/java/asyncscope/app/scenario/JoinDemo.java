package asyncscope.app.scenario;

import asyncscope.engine.event.Trace;
import asyncscope.engine.future.Join;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Flavor;
import java.util.List;

/**
 * {@code join!} of three futures inside one task: a single task is polled again and again, each poll
 * driving whichever of the three can make progress, until the slowest is done.
 */
public final class JoinDemo implements Scenario {
    static final String SOURCE = """
            async fn fetch(name: &str, steps: u32) -> String {
                for _ in 0..steps {
                    // stands in for waiting on the network
                    tokio::task::yield_now().await;
                }
                format!("{name} done")
            }

            #[tokio::main(flavor = "current_thread")]
            async fn main() {
                let (a, b, c) = tokio::join!(
                    fetch("users", 1),
                    fetch("orders", 3),
                    fetch("prices", 2),
                );
                println!("{a}, {b}, {c}");
            }
            """;

    @Override
    public String title() {
        return "join! — three futures, one task";
    }

    @Override
    public String summary() {
        return "One task, three futures: every poll of main drives all three; it finishes when the slowest does.";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public RunSettings defaults() {
        return new RunSettings(false, 1, 1, Flavor.CURRENT_THREAD);
    }

    static Script fetch(String name, int steps) {
        return Script.named("fetch(" + name + ")")
                .repeat(steps, "yield_now", YieldNow::new)
                .returning(v -> {
                    Script.println(name + " done");
                    return name + " done";
                })
                .build();
    }

    @Override
    public Trace run(RunSettings s, RunControl control) {
        return Demos.record(title(), SOURCE, s, control, () -> Script.named("main")
                .await("join!", () -> Join.of(fetch("users", 1), fetch("orders", 3), fetch("prices", 2)))
                .returning(v -> {
                    List<?> r = (List<?>) v;
                    Script.println(r.get(0) + ", " + r.get(1) + ", " + r.get(2));
                    return v;
                })
                .build());
    }
}
