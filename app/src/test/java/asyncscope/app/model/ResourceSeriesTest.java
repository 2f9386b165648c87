package asyncscope.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.scenario.Script;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Recorder;
import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.future.Futures;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.sync.Mpsc;
import asyncscope.engine.sync.Result;
import asyncscope.engine.sync.Semaphore;
import asyncscope.engine.sync.SemaphorePermit;
import asyncscope.engine.task.JoinHandle;
import asyncscope.engine.time.Sleep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The requests-in-flight series, on traces recorded from real engine runs: twenty tasks behind a
 * four-permit Semaphore never have more than four in flight, do reach four, end at zero, and at every
 * playhead position the series agrees with the free permits the stage state derived independently.
 */
public class ResourceSeriesTest {
    /** Twenty "requests" (a 50 ms sleep each) behind a semaphore of {@code permits}, on the simulated driver. */
    public static List<Event> semaphoreRun(int permits, long seed) {
        Recorder rec = new Recorder();
        try (Runtime rt = Runtime.builder().multiThread(4).simulated(seed).recorder(rec).build()) {
            List<JoinHandle<Object>> hs = new ArrayList<>();
            rt.blockOn(Script.named("main").run("spawn", () -> {
                Semaphore sem = new Semaphore(permits);
                for (int i = 0; i < 20; i++) {
                    SemaphorePermit[] held = new SemaphorePermit[1];
                    hs.add(Handle.current().spawn(Script.named("request " + i)
                            .await("acquire", () -> Futures.map(sem.acquire(), r -> {
                                held[0] = ((Result.Ok<SemaphorePermit, Semaphore.AcquireError>) r).value();
                                return r;
                            }))
                            .await("request", () -> Sleep.of(Duration.ofMillis(50)))
                            .run("drop(_permit)", () -> held[0].drop())
                            .build(), "request " + i, SourceSpan.NONE));
                }
            }).await("join", () -> Futures.sequence(hs)).build(), "main", SourceSpan.NONE);
        }
        return rec.events();
    }

    @Test
    void atMostFourRequestsInFlightFromARealSemaphoreRun() {
        List<Event> events = semaphoreRun(4, 7);
        List<ResourceSeries> all = ResourceSeries.from(events);
        assertEquals(1, all.size(), "one semaphore");
        ResourceSeries s = all.get(0);
        assertEquals("semaphore", s.kind());
        assertEquals(4, s.limit());
        assertEquals(4, s.max(), "the limit is reached");
        assertEquals(0, s.valueAt(events.size()), "every permit is back at the end");
        for (int i = 0; i < s.size(); i++) {
            assertTrue(s.value(i) >= 0 && s.value(i) <= 4, "in flight " + s.value(i));
            if (i > 0) {
                assertTrue(s.time(i) >= s.time(i - 1) && s.eventIndex(i) > s.eventIndex(i - 1));
            }
        }
        // four at a time, 50 ms each: five rounds, so the run spans at least 250 ms of (virtual) time
        assertTrue(s.time(s.size() - 1) - s.time(0) >= 200_000_000L, "span " + (s.time(s.size() - 1) - s.time(0)));

        // independent check: at every position, in flight = permits - free permits of the derived stage state
        TraceModel m = new TraceModel(events, Map.of(), "");
        StageState st = m.newState();
        for (int p = 0; p <= m.size(); p++) {
            m.seek(st, p);
            ResourceEntry r = st.resources().get(s.id());
            long expected = r == null ? 0 : r.capacity() - r.value();
            assertEquals(expected, s.valueAt(p), "at position " + p);
        }
    }

    @Test
    void onePermitMeansOneAtATime() {
        ResourceSeries s = ResourceSeries.from(semaphoreRun(1, 3)).get(0);
        assertEquals(1, s.limit());
        assertEquals(1, s.max());
        assertEquals(0, s.valueAt(Integer.MAX_VALUE));
        // twenty 50 ms requests one after another: the permit is in use for at least a second of virtual time
        assertEquals(0, s.value(0), "created with nothing in use");
        assertEquals(1, s.value(1));
        assertTrue(s.time(s.size() - 1) - s.time(1) >= 1_000_000_000L, "span " + (s.time(s.size() - 1) - s.time(1)));
    }

    @Test
    void aBoundedChannelChartsItsBuffer() {
        Recorder rec = new Recorder();
        try (Runtime rt = Runtime.builder().currentThread().simulated(1).recorder(rec).build()) {
            rt.blockOn(Script.named("main").run("fill", () -> {
                var pair = Mpsc.<Integer>channel(3);
                for (int i = 0; i < 3; i++) {
                    pair.sender().trySend(i);
                }
                pair.receiver().tryRecv();
            }).build(), "main", SourceSpan.NONE);
        }
        List<ResourceSeries> all = ResourceSeries.from(rec.events());
        assertEquals(1, all.size());
        ResourceSeries s = all.get(0);
        assertEquals("mpsc", s.kind());
        assertEquals(3, s.limit());
        assertEquals(3, s.max());
        assertEquals(2, s.valueAt(rec.events().size()));
        long sends = rec.events().stream().filter(e -> e.payload() instanceof Payload.Resource r && r.op().equals("send")).count();
        assertEquals(3, sends);
    }
}
