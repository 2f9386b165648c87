package asyncscope.bench;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.time.Sleep;
import asyncscope.engine.time.Time;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The timer workloads, on our engine (threaded driver) and on a java.util.concurrent peer:
 * <ul>
 *   <li>{@code timers_100k}: 100,000 tasks each sleeping 1–50 ms (spread evenly), all awaited; unit = one
 *       task (spawn, arm, park, fire, wake, complete).</li>
 *   <li>{@code stpe_timers_100k}: the same 100,000 delays scheduled on a {@link ScheduledThreadPoolExecutor}
 *       with as many threads as the engine has workers.</li>
 * </ul>
 * A run cannot be shorter than its longest sleep (50 ms), so the per-unit figure includes that wait
 * spread over 100,000 tasks (0.5 µs each); both lines pay it alike.
 */
public final class TimeWorkloads {
    static final int TASKS = 100_000;

    private TimeWorkloads() {}

    public static List<Workload> all() {
        return List.of(new Timers100k(), new StpeTimers100k());
    }

    /** Runs just these workloads: {@code TimeWorkloads [workers]}. */
    public static void main(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        TokioShapes.run(all(), workers, 5, 3, java.util.Set.of(), System.out);
        System.exit(0);
    }

    static long delayMs(int i) {
        return 1 + i % 50;
    }

    /** timers_100k on the engine. */
    static final class Timers100k extends EngineShapes.OnRuntime {
        public String name() { return "timers_100k"; }

        public long units() { return TASKS; }

        public long runOnce(int workers) throws Exception {
            Runtime rt = runtime(workers);
            CountDownLatch done = new CountDownLatch(TASKS);
            long start = System.nanoTime();
            for (int i = 0; i < TASKS; i++) {
                long ms = delayMs(i);
                rt.spawn(new Future<Void>() {
                    private Sleep sleep;

                    public Poll<Void> poll(Context cx) {
                        if (sleep == null) {
                            sleep = Time.sleep(Duration.ofMillis(ms));
                        }
                        if (sleep.poll(cx).isPending()) {
                            return Poll.pending();
                        }
                        done.countDown();
                        return Poll.ready(null);
                    }
                });
            }
            await(done);
            return System.nanoTime() - start;
        }
    }

    /** The same delays on a ScheduledThreadPoolExecutor. */
    static final class StpeTimers100k implements Workload {
        private ScheduledThreadPoolExecutor pool;
        private int poolThreads;

        public String name() { return "stpe_timers_100k"; }

        public long units() { return TASKS; }

        public long runOnce(int workers) throws Exception {
            if (pool == null || poolThreads != workers) {
                close();
                pool = new ScheduledThreadPoolExecutor(workers);
                poolThreads = workers;
            }
            CountDownLatch done = new CountDownLatch(TASKS);
            long start = System.nanoTime();
            for (int i = 0; i < TASKS; i++) {
                pool.schedule(done::countDown, delayMs(i), TimeUnit.MILLISECONDS);
            }
            EngineShapes.OnRuntime.await(done);
            return System.nanoTime() - start;
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
                pool = null;
            }
        }
    }
}
