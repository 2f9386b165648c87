package asyncscope.engine.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.Trace;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Futures;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Rt;
import asyncscope.engine.runtime.Runtime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a runaway program does to the runtime stays inside its budget: an {@code Error} thrown by a poll (out of
 * memory, a stack overflow) fails that task, not its worker; dropping many tasks at shutdown allocates no stack
 * trace per task; a recorder stops at its cap and says so.
 */
class RunawayTest {

    static Stream<Rt.Shape> shapes() {
        return Rt.allShapes().stream();
    }

    /** A future whose first poll throws {@code e}. */
    private static Future<Integer> throwing(Error e) {
        return new Future<>() {
            @Override
            public Poll<Integer> poll(Context cx) {
                throw e;
            }

            @Override
            public String describe() {
                return "throwing";
            }
        };
    }

    /** A future that never completes (and never asks to be woken). */
    private static Future<Void> pending() {
        return new Future<>() {
            @Override
            public Poll<Void> poll(Context cx) {
                return Poll.pending();
            }

            @Override
            public String describe() {
                return "pending";
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void anOutOfMemoryErrorInAPollFailsItsTaskAndTheWorkerGoesOn(Rt.Shape shape) {
        try (Runtime rt = shape.build(1, null)) {
            for (Error e : new Error[] {new OutOfMemoryError("Java heap space"), new StackOverflowError()}) {
                JoinHandle<Integer> h = rt.spawn(throwing(e));
                JoinError je = assertThrows(JoinError.class, () -> rt.blockOn(h));
                assertTrue(je.isPanic());
                assertEquals(e instanceof OutOfMemoryError ? "out of memory (Java heap space)" : "stack overflow",
                        je.getMessage().replaceAll("^task \\d+ panicked with message \"|\"$", ""));
            }
            // every worker is still there: as many tasks as workers, each needing a worker, all complete
            List<JoinHandle<Integer>> hs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                hs.add(rt.spawn(Futures.ready(i)));
            }
            for (int i = 0; i < 8; i++) {
                assertEquals(i, rt.blockOn(hs.get(i)));
            }
            assertTrue(rt.core().internalErrors().isEmpty(), rt.core().internalErrors().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void shutdownDropsTasksWithoutAStackTraceEach(Rt.Shape shape) {
        Runtime rt = shape.build(2, null);
        List<JoinHandle<Void>> hs = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            hs.add(rt.spawn(pending()));
        }
        rt.blockOn(Futures.lazy(() -> 0));
        rt.shutdown(Duration.ofSeconds(5));
        for (JoinHandle<Void> h : hs) {
            JoinError e = h.errorIfFinished();
            assertTrue(e.isCancelled());
            assertEquals(0, e.getStackTrace().length, "a dropped task costs no stack trace");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aRecorderStopsAtItsCapAndSaysSo(Rt.Shape shape) {
        Recorder rec = new Recorder(10_000);
        try (Runtime rt = shape.build(2, rec)) {
            for (int round = 0; round < 20; round++) {
                List<JoinHandle<Integer>> hs = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    hs.add(rt.spawn(Futures.ready(i)));
                }
                for (JoinHandle<Integer> h : hs) {
                    rt.blockOn(h);
                }
            }
        }
        assertTrue(rec.size() <= 10_000 && rec.size() > 7_000, "recorded " + rec.size());
        assertTrue(rec.stopped(), "recorded " + rec.size());
        assertTrue(rec.dropped() > 0);
        assertTrue(rec.stoppedNote().startsWith("the trace recorder stopped after " + rec.size() + " events (its cap is 10000)"),
                rec.stoppedNote());
        Trace t = rec.toTrace(Map.of("seed", "0"), "");
        assertEquals(rec.stoppedNote(), t.settings().get("recording"));
        assertEquals(rec.size(), t.events().size());
        assertTrue(t.events().stream().anyMatch(e -> e.payload() instanceof Payload.Spawn));
    }
}
