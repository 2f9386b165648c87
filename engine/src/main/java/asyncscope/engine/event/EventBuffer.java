package asyncscope.engine.event;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only list of events written by exactly one thread and readable by others. Events go into
 * fixed-size chunks so appending never copies; the published size is a volatile write, so a reader
 * that sees a size also sees every event below it.
 */
final class EventBuffer {
    private static final int CHUNK = 4096;
    private static final VarHandle SIZE;

    static {
        try {
            SIZE = MethodHandles.lookup().findVarHandle(EventBuffer.class, "size", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final List<Event[]> chunks = new ArrayList<>();
    private Event[] current = new Event[CHUNK];
    private int inCurrent;
    private volatile int size;

    EventBuffer() {
        synchronized (chunks) {
            chunks.add(current);
        }
    }

    /** Only the owning thread calls this. */
    void add(Event e) {
        if (inCurrent == CHUNK) {
            current = new Event[CHUNK];
            inCurrent = 0;
            synchronized (chunks) {
                chunks.add(current);
            }
        }
        current[inCurrent++] = e;
        SIZE.setRelease(this, (int) SIZE.getOpaque(this) + 1); // publish without a full fence
    }

    int size() {
        return size;
    }

    /** Copies the published events into {@code out}. Safe to call from any thread. */
    void copyTo(List<Event> out) {
        int n = size;
        List<Event[]> snapshot;
        synchronized (chunks) {
            snapshot = new ArrayList<>(chunks);
        }
        for (int i = 0; i < n; i++) {
            out.add(snapshot.get(i / CHUNK)[i % CHUNK]);
        }
    }
}
