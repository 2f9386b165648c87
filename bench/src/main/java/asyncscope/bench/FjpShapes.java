package asyncscope.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Tokio-shaped workloads written directly against {@link ForkJoinPool} — the JDK's own work-stealing
 * executor, our nearest peer — so each engine number has a comparison measured in the same run.
 * "Yield" becomes re-submitting the continuation; a oneshot becomes a {@link CompletableFuture}.
 */
final class FjpShapes {
    private FjpShapes() {}

    static List<Workload> all() {
        return List.of(new SpawnMany(), new YieldMany(), new PingPong(), new ChainedSpawn());
    }

    private abstract static class OnPool implements Workload {
        private ForkJoinPool pool;
        private int poolWorkers;

        ForkJoinPool pool(int workers) {
            if (pool == null || poolWorkers != workers) {
                close();
                pool = new ForkJoinPool(workers, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, true);
                poolWorkers = workers;
            }
            return pool;
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
                pool = null;
            }
        }

        static void await(CountDownLatch latch) throws InterruptedException {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("workload did not finish in 60 s");
            }
        }
    }

    /** 100,000 tasks submitted from inside the pool, each sending on an unbounded queue. */
    static final class SpawnMany extends OnPool {
        static final int N = 100_000;

        public String name() { return "fjp_spawn_many"; }

        public long units() { return N; }

        public long runOnce(int workers) throws Exception {
            ForkJoinPool p = pool(workers);
            LinkedTransferQueue<Integer> tx = new LinkedTransferQueue<>();
            long start = System.nanoTime();
            p.execute(() -> {
                for (int i = 0; i < N; i++) {
                    p.execute(() -> tx.add(1));
                }
            });
            for (int i = 0; i < N; i++) {
                tx.take();
            }
            return System.nanoTime() - start;
        }
    }

    /** 200 tasks × 1,000 yields (re-submissions); unit = one yield. */
    static final class YieldMany extends OnPool {
        static final int TASKS = 200;
        static final int YIELDS = 1000;

        public String name() { return "fjp_yield_many"; }

        public long units() { return (long) TASKS * YIELDS; }

        public long runOnce(int workers) throws Exception {
            ForkJoinPool p = pool(workers);
            CountDownLatch done = new CountDownLatch(TASKS);
            long start = System.nanoTime();
            for (int t = 0; t < TASKS; t++) {
                p.execute(new Runnable() {
                    int left = YIELDS;

                    public void run() {
                        if (left-- > 0) {
                            p.execute(this);
                        } else {
                            done.countDown();
                        }
                    }
                });
            }
            await(done);
            return System.nanoTime() - start;
        }
    }

    /** 1,000 iterations of two tasks trading two one-shot messages. */
    static final class PingPong extends OnPool {
        static final int N = 1000;

        public String name() { return "fjp_ping_pong"; }

        public long units() { return N; }

        public long runOnce(int workers) throws Exception {
            ForkJoinPool p = pool(workers);
            CountDownLatch done = new CountDownLatch(1);
            AtomicInteger rem = new AtomicInteger(N);
            long start = System.nanoTime();
            for (int i = 0; i < N; i++) {
                p.execute(() -> {
                    CompletableFuture<Void> ping = new CompletableFuture<>();
                    CompletableFuture<Void> pong = new CompletableFuture<>();
                    p.execute(() -> ping.thenRunAsync(() -> pong.complete(null), p));
                    ping.complete(null);
                    pong.thenRunAsync(() -> {
                        if (rem.decrementAndGet() == 0) {
                            done.countDown();
                        }
                    }, p);
                });
            }
            await(done);
            return System.nanoTime() - start;
        }
    }

    /** A chain of 1,000 tasks, each submitting the next. */
    static final class ChainedSpawn extends OnPool {
        static final int N = 1000;

        public String name() { return "fjp_chained_spawn"; }

        public long units() { return N; }

        public long runOnce(int workers) throws Exception {
            ForkJoinPool p = pool(workers);
            CountDownLatch done = new CountDownLatch(1);
            long start = System.nanoTime();
            p.execute(new Step(p, N, done));
            await(done);
            return System.nanoTime() - start;
        }

        /** One link of the chain; submits a fresh link, as the engine spawns a fresh task. */
        private record Step(ForkJoinPool pool, int left, CountDownLatch done) implements Runnable {
            public void run() {
                if (left == 1) {
                    done.countDown();
                } else {
                    pool.execute(new Step(pool, left - 1, done));
                }
            }
        }
    }
}
