package asyncscope.app.scenario;

import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.event.Trace;
import asyncscope.engine.future.Join;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.task.JoinHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Uneven load: one task spawns sixteen jobs, which all land on its own worker's queue; idle workers
 * wake up and steal half of that queue at a time.
 */
public final class StealingDemo implements Scenario {
    static final String SOURCE = """
            #[tokio::main(flavor = "multi_thread", worker_threads = 4)]
            async fn main() {
                let producer = tokio::spawn(async {
                    let mut jobs = Vec::new();
                    for i in 0..16 {
                        jobs.push(tokio::spawn(async move {
                            for _ in 0..3 {
                                busy_work(i);
                                tokio::task::yield_now().await;
                            }
                            i
                        }));
                    }
                    let mut sum = 0;
                    for job in jobs {
                        sum += job.await.unwrap();
                    }
                    sum
                });
                println!("sum = {}", producer.await.unwrap());
            }

            fn busy_work(seed: u64) -> u64 {
                (0..2_000u64).fold(seed, |x, i| x.rotate_left(13) ^ i)
            }
            """;

    @Override
    public String title() {
        return "Uneven load → work stealing";
    }

    @Override
    public String summary() {
        return "One task spawns 16 jobs onto its own worker. Watch idle workers wake and steal half a queue.";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public RunSettings defaults() {
        return RunSettings.simulated(7, 4);
    }

    @Override
    public Trace run(RunSettings s, RunControl control) {
        return Demos.record(title(), SOURCE, s, control, () -> {
            List<JoinHandle<Object>> jobs = new ArrayList<>();
            Script producer = Script.named("producer")
                    .run("spawn jobs", () -> {
                        for (int i = 0; i < 16; i++) {
                            int n = i;
                            Script job = Script.named("job " + i)
                                    .run("busy_work", () -> Demos.busyWork(n, 2000))
                                    .await("yield_now", YieldNow::new)
                                    .run("busy_work", () -> Demos.busyWork(n, 2000))
                                    .await("yield_now", YieldNow::new)
                                    .run("busy_work", () -> Demos.busyWork(n, 2000))
                                    .await("yield_now", YieldNow::new)
                                    .returning(v -> n)
                                    .build();
                            jobs.add(Handle.current().spawn(job, "job " + i, SourceSpan.at(6, 23)));
                        }
                    })
                    .await("job.await", () -> new Join<>(jobs))
                    .returning(v -> ((List<?>) v).stream().mapToInt(o -> (Integer) o).sum())
                    .build();
            return Script.named("main")
                    .await("producer.await", () -> Handle.current().spawn(producer, "producer", SourceSpan.at(3, 20)))
                    .returning(v -> {
                        Script.println("sum = " + v);
                        return v;
                    })
                    .build();
        });
    }
}
