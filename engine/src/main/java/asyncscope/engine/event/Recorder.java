package asyncscope.engine.event;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every event of a run. Each emitting thread appends to a buffer of its own, so recording takes
 * no lock on the hot path; {@link #events()} merges the buffers by sequence number. Attach with
 * {@code Runtime.builder().recorder(recorder)}.
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

    private final List<EventBuffer> buffers = new CopyOnWriteArrayList<>();

    @Override
    public void accept(Event event) {
        Slot s = SLOT.get();
        EventBuffer b = s.owner.get() == this ? s.buffer.get() : null;
        if (b == null) {
            b = new EventBuffer();
            buffers.add(b);
            s.owner = new WeakReference<>(this);
            s.buffer = new WeakReference<>(b);
        }
        b.add(event);
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
