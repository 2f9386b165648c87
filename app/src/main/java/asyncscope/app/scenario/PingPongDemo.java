package asyncscope.app.scenario;

import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.event.Trace;
import asyncscope.engine.future.Join;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Flavor;
import asyncscope.engine.runtime.Handle;

/** Two tasks that yield to each other: on one thread, concurrency is pure interleaving. */
public final class PingPongDemo implements Scenario {
    static final String SOURCE = """
            #[tokio::main(flavor = "current_thread")]
            async fn main() {
                let ping = tokio::spawn(async {
                    for i in 0..4 {
                        println!("ping {i}");
                        tokio::task::yield_now().await;
                    }
                });
                let pong = tokio::spawn(async {
                    for i in 0..4 {
                        println!("pong {i}");
                        tokio::task::yield_now().await;
                    }
                });
                let _ = tokio::join!(ping, pong);
            }
            """;

    @Override
    public String title() {
        return "yield_now ping-pong";
    }

    @Override
    public String summary() {
        return "Two tasks on one thread take turns: each yield_now sends the task to the back of the queue.";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public RunSettings defaults() {
        return new RunSettings(false, 1, 1, Flavor.CURRENT_THREAD);
    }

    private static Script player(String word) {
        Script.Builder b = Script.named(word);
        for (int i = 0; i < 4; i++) {
            int n = i;
            b.run("println", () -> Script.println(word + " " + n)).await("yield_now", YieldNow::new);
        }
        return b.build();
    }

    @Override
    public Trace run(RunSettings s, RunControl control) {
        return Demos.record(title(), SOURCE, s, control, () -> Script.named("main")
                .await("join!", () -> Join.of(
                        Handle.current().spawn(player("ping"), "ping", SourceSpan.at(3, 16)),
                        Handle.current().spawn(player("pong"), "pong", SourceSpan.at(9, 16))))
                .build());
    }
}
