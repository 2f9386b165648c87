package asyncscope.engine.event;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Records every event of a run. Each emitting thread appends to a buffer of its own, so recording takes
 * no lock on the hot path; {@link #events()} merges the buffers by sequence number. Attach with
 * {@code Runtime.builder().recorder(recorder)}. It keeps a capped number of events ({@link #Recorder(long)});
 * past the cap it stops recording and says so ({@link #stoppedNote()}, and a {@code recording} setting in
 * the trace it makes).
 *
 * <p>A thread finds its buffer through one per-thread slot shared by all recorders (not a thread-local
 * per recorder): the slot only weakly refers to the buffer, so a long-lived thread such as the main
 * thread never keeps a finished recorder's events alive.
 */
public final class Recorder implements EventSink {
    /** The buffer this thread last wrote to, and for which recorder. */
    private static final class Slot {
        WeakReference<Recorder> owner = new WeakReference<>(null);
        WeakReference<EventBuffer> buffer = new WeakReference<>(null);
    }

    private static final ThreadLocal<Slot> SLOT = ThreadLocal.withInitial(Slot::new);

    /** Events a recorder keeps unless told otherwise: a few hundred MB of memory at most. */
    public static final long DEFAULT_MAX_EVENTS = 4_000_000;

    private final List<EventBuffer> buffers = new CopyOnWriteArrayList<>();
    private final long maxEvents;
    /** Events a buffer takes from the cap at a time: the hot path touches the shared counter once per grant. */
    private static final int GRANT = 256;
    /** Room taken by the buffers, a grant at a time. */
    private final AtomicLong reserved = new AtomicLong();
    private final LongAdder dropped = new LongAdder();
    private volatile boolean stopped;

    /** A recorder that keeps up to {@link #DEFAULT_MAX_EVENTS} events. */
    public Recorder() {
        this(DEFAULT_MAX_EVENTS);
    }

    /**
     * A recorder that keeps the first {@code maxEvents} events of a run (rounded down to a multiple of
     * {@value #GRANT}: each emitting thread takes room {@value #GRANT} events at a time) and then stops recording,
     * counting what it drops: a run of millions of tasks cannot fill the memory with its trace.
     */
    public Recorder(long maxEvents) {
        this.maxEvents = maxEvents;
    }

    @Override
    public void accept(Event event) {
        if (stopped) {
            dropped.increment();
            return;
        }
        Slot s = SLOT.get();
        EventBuffer b = s.owner.get() == this ? s.buffer.get() : null;
        if (b == null) {
            b = new EventBuffer();
            buffers.add(b);
            s.owner = new WeakReference<>(this);
            s.buffer = new WeakReference<>(b);
        }
        if ((b.size() & (GRANT - 1)) == 0 && reserved.addAndGet(GRANT) > Math.max(maxEvents, GRANT)) {
            stopped = true;
            dropped.increment();
            return;
        }
        b.add(event);
    }

    /** Whether the recorder reached its cap and stopped recording. */
    public boolean stopped() {
        return stopped;
    }

    /** How many events came after the recorder stopped (not recorded). */
    public long dropped() {
        return dropped.sum();
    }

    /** What to tell the user when the recorder stopped: how much it kept, and why. Empty while recording. */
    public String stoppedNote() {
        return stopped ? "the trace recorder stopped after " + size() + " events (its cap is " + maxEvents
                + "); the run went on, but its last " + dropped() + " events are not in the trace" : "";
    }

    /** How many events have been recorded so far. */
    public int size() {
        int n = 0;
        for (EventBuffer b : buffers) {
            n += b.size();
        }
        return n;
    }

    /** The recorded events as a {@link Trace} with the settings and program that produced them. */
    public Trace toTrace(java.util.Map<String, String> settings, String program) {
        if (stopped) {
            java.util.Map<String, String> s = new java.util.LinkedHashMap<>(settings);
            s.put("recording", stoppedNote());
            settings = s;
        }
        return new Trace(settings, program, events());
    }

    /** All events recorded so far, in sequence order. */
    public List<Event> events() {
        List<Event> all = new ArrayList<>(size() + 16);
        for (EventBuffer b : buffers) {
            b.copyTo(all);
        }
        all.sort(Comparator.comparingLong(Event::seq));
        return all;
    }
}
