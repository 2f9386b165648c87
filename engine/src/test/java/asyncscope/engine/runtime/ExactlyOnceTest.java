package asyncscope.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.future.Futures;
import asyncscope.engine.task.JoinHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A million tasks, spawned from inside a task and from outside the runtime, each run exactly once and
 * every join handle completes with that task's value — on 1, 2 and 4 workers, threaded and simulated.
 */
class ExactlyOnceTest {
    static final int TASKS = 1_000_000;

    static Stream<Rt.Shape> shapes() {
        return Rt.allShapes().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void millionTasksSpawnedInsideRunOnce(Rt.Shape shape) {
        AtomicIntegerArray runs = new AtomicIntegerArray(TASKS);
        try (Runtime rt = shape.build(7, null)) {
            long sum = rt.blockOn(spawnCounted(TASKS, runs));
            assertEquals((long) TASKS * (TASKS - 1) / 2, sum);
            assertTrue(rt.core().internalErrors().isEmpty(), rt.core().internalErrors().toString());
        }
        assertAllOnce(runs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void millionTasksSpawnedOutsideRunOnce(Rt.Shape shape) {
        AtomicIntegerArray runs = new AtomicIntegerArray(TASKS);
        try (Runtime rt = shape.build(11, null)) {
            List<JoinHandle<Integer>> handles = new ArrayList<>(TASKS);
            for (int i = 0; i < TASKS; i++) {
                int k = i;
                handles.add(rt.spawn(Futures.lazy(() -> {
                    runs.incrementAndGet(k);
                    return k;
                })));
            }
            long sum = rt.blockOn(Futures.map(Futures.sequence(handles), ExactlyOnceTest::sum));
            assertEquals((long) TASKS * (TASKS - 1) / 2, sum);
            for (JoinHandle<Integer> h : handles) {
                assertTrue(h.isFinished());
            }
            assertEquals(0, rt.liveTasks());
        }
        assertAllOnce(runs);
    }

    /**
     * With a recorder attached, a spawn that overflows the local queue also reports which tasks moved to
     * the inject queue, while other workers may already be taking them: the report must not disturb the
     * spawning task (it once read a slot another worker had cleared, and the spawner panicked).
     */
    @ParameterizedTest(name = "traced {0}")
    @MethodSource("threadedMultiShapes")
    void tracedSpawnsThatOverflowStillRunOnce(Rt.Shape shape) {
        for (int round = 0; round < 5; round++) { // the race it guards against needs a few tries to show
            tracedOverflowRound(shape, round);
        }
    }

    private static void tracedOverflowRound(Rt.Shape shape, int seed) {
        int n = 100_000;
        AtomicIntegerArray runs = new AtomicIntegerArray(n);
        asyncscope.engine.event.Recorder rec = new asyncscope.engine.event.Recorder();
        try (Runtime rt = shape.build(seed, rec)) {
            // The spawner is a task on a worker (not the block-on thread), so its spawns go to its local queue.
            JoinHandle<Long> spawner = rt.spawn(spawnCounted(n, runs));
            long sum = rt.blockOn(spawner);
            assertEquals((long) n * (n - 1) / 2, sum);
            assertTrue(rt.core().internalErrors().isEmpty(), rt.core().internalErrors().toString());
        }
        assertAllOnce(runs);
        long movedToInject = rec.events().stream()
                .filter(e -> e.payload() instanceof asyncscope.engine.event.Payload.Move m
                        && m.to() == asyncscope.engine.event.Payload.Where.INJECT)
                .mapToLong(e -> ((asyncscope.engine.event.Payload.Move) e.payload()).tasks().length)
                .sum();
        assertTrue(movedToInject > 0, "the local queue overflowed and said so");
    }

    static Stream<Rt.Shape> threadedMultiShapes() {
        return Rt.allShapes().stream()
                .filter(s -> s.driver() == DriverKind.THREADED && s.flavor() == Flavor.MULTI_THREAD && s.workers() > 1);
    }

    /**
     * A future that, polled inside a runtime, spawns {@code n} tasks (task k counts its run in
     * {@code runs[k]} and returns k) and completes with the sum of their results.
     */
    private static asyncscope.engine.future.Future<Long> spawnCounted(int n, AtomicIntegerArray runs) {
        return Rt.inside(() -> {
            List<JoinHandle<Integer>> handles = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int k = i;
                handles.add(Handle.current().spawn(Futures.lazy(() -> {
                    runs.incrementAndGet(k);
                    return k;
                })));
            }
            return Futures.map(Futures.sequence(handles), ExactlyOnceTest::sum);
        });
    }

    private static long sum(List<Integer> values) {
        long s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    private static void assertAllOnce(AtomicIntegerArray runs) {
        for (int i = 0; i < runs.length(); i++) {
            if (runs.get(i) != 1) {
                throw new AssertionError("task " + i + " ran " + runs.get(i) + " times");
            }
        }
    }
}
