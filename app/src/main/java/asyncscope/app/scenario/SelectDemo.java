package asyncscope.app.scenario;

import asyncscope.engine.event.Trace;
import asyncscope.engine.future.Select;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Flavor;

/** {@code select!}: a cache races a database; the first to finish wins and the loser is dropped. */
public final class SelectDemo implements Scenario {
    static final String SOURCE = """
            async fn cache() -> &'static str {
                for _ in 0..2 { tokio::task::yield_now().await; }
                "from cache"
            }

            async fn database() -> &'static str {
                for _ in 0..5 { tokio::task::yield_now().await; }
                "from database"
            }

            #[tokio::main(flavor = "current_thread")]
            async fn main() {
                tokio::select! {
                    v = cache() => println!("{v}"),
                    v = database() => println!("{v}"),
                }
                // the losing branch was dropped: its future never runs again
            }
            """;

    @Override
    public String title() {
        return "select! — a cache races a database";
    }

    @Override
    public String summary() {
        return "Both branches are polled in one task; the first ready wins and the loser is dropped (see DROP in the log).";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public RunSettings defaults() {
        return new RunSettings(false, 3, 1, Flavor.CURRENT_THREAD);
    }

    private static Script branch(String name, int steps, String value) {
        return Script.named(name).repeat(steps, "yield_now", YieldNow::new).returning(v -> value).build();
    }

    @Override
    public Trace run(RunSettings s, RunControl control) {
        return Demos.record(title(), SOURCE, s, control, () -> Script.named("main")
                .await("select!", () -> Select.of(branch("cache()", 2, "from cache"),
                        branch("database()", 5, "from database")))
                .returning(v -> {
                    Select.Winner<?> w = (Select.Winner<?>) v;
                    Script.println(String.valueOf(w.value()));
                    return w.value();
                })
                .build());
    }
}
