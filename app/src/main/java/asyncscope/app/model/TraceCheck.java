package asyncscope.app.model;

import asyncscope.engine.event.Event;
import asyncscope.engine.event.Payload;
import asyncscope.engine.time.TimingWheel;
import java.util.List;
import java.util.Map;

/**
 * What a trace must satisfy before the model sizes anything by it. A trace file can be well-formed (the
 * reader accepts it, its checksum is right) and still be hostile: a worker index of 10⁹ or a setting
 * {@code workers=150000000} would make the model allocate per-worker arrays of that size. Every worker,
 * blocking-thread, timer level and slot number an event carries is checked against the limits a real run
 * has, and the first one outside them is refused with the event's index and what was expected.
 */
public final class TraceCheck {
    /** The most workers a run can have (the run settings and the command line allow 1..64). */
    public static final int MAX_WORKERS = 64;
    /** The most blocking-pool threads the model will lay out (the engine's default pool has 512). */
    public static final int MAX_BLOCKING_THREADS = 4096;

    private TraceCheck() {}

    /** A trace the model will not show; the message says which event or setting and what was expected. */
    public static final class Refused extends IllegalArgumentException {
        Refused(String message) {
            super(message);
        }
    }

    /** Throws {@link Refused} at the first setting or event outside what a run can produce. */
    public static void check(List<Event> events, Map<String, String> settings) {
        String w = settings.get("workers");
        if (w != null) {
            long n;
            try {
                n = Long.parseLong(w.trim());
            } catch (NumberFormatException e) {
                n = 1; // not a number: the events decide, as before
            }
            if (n > MAX_WORKERS) {
                throw new Refused("the trace's settings say workers=" + w.trim() + "; a run has at most " + MAX_WORKERS + " workers");
            }
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            worker(i, "runs on worker", e.worker());
            Payload p = e.payload();
            if (p instanceof Payload.Schedule s) {
                worker(i, "schedules onto worker", s.target());
            } else if (p instanceof Payload.Move m) {
                worker(i, "moves tasks from worker", m.fromWorker());
                worker(i, "moves tasks to worker", m.toWorker());
            } else if (p instanceof Payload.Steal s) {
                worker(i, "steals from worker", s.victim());
            } else if (p instanceof Payload.Unpark u) {
                worker(i, "unparks worker", u.target());
            } else if (p instanceof Payload.BlockingStart b) {
                thread(i, b.thread());
            } else if (p instanceof Payload.BlockingEnd b) {
                thread(i, b.thread());
            } else if (p instanceof Payload.TimerArm a) {
                wheel(i, a.level(), a.slot());
            } else if (p instanceof Payload.TimerCascade c) {
                wheel(i, c.fromLevel(), 0);
                wheel(i, c.toLevel(), c.toSlot());
            }
        }
    }

    private static void worker(int event, String what, int w) {
        if (w < -1 || w >= MAX_WORKERS) {
            throw new Refused("event " + event + " " + what + " " + w + "; a run has at most " + MAX_WORKERS
                    + " workers (0.." + (MAX_WORKERS - 1) + ", or -1 for none)");
        }
    }

    private static void thread(int event, int t) {
        if (t < 0 || t >= MAX_BLOCKING_THREADS) {
            throw new Refused("event " + event + " names blocking thread " + t + "; expected 0.." + (MAX_BLOCKING_THREADS - 1));
        }
    }

    private static void wheel(int event, int level, int slot) {
        if (level < 0 || level >= TimingWheel.LEVELS || slot < 0 || slot >= TimingWheel.SLOTS) {
            throw new Refused("event " + event + " puts a timer at level " + level + ", slot " + slot + "; the timing wheel has levels 0.."
                    + (TimingWheel.LEVELS - 1) + " and slots 0.." + (TimingWheel.SLOTS - 1));
        }
    }
}
