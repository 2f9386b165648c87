package asyncscope.bench;

import asyncscope.engine.event.Recorder;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The workloads of Tokio's own scheduler benchmarks (benches/rt_multi_threaded.rs), on our engine with
 * the threaded driver: spawn_many, yield_many, ping_pong, chained_spawn, and spawn_many with a trace
 * recorder attached. The futures are written by hand as state machines, as compiled async code would be.
 */
final class EngineShapes {
    private EngineShapes() {}

    static List<Workload> all() {
        List<Workload> all = new ArrayList<>();
        all.add(new YieldMany());
        all.add(new ChainedSpawn());
        all.addAll(ChannelShapes.all());
        return all;
    }

    /** Keeps one threaded runtime per worker count across runs, as Tokio's benches keep theirs. */
    abstract static class OnRuntime implements Workload {
        private Runtime rt;
        private int rtWorkers;

        Runtime runtime(int workers) {
            if (rt == null || rtWorkers != workers) {
                close();
                rt = Runtime.builder().multiThread(workers).threaded().build();
                rtWorkers = workers;
            }
            return rt;
        }

        @Override
        public void close() {
            if (rt != null) {
                rt.close();
                rt = null;
            }
        }

        static void await(CountDownLatch latch) throws InterruptedException {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("workload did not finish in 60 s");
            }
        }
    }

    /** A fresh runtime with a recorder per run (the recorder keeps every event of the run). */
    static Runtime tracedRuntime(int workers) {
        return Runtime.builder().multiThread(workers).threaded().recorder(new Recorder()).build();
    }

    /** 200 tasks × 1,000 {@code yield_now().await}; unit = one yield. */
    static final class YieldMany extends OnRuntime {
        static final int TASKS = 200;
        static final int YIELDS = 1000;

        public String name() { return "yield_many"; }

        public long units() { return (long) TASKS * YIELDS; }

        public long runOnce(int workers) throws Exception {
            Runtime rt = runtime(workers);
            CountDownLatch done = new CountDownLatch(TASKS);
            long start = System.nanoTime();
            for (int t = 0; t < TASKS; t++) {
                rt.spawn(new Future<Void>() {
                    int left = YIELDS;
                    YieldNow current;

                    public Poll<Void> poll(Context cx) {
                        for (;;) {
                            if (current != null) {
                                if (current.poll(cx).isPending()) {
                                    return Poll.pending();
                                }
                                current = null;
                            }
                            if (left-- == 0) {
                                done.countDown();
                                return Poll.ready(null);
                            }
                            current = new YieldNow();
                        }
                    }
                });
            }
            await(done);
            return System.nanoTime() - start;
        }
    }

    /** A chain of 1,000 tasks, each spawning the next from inside the runtime. */
    static final class ChainedSpawn extends OnRuntime {
        static final int N = 1000;

        public String name() { return "chained_spawn"; }

        public long units() { return N; }

        public long runOnce(int workers) throws Exception {
            Runtime rt = runtime(workers);
            CountDownLatch done = new CountDownLatch(1);
            long start = System.nanoTime();
            rt.spawn(link(N, done));
            await(done);
            return System.nanoTime() - start;
        }

        private static Future<Void> link(int left, CountDownLatch done) {
            return cx -> {
                if (left == 1) {
                    done.countDown();
                } else {
                    Handle.current().spawn(link(left - 1, done));
                }
                return Poll.ready(null);
            };
        }
    }
}
