package asyncscope.app.scenario;

import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.event.Trace;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.task.JoinHandle;
import java.util.ArrayList;
import java.util.List;

/** Many small tasks at once: the stage switches to counts and heat instead of one token per task. */
public final class ScaleDemo implements Scenario {
    private final int tasks;

    public ScaleDemo(int tasks) {
        this.tasks = tasks;
    }

    @Override
    public String title() {
        return "Scale: " + String.format("%,d", tasks) + " tasks";
    }

    @Override
    public String summary() {
        return "Each task yields once and ends. A task costs a few hundred bytes, not a thread.";
    }

    @Override
    public String source() {
        return """
                #[tokio::main(flavor = "multi_thread", worker_threads = 4)]
                async fn main() {
                    let mut handles = Vec::new();
                    for i in 0..%d {
                        handles.push(tokio::spawn(async move {
                            tokio::task::yield_now().await;
                            i
                        }));
                    }
                    for h in handles {
                        h.await.unwrap();
                    }
                }
                """.formatted(tasks);
    }

    @Override
    public RunSettings defaults() {
        return RunSettings.simulated(11, 4);
    }

    @Override
    public Trace run(RunSettings s, RunControl control) {
        return Demos.record(title(), source(), s, control, () -> {
            List<JoinHandle<Object>> hs = new ArrayList<>();
            return Script.named("main")
                    .run("spawn", () -> {
                        for (int i = 0; i < tasks; i++) {
                            int n = i;
                            hs.add(Handle.current().spawn(Script.named("t" + i).await("yield_now", YieldNow::new)
                                    .returning(v -> n).build(), "t" + i, SourceSpan.at(5, 22)));
                        }
                    })
                    .await("h.await", () -> Futures.sequence(hs))
                    .build();
        });
    }
}
