package asyncscope.app.scenario;

import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.event.Trace;
import asyncscope.engine.future.Join;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Handle;

/** {@code spawn_blocking}: CPU-heavy work goes to the blocking pool while the workers keep serving tasks. */
public final class BlockingDemo implements Scenario {
    static final String SOURCE = """
            #[tokio::main(flavor = "multi_thread", worker_threads = 2)]
            async fn main() {
                let ticker = tokio::spawn(async {
                    for i in 0..6 {
                        println!("tick {i}");
                        tokio::task::yield_now().await;
                    }
                });
                let hasher = tokio::spawn(async {
                    let digest = tokio::task::spawn_blocking(|| {
                        expensive_hash()   // runs on a blocking-pool thread
                    }).await.unwrap();
                    println!("digest {digest:x}");
                });
                let _ = tokio::join!(ticker, hasher);
            }

            fn expensive_hash() -> u64 {
                (0..3_000_000u64).fold(42, |x, i| x.rotate_left(13) ^ i)
            }
            """;

    @Override
    public String title() {
        return "spawn_blocking — offload CPU work";
    }

    @Override
    public String summary() {
        return "The hash runs on a blocking-pool thread; the ticker keeps running on the workers meanwhile.";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public RunSettings defaults() {
        return RunSettings.simulated(5, 2);
    }

    @Override
    public Trace run(RunSettings s, RunControl control) {
        return Demos.record(title(), SOURCE, s, control, () -> {
            Script.Builder tick = Script.named("ticker");
            for (int i = 0; i < 6; i++) {
                int n = i;
                tick.run("println", () -> Script.println("tick " + n)).await("yield_now", YieldNow::new);
            }
            Script hasher = Script.named("hasher")
                    .await("spawn_blocking", () -> Handle.current().spawnBlocking(
                            () -> Demos.busyWork(42, 3_000_000), "expensive_hash", SourceSpan.at(10, 22)))
                    .returning(v -> {
                        Script.println("digest " + Long.toHexString((Long) v));
                        return v;
                    })
                    .build();
            return Script.named("main")
                    .await("join!", () -> Join.of(
                            Handle.current().spawn(tick.build(), "ticker", SourceSpan.at(3, 18)),
                            Handle.current().spawn(hasher, "hasher", SourceSpan.at(9, 18))))
                    .build();
        });
    }
}
