package asyncscope.engine.sync;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Waker;
import java.util.ArrayList;

/**
 * Wakers collected while a primitive's lock is held, to be called after it is released. Calling a
 * waker schedules a task, which may take scheduler locks or run code of its own; doing that under the
 * primitive's lock would invite lock-order deadlocks and make other threads wait longer, so every
 * primitive gathers its wakes here and calls {@link #wakeAll} once unlocked (as Tokio's WakeList does).
 */
final class WakeList {
    private Waker first;
    private ArrayList<Waker> rest;

    void add(Waker w) {
        if (w == null) {
            return;
        }
        if (first == null) {
            first = w;
        } else {
            if (rest == null) {
                rest = new ArrayList<>(4);
            }
            rest.add(w);
        }
    }

    boolean isEmpty() {
        return first == null;
    }

    /** Wakes everything collected, naming {@code source} as the cause, and empties the list. */
    void wakeAll(WakeSource source) {
        Waker f = first;
        ArrayList<Waker> r = rest;
        first = null;
        rest = null;
        if (f != null) {
            f.wake(source);
        }
        if (r != null) {
            for (Waker w : r) {
                w.wake(source);
            }
        }
    }
}
