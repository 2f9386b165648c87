package asyncscope.engine.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Rt;
import asyncscope.engine.runtime.Runtime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Panics become JoinErrors and the runtime goes on; shutdown drops pending tasks and leaves no thread. */
class PanicAndShutdownTest {

    static Stream<Rt.Shape> shapes() {
        return Rt.allShapes().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void panicBecomesJoinErrorAndRuntimeGoesOn(Rt.Shape shape) {
        Recorder rec = new Recorder();
        java.util.Set<Long> spawned = new java.util.HashSet<>();
        try (Runtime rt = shape.build(1, rec)) {
            List<JoinHandle<Integer>> hs = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int k = i;
                hs.add(rt.spawn(Futures.lazy(() -> {
                    if (k % 10 == 0) {
                        throw new IllegalStateException("boom " + k);
                    }
                    return k;
                })));
            }
            hs.forEach(h -> spawned.add(h.id()));
            int panics = 0;
            for (int i = 0; i < hs.size(); i++) {
                JoinHandle<Integer> h = hs.get(i);
                if (i % 10 == 0) {
                    JoinError e = assertThrows(JoinError.class, () -> rt.blockOn(h));
                    assertTrue(e.isPanic());
                    assertEquals("boom " + i, e.panicMessage());
                    panics++;
                } else {
                    assertEquals(i, rt.blockOn(h));
                }
            }
            assertEquals(10, panics);
            // The workers are still alive and well.
            assertEquals(42, rt.blockOn(rt.spawn(Futures.ready(42))));
            assertTrue(rt.core().internalErrors().isEmpty());
        }
        long panicEvents = rec.events().stream().filter(e -> spawned.contains(e.task()))
                .filter(e -> e.payload() instanceof Payload.Complete c && c.outcome() == Payload.Outcome.PANIC).count();
        assertEquals(10, panicEvents);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void shutdownDropsPendingTasksAndEndsThreads(Rt.Shape shape) throws Exception {
        AtomicInteger drops = new AtomicInteger();
        Recorder rec = new Recorder();
        Runtime rt = shape.build(2, rec);
        List<JoinHandle<Void>> hs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            hs.add(rt.spawn(new Future<Void>() {
                @Override
                public Poll<Void> poll(Context cx) {
                    return Poll.pending(); // waits forever
                }

                @Override
                public void drop() {
                    drops.incrementAndGet();
                }
            }));
        }
        JoinHandle<String> blocking = rt.spawnBlocking(() -> "blocking done");
        // Let everything be polled once.
        rt.blockOn(Rt.inside(() -> Futures.ready(null)));
        assertEquals("blocking done", rt.blockOn(blocking));
        rt.shutdown(Duration.ofSeconds(5));

        assertEquals(50, drops.get(), "every pending task's cleanup ran");
        for (JoinHandle<Void> h : hs) {
            assertTrue(h.isFinished());
            JoinError e = h.errorIfFinished();
            assertNotNull(e);
            assertTrue(e.isCancelled());
        }
        assertTrue(rt.workerThreadsEnded(), "worker threads ended");
        assertEquals(0, rt.liveTasks());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (rt.blockingThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, rt.blockingThreads(), "blocking threads ended");
        long shutdownDrops = rec.events().stream().map(Event::payload)
                .filter(p -> p instanceof Payload.Drop d && d.reason() == Payload.DropReason.SHUTDOWN).count();
        assertEquals(50, shutdownDrops);
        // A spawn after shutdown is refused: the task is cancelled before it runs.
        JoinHandle<Integer> late = rt.spawn(Futures.ready(1));
        assertTrue(late.isFinished());
        assertTrue(late.errorIfFinished().isCancelled());
        assertThrows(IllegalStateException.class, () -> rt.blockOn(Futures.ready(1)));
    }

    /** Tasks still sitting in run queues (never polled) are dropped at shutdown too, cleanup and all. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void queuedTasksThatNeverRanAreDroppedAtShutdown(Rt.Shape shape) {
        AtomicInteger drops = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        Runtime rt = shape.build(4, null);
        List<JoinHandle<Void>> children = new ArrayList<>();
        // The root spawns 600 children onto its worker (LIFO slot, local queue, overflow into the inject
        // queue) and returns at once without awaiting them; some may run before shutdown, most will not.
        rt.blockOn(Rt.inside(() -> {
            for (int i = 0; i < 600; i++) {
                children.add(asyncscope.engine.runtime.Handle.current().spawn(new Future<Void>() {
                    @Override
                    public Poll<Void> poll(Context cx) {
                        ran.incrementAndGet();
                        return Poll.pending();
                    }

                    @Override
                    public void drop() {
                        drops.incrementAndGet();
                    }
                }));
            }
            return Futures.ready(null);
        }));
        rt.shutdown(Duration.ofSeconds(5));
        assertEquals(600, drops.get(), "every child dropped exactly once (" + ran.get() + " had run)");
        for (JoinHandle<Void> h : children) {
            assertTrue(h.isFinished());
            assertTrue(h.errorIfFinished().isCancelled());
        }
        assertEquals(0, rt.liveTasks());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void panicInRootIsReported(Rt.Shape shape) {
        try (Runtime rt = shape.build(2, null)) {
            // As with Tokio's block_on, the root's panic resumes on the caller as what was thrown.
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> rt.blockOn(Futures.lazy(() -> {
                throw new ArithmeticException("attempt to divide by zero");
            })));
            assertEquals("attempt to divide by zero", e.getMessage());
            assertFalse(rt.core().isShutdown());
            assertEquals(3, rt.blockOn(Futures.ready(3)));
        }
    }

    /**
     * As Tokio's harness: a future whose destructor panics while the task is cancelled (abort, or shutdown) ends
     * with that panic as its JoinError, not "cancelled"; the destructor runs as the task (its events carry its id).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aDestructorThatPanicsTurnsTheCancellationIntoAPanic(Rt.Shape shape) {
        Recorder rec = new Recorder();
        java.util.Map<Long, Long> droppedAs = new java.util.concurrent.ConcurrentHashMap<>();
        Runtime rt = shape.build(2, rec);
        List<JoinHandle<Void>> hs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int k = i;
            hs.add(rt.spawn(new Future<Void>() {
                @Override
                public Poll<Void> poll(Context cx) {
                    return Poll.pending();
                }

                @Override
                public void drop() {
                    droppedAs.put((long) k, asyncscope.engine.runtime.Current.get().taskId());
                    if (k % 2 == 1) {
                        throw new IllegalStateException("drop " + k + " failed");
                    }
                }
            }));
        }
        rt.blockOn(Rt.inside(() -> Futures.ready(null)));
        for (int i = 0; i < 10; i++) {
            hs.get(i).abort();
        }
        for (int i = 0; i < 10; i++) {
            int k = i;
            JoinError e = assertThrows(JoinError.class, () -> rt.blockOn(hs.get(k)));
            assertEquals(k % 2 == 1, e.isPanic(), "task " + k);
            assertEquals(k % 2 == 0, e.isCancelled(), "task " + k);
            if (k % 2 == 1) {
                assertEquals("drop " + k + " failed", e.panicMessage());
            }
        }
        rt.shutdown(Duration.ofSeconds(5));
        for (int i = 10; i < 20; i++) {
            JoinError e = hs.get(i).errorIfFinished();
            assertNotNull(e, "task " + i + " finished at shutdown");
            assertEquals(i % 2 == 1, e.isPanic(), "task " + i);
        }
        for (int i = 0; i < 20; i++) {
            assertEquals(hs.get(i).id(), droppedAs.get((long) i), "task " + i + "'s destructor ran as the task");
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        hs.forEach(h -> ids.add(h.id()));
        long panicked = rec.events().stream().filter(e -> ids.contains(e.task()) && e.payload() instanceof Payload.Complete c
                && c.outcome() == Payload.Outcome.PANIC).count();
        assertEquals(10, panicked);
        assertTrue(rt.workerThreadsEnded());
    }
}
