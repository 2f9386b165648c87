package asyncscope.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asyncscope.app.scenario.BlockingDemo;
import asyncscope.app.scenario.RunSettings;
import asyncscope.app.scenario.SleepJoinDemo;
import asyncscope.app.scenario.StealingDemo;
import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Traces that are well-formed (a trace file would carry them with a right checksum) but name workers,
 * blocking threads or timer slots no run can have: the model refuses them with a message naming the event,
 * instead of sizing arrays by them; and any such mutation of a real trace is either refused that way or
 * modelled without an exception at every keyframe.
 */
class HostileTraceTest {
    private static Trace real() throws Exception {
        Trace a = new StealingDemo().run(RunSettings.simulated(3, 4));
        Trace b = new BlockingDemo().run(RunSettings.simulated(3, 2));
        Trace c = new SleepJoinDemo().run(RunSettings.simulated(3, 2));
        List<Event> all = new ArrayList<>(a.events());
        all.addAll(b.events());
        all.addAll(c.events());
        return new Trace(a.settings(), a.program(), all);
    }

    private static Trace withEvent(Trace t, int at, Event e) {
        List<Event> ev = new ArrayList<>(t.events());
        ev.set(at, e);
        return new Trace(t.settings(), t.program(), ev);
    }

    @Test
    void aWorkerIndexOfABillionIsRefusedByEvent() throws Exception {
        Trace t = real();
        Event e = t.events().get(5);
        Trace bad = withEvent(t, 5, new Event(e.seq(), e.time(), 1_000_000_000, e.task(), e.payload()));
        TraceCheck.Refused r = assertThrows(TraceCheck.Refused.class, () -> new TraceModel(bad));
        assertEquals("event 5 runs on worker 1000000000; a run has at most 64 workers (0..63, or -1 for none)", r.getMessage());
    }

    @Test
    void aHugeWorkersSettingIsRefused() throws Exception {
        Trace t = real();
        Map<String, String> s = new HashMap<>(t.settings());
        s.put("workers", "150000000");
        TraceCheck.Refused r = assertThrows(TraceCheck.Refused.class, () -> new TraceModel(new Trace(s, t.program(), t.events())));
        assertEquals("the trace's settings say workers=150000000; a run has at most 64 workers", r.getMessage());
    }

    @Test
    void stealVictimsBlockingThreadsAndTimerSlotsAreChecked() throws Exception {
        Trace t = real();
        for (Payload p : List.of(new Payload.Steal(-7, new long[0]), new Payload.Unpark(64), new Payload.BlockingStart(-3),
                new Payload.BlockingEnd(1 << 20), new Payload.TimerArm(1, 5, 9, 0), new Payload.TimerCascade(1, 1, 0, 64),
                new Payload.Schedule(Payload.Where.LOCAL, Integer.MAX_VALUE, -1),
                new Payload.Move(Payload.Where.LOCAL, Integer.MIN_VALUE, Payload.Where.INJECT, -1, new long[0]))) {
            Event e = t.events().get(9);
            Trace bad = withEvent(t, 9, new Event(e.seq(), e.time(), e.worker(), e.task(), p));
            TraceCheck.Refused r = assertThrows(TraceCheck.Refused.class, () -> new TraceModel(bad), p.toString());
            assertTrue(r.getMessage().startsWith("event 9 "), r.getMessage());
        }
    }

    /** Every integer an event carries set to a random value, 400 times: refused clearly, or modelled throughout. */
    @Test
    void mutatedIntegersAreRefusedOrModelled() throws Exception {
        Trace t = real();
        Random r = new Random(16);
        int refused = 0;
        for (int round = 0; round < 400; round++) {
            int at = r.nextInt(t.events().size());
            Event e = t.events().get(at);
            int v = switch (r.nextInt(4)) {
                case 0 -> r.nextInt(8) - 2;
                case 1 -> r.nextInt(200) - 100;
                case 2 -> r.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
                default -> r.nextInt();
            };
            Event m = mutate(e, r.nextInt(3), v);
            Trace bad = withEvent(t, at, m);
            try {
                TraceModel model = new TraceModel(bad);
                for (int i = 0; i <= model.size(); i += model.keyframeInterval() / 2) {
                    model.stateAt(i);
                }
                model.stateAt(model.size());
            } catch (TraceCheck.Refused ok) {
                refused++;
            } catch (RuntimeException ex) {
                throw new AssertionError("event " + at + " mutated to " + m + " broke the model", ex);
            }
        }
        assertTrue(refused > 50, "most out-of-range values are refused, not silently drawn: " + refused);
    }

    private static Event mutate(Event e, int which, int v) {
        Payload p = e.payload();
        if (which == 0) {
            return new Event(e.seq(), e.time(), v, e.task(), p);
        }
        Payload q = p;
        if (p instanceof Payload.Schedule s) {
            q = new Payload.Schedule(s.where(), v, s.by());
        } else if (p instanceof Payload.Move m) {
            q = which == 1 ? new Payload.Move(m.from(), v, m.to(), m.toWorker(), m.tasks())
                    : new Payload.Move(m.from(), m.fromWorker(), m.to(), v, m.tasks());
        } else if (p instanceof Payload.Steal s) {
            q = new Payload.Steal(v, s.tasks());
        } else if (p instanceof Payload.Unpark) {
            q = new Payload.Unpark(v);
        } else if (p instanceof Payload.BlockingStart) {
            q = new Payload.BlockingStart(v);
        } else if (p instanceof Payload.BlockingEnd) {
            q = new Payload.BlockingEnd(v);
        } else if (p instanceof Payload.PollStart) {
            q = new Payload.PollStart(v);
        } else if (p instanceof Payload.PollEnd s) {
            q = new Payload.PollEnd(s.ready(), v, s.durationNanos());
        } else if (p instanceof Payload.TimerArm a) {
            q = which == 1 ? new Payload.TimerArm(a.timer(), a.deadline(), v, a.slot())
                    : new Payload.TimerArm(a.timer(), a.deadline(), a.level(), v);
        } else if (p instanceof Payload.TimerCascade c) {
            q = new Payload.TimerCascade(c.timer(), c.fromLevel(), which == 1 ? v : c.toLevel(), which == 2 ? v : c.toSlot());
        }
        return new Event(e.seq(), e.time(), e.worker(), which == 1 && q == p ? v : e.task(), q);
    }
}
