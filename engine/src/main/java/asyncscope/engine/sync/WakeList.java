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

    /**
     * Wakes everything collected, naming {@code source} as the cause, and empties the list. As Tokio's
     * {@code WakeList::wake_all}, the wakers are called last-collected first: a {@code notify_waiters} over
     * waiters that queued in order 0, 1, 2 schedules 2 first (so a current-thread runtime runs 2, 1, 0).
     * Tokio's list holds {@value #BATCH} wakers and is emptied whenever it fills, so longer lists go by batches
     * of that size, in order, each batch backwards.
     */
    void wakeAll(WakeSource source) {
        Waker f = first;
        ArrayList<Waker> r = rest;
        first = null;
        rest = null;
        if (f == null) {
            return;
        }
        int n = 1 + (r == null ? 0 : r.size());
        for (int start = 0; start < n; start += BATCH) {
            for (int i = Math.min(n, start + BATCH) - 1; i >= start; i--) {
                (i == 0 ? f : r.get(i - 1)).wake(source);
            }
        }
    }

    /** The capacity of Tokio's WakeList. */
    static final int BATCH = 32;
}
