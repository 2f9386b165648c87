package asyncscope.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.stage.StageLayout;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Payload.Where;
import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.event.WakeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Event kinds the engine on this branch does not emit yet (timers, sockets, resources) and edge cases
 * of the queue rules, fed as hand-written events: the stage state follows them, and the layout shows
 * a timing wheel and a resources panel only when there is something to show.
 */
class SyntheticEventsTest {
    private final List<Event> ev = new ArrayList<>();

    private void e(int worker, long task, Payload p) {
        ev.add(new Event(ev.size(), ev.size() * 1000L, worker, task, p));
    }

    @Test
    void timersSocketsAndResourcesAreTracked() {
        e(-1, 1, new Payload.Spawn(-1, "main", SourceSpan.NONE, false));
        e(-1, 1, new Payload.Schedule(Where.MAIN, -1, -1));
        e(-1, 1, new Payload.PollStart(0));
        e(-1, 1, new Payload.TimerArm(100, 5_000_000, 1, 17));
        e(-1, 1, new Payload.IoRegister(200, 1, "127.0.0.1:8080"));
        e(-1, 1, new Payload.Resource("semaphore", 300, "acquire", 3, "waiters: []"));
        e(-1, 1, new Payload.PollEnd(false, 1, 10));
        e(-1, -1, new Payload.TimerCascade(100, 1, 0, 5));
        e(-1, -1, new Payload.IoReady(200, 1));
        e(-1, -1, new Payload.TimerFire(100, 5_000_000));
        e(-1, 1, new Payload.Wake(WakeSource.of(WakeSource.Kind.TIMER, 100), -1));
        e(-1, 1, new Payload.Schedule(Where.MAIN, -1, -1));
        e(-1, -1, new Payload.IoDeregister(200));
        TraceModel m = new TraceModel(ev, Map.of("workers", "2"), "");
        assertEquals(2, m.workers());

        StageState armed = m.stateAt(7);
        assertEquals(new TimerEntry(100, 1, 5_000_000, 1, 17), armed.timers().get(100L));
        assertEquals(TaskStatus.WAITING, armed.status(0));
        assertEquals(1, armed.stateMachineState(0));
        assertEquals(1, armed.sockets().size());
        assertEquals(3, armed.resources().get(300L).value());
        StageLayout layout = new StageLayout(armed, 1200, 800, 1);
        assertNotNull(layout.wheel, "a wheel is drawn while timers are armed");
        assertNotNull(layout.boxOfKind("resources"));

        assertEquals(new TimerEntry(100, 1, 5_000_000, 0, 5), m.stateAt(8).timers().get(100L));
        assertEquals(1, m.stateAt(9).sockets().get(200L).readiness());
        StageState fired = m.stateAt(10);
        assertTrue(fired.timers().isEmpty());
        assertNull(new StageLayout(m.stateAt(m.size()), 1200, 800, 1).wheel);
        assertArrayEquals(new long[] {1}, m.stateAt(12).mainQueue());
        assertEquals(TaskStatus.QUEUED, m.stateAt(12).status(0));
        assertTrue(m.stateAt(13).sockets().isEmpty());
    }

    @Test
    void aLifoBumpMovesThePreviousTaskToTheBackOfTheLocalQueue() {
        for (long t = 1; t <= 3; t++) {
            e(0, t, new Payload.Spawn(-1, "t" + t, SourceSpan.NONE, false));
        }
        e(0, 1, new Payload.Schedule(Where.LOCAL, 0, -1));
        e(0, 2, new Payload.Schedule(Where.LIFO, 0, -1));
        e(0, 3, new Payload.Schedule(Where.LIFO, 0, -1)); // bumps 2
        e(0, 2, new Payload.Schedule(Where.LOCAL, 0, -1)); // the engine reports the bump next
        e(0, -1, new Payload.Move(Where.LOCAL, 0, Where.INJECT, -1, new long[] {1, 2}));
        e(1, -1, new Payload.Park());
        e(0, -1, new Payload.Unpark(1));
        e(1, 3, new Payload.PollStart(-1)); // a stale ordering: polled from the LIFO slot by another worker
        TraceModel m = new TraceModel(ev, Map.of("workers", "2"), "");
        StageState bumped = m.stateAt(6);
        assertEquals(3, bumped.lifo(0));
        assertArrayEquals(new long[] {1, 2}, bumped.localQueue(0));
        assertArrayEquals(new long[] {1, 2}, m.stateAt(7).localQueue(0), "the reported bump changes nothing more");
        StageState spilled = m.stateAt(8);
        assertArrayEquals(new long[0], spilled.localQueue(0));
        assertArrayEquals(new long[] {1, 2}, spilled.injectQueue());
        assertTrue(m.stateAt(9).parked(1));
        assertTrue(!m.stateAt(10).parked(1));
        StageState polled = m.stateAt(11);
        assertEquals(-1, polled.lifo(0));
        assertEquals(3, polled.running(1));
        assertEquals(Place.RUNNING, polled.place(2));
    }
}
