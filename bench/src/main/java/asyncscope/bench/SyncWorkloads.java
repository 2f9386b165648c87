package asyncscope.bench;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.sync.Mpsc;
import asyncscope.engine.sync.MpscReceiver;
import asyncscope.engine.sync.MpscSender;
import asyncscope.engine.sync.Result;
import asyncscope.engine.sync.Semaphore;
import asyncscope.engine.sync.SemaphorePermit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sync-primitive workloads of the issue, on our engine (threaded driver) and the same shapes on
 * java.util.concurrent peers:
 * <ul>
 *   <li>{@code semaphore_10k}: 10,000 tasks through a Semaphore(8), each yielding once while it holds
 *       its permit (unit: one task). Peer {@code fjp_semaphore_10k}: 10,000 ForkJoinPool tasks through a
 *       fair {@link java.util.concurrent.Semaphore}(8), each calling {@code Thread.yield()} while holding.</li>
 *   <li>{@code mpsc_1m}: 1,000,000 messages from 4 producer tasks through a bounded(32) channel to one
 *       consumer task (unit: one message). Peer {@code jdk_mpsc_1m}: 4 producer threads and a consumer
 *       thread on an {@link ArrayBlockingQueue}(32).</li>
 * </ul>
 * The engine futures are hand-written state machines, as compiled async code would be.
 */
public final class SyncWorkloads {
    private SyncWorkloads() {}

    public static List<Workload> all() {
        return List.of(new EngineSemaphore(), new FjpSemaphore(), new EngineMpsc(), new JdkMpsc());
    }

    static final int SEM_TASKS = 10_000;
    static final int SEM_PERMITS = 8;
    static final int PRODUCERS = 4;
    static final int MESSAGES = 1_000_000;
    static final int CAPACITY = 32;

    static void awaitAll(CountDownLatch latch, AtomicReference<Throwable> failure) throws Exception {
        if (!latch.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("workload did not finish in 60 s");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("workload failed", failure.get());
        }
    }

    /** semaphore_10k on the engine. */
    static final class EngineSemaphore extends EngineShapes.OnRuntime {
        public String name() { return "semaphore_10k"; }

        public long units() { return SEM_TASKS; }

        public long runOnce(int workers) throws Exception {
            Runtime rt = runtime(workers);
            Semaphore sem = new Semaphore(SEM_PERMITS);
            CountDownLatch done = new CountDownLatch(SEM_TASKS);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            long start = System.nanoTime();
            for (int i = 0; i < SEM_TASKS; i++) {
                rt.spawn(new Future<Void>() {
                    Future<Result<SemaphorePermit, Semaphore.AcquireError>> acquire = sem.acquire();
                    SemaphorePermit permit;
                    final YieldNow hold = new YieldNow();

                    public Poll<Void> poll(Context cx) {
                        if (permit == null) {
                            Poll<Result<SemaphorePermit, Semaphore.AcquireError>> p = acquire.poll(cx);
                            if (p.isPending()) {
                                return Poll.pending();
                            }
                            permit = p.value().unwrap();
                        }
                        if (hold.poll(cx).isPending()) {
                            return Poll.pending();
                        }
                        permit.drop();
                        done.countDown();
                        return Poll.ready(null);
                    }
                });
            }
            awaitAll(done, failure);
            long elapsed = System.nanoTime() - start;
            if (sem.availablePermits() != SEM_PERMITS) {
                throw new IllegalStateException("permits leaked: " + sem.availablePermits());
            }
            return elapsed;
        }
    }

    /** fjp_semaphore_10k: the same shape with a fair j.u.c. Semaphore inside ForkJoinPool tasks. */
    static final class FjpSemaphore implements Workload {
        private ForkJoinPool pool;
        private int poolWorkers;

        public String name() { return "fjp_semaphore_10k"; }

        public long units() { return SEM_TASKS; }

        public long runOnce(int workers) throws Exception {
            if (pool == null || poolWorkers != workers) {
                close();
                pool = new ForkJoinPool(workers, ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, true);
                poolWorkers = workers;
            }
            java.util.concurrent.Semaphore sem = new java.util.concurrent.Semaphore(SEM_PERMITS, true);
            CountDownLatch done = new CountDownLatch(SEM_TASKS);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            long start = System.nanoTime();
            for (int i = 0; i < SEM_TASKS; i++) {
                pool.execute(() -> {
                    try {
                        sem.acquire();
                        try {
                            Thread.yield();
                        } finally {
                            sem.release();
                        }
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    } finally {
                        done.countDown();
                    }
                });
            }
            awaitAll(done, failure);
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

    /** mpsc_1m on the engine. */
    static final class EngineMpsc extends EngineShapes.OnRuntime {
        public String name() { return "mpsc_1m"; }

        public long units() { return MESSAGES; }

        public long runOnce(int workers) throws Exception {
            Runtime rt = runtime(workers);
            Mpsc.Pair<Integer> ch = Mpsc.channel(CAPACITY);
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            long[] received = {0};
            int perProducer = MESSAGES / PRODUCERS;
            long start = System.nanoTime();
            MpscReceiver<Integer> rx = ch.receiver();
            rt.spawn(new Future<Void>() {
                Future<Optional<Integer>> recv;

                public Poll<Void> poll(Context cx) {
                    for (;;) {
                        if (recv == null) {
                            recv = rx.recv();
                        }
                        Poll<Optional<Integer>> p = recv.poll(cx);
                        if (p.isPending()) {
                            return Poll.pending();
                        }
                        recv = null;
                        if (p.value().isEmpty()) {
                            done.countDown();
                            return Poll.ready(null);
                        }
                        received[0]++;
                    }
                }
            });
            for (int k = 0; k < PRODUCERS; k++) {
                MpscSender<Integer> tx = k == PRODUCERS - 1 ? ch.sender() : ch.sender().clone();
                rt.spawn(new Future<Void>() {
                    int next;
                    Future<Result<Void, Mpsc.SendError<Integer>>> send;

                    public Poll<Void> poll(Context cx) {
                        for (;;) {
                            if (send == null) {
                                if (next == perProducer) {
                                    tx.drop();
                                    return Poll.ready(null);
                                }
                                send = tx.send(next++);
                            }
                            Poll<Result<Void, Mpsc.SendError<Integer>>> p = send.poll(cx);
                            if (p.isPending()) {
                                return Poll.pending();
                            }
                            send = null;
                            if (p.value().isErr()) {
                                failure.compareAndSet(null, new IllegalStateException("send failed"));
                            }
                        }
                    }
                });
            }
            awaitAll(done, failure);
            long elapsed = System.nanoTime() - start;
            if (received[0] != MESSAGES) {
                throw new IllegalStateException("received " + received[0] + " of " + MESSAGES);
            }
            return elapsed;
        }
    }

    /** jdk_mpsc_1m: 4 producer threads and a consumer thread on an ArrayBlockingQueue(32). */
    static final class JdkMpsc implements Workload {
        public String name() { return "jdk_mpsc_1m"; }

        public long units() { return MESSAGES; }

        public long runOnce(int workers) throws Exception {
            ArrayBlockingQueue<Integer> q = new ArrayBlockingQueue<>(CAPACITY);
            int perProducer = MESSAGES / PRODUCERS;
            AtomicReference<Throwable> failure = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            long[] received = {0};
            long start = System.nanoTime();
            Thread consumer = new Thread(() -> {
                try {
                    for (int i = 0; i < MESSAGES; i++) {
                        q.take();
                        received[0]++;
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    done.countDown();
                }
            }, "jdk-mpsc-consumer");
            consumer.start();
            Thread[] producers = new Thread[PRODUCERS];
            for (int k = 0; k < PRODUCERS; k++) {
                producers[k] = new Thread(() -> {
                    try {
                        for (int i = 0; i < perProducer; i++) {
                            q.put(i);
                        }
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    }
                }, "jdk-mpsc-producer-" + k);
                producers[k].start();
            }
            awaitAll(done, failure);
            long elapsed = System.nanoTime() - start;
            for (Thread t : producers) {
                t.join();
            }
            consumer.join();
            if (received[0] != MESSAGES) {
                throw new IllegalStateException("received " + received[0] + " of " + MESSAGES);
            }
            return elapsed;
        }
    }
}
