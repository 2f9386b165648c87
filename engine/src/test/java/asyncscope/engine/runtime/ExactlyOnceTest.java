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
            long sum = rt.blockOn(Rt.inside(() -> {
                List<JoinHandle<Integer>> handles = new ArrayList<>(TASKS);
                for (int i = 0; i < TASKS; i++) {
                    int k = i;
                    handles.add(Handle.current().spawn(Futures.lazy(() -> {
                        runs.incrementAndGet(k);
                        return k;
                    })));
                }
                return Futures.map(Futures.sequence(handles), ExactlyOnceTest::sum);
            }));
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
