package asyncscope.app.scenario;

import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.event.Trace;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.sync.Result;
import asyncscope.engine.sync.Semaphore;
import asyncscope.engine.sync.SemaphorePermit;
import asyncscope.engine.task.JoinHandle;
import java.util.ArrayList;
import java.util.List;

/** Eight jobs, two permits: at most two jobs work at once; the rest wait in the semaphore's fair line. */
public final class SemaphoreDemo implements Scenario {
    static final String SOURCE = """
            use std::sync::Arc;
            use tokio::sync::Semaphore;

            #[tokio::main(flavor = "multi_thread", worker_threads = 2)]
            async fn main() {
                let permits = Arc::new(Semaphore::new(2));
                let mut handles = Vec::new();
                for i in 0..8 {
                    let permits = Arc::clone(&permits);
                    handles.push(tokio::spawn(async move {
                        let _permit = permits.acquire().await.unwrap();
                        for _ in 0..3 {
                            tokio::task::yield_now().await; // the work
                        }
                        println!("job {i} done");
                    })); // _permit dropped: the next in line may go
                }
                for h in handles { h.await.unwrap(); }
            }
            """;

    @Override
    public String title() {
        return "Semaphore — two at a time";
    }

    @Override
    public String summary() {
        return "Eight jobs share two permits: watch the permits and the waiting line on the stage.";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public RunSettings defaults() {
        return RunSettings.simulated(3, 2);
    }

    @Override
    public Trace run(RunSettings s, RunControl control) {
        return Demos.record(title(), SOURCE, s, control, () -> {
            List<JoinHandle<Object>> hs = new ArrayList<>();
            return Script.named("main")
                    .run("spawn", () -> {
                        Semaphore permits = new Semaphore(2);
                        for (int i = 0; i < 8; i++) {
                            int n = i;
                            SemaphorePermit[] held = new SemaphorePermit[1];
                            hs.add(Handle.current().spawn(Script.named("job " + i)
                                    .await("acquire", () -> Futures.map(permits.acquire(), r -> {
                                        if (r instanceof Result.Ok<SemaphorePermit, Semaphore.AcquireError> ok) {
                                            held[0] = ok.value();
                                        }
                                        return r;
                                    }))
                                    .repeat(3, "yield_now", YieldNow::new)
                                    .run("println", () -> Script.println("job " + n + " done"))
                                    .run("drop(_permit)", () -> {
                                        if (held[0] != null) {
                                            held[0].drop();
                                        }
                                    })
                                    .build(), "job " + i, SourceSpan.at(10, 26)));
                        }
                    })
                    .await("h.await", () -> Futures.sequence(hs))
                    .build();
        });
    }
}
