package asyncscope.engine.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every event of a run. Each emitting thread appends to a buffer of its own (found through a
 * thread-local), so recording takes no lock on the hot path; {@link #events()} merges the buffers by
 * sequence number. Attach with {@code Runtime.builder().recorder(recorder)}.
 */
public final class Recorder implements EventSink {
    private final List<EventBuffer> buffers = new CopyOnWriteArrayList<>();
    private final ThreadLocal<EventBuffer> mine = ThreadLocal.withInitial(() -> {
        EventBuffer b = new EventBuffer();
        buffers.add(b);
        return b;
    });

    @Override
    public void accept(Event event) {
        mine.get().add(event);
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
