package asyncscope.engine.io;

import asyncscope.engine.future.Waker;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.List;

/**
 * One socket's entry in the {@link Reactor} (Tokio's name): its selection key, the interest the
 * waiting tasks have expressed, and those tasks' wakers, kept per side (read side: read/accept; write
 * side: write/connect). Readiness wakes exactly the tasks waiting on the side that became ready, and
 * removes that interest again so a level-triggered selector does not report it over and over; a task
 * that still finds nothing to read simply registers again.
 */
final class ScheduledIo {
    private final long id;
    private final String label;
    private final SelectionKey key;
    private final List<Waker> readers = new ArrayList<>(1);
    private final List<Waker> writers = new ArrayList<>(1);
    private int interest;
    private boolean closed;

    ScheduledIo(long id, String label, SelectionKey key) {
        this.id = id;
        this.label = label;
        this.key = key;
    }

    long id() {
        return id;
    }

    String label() {
        return label;
    }

    SelectionKey key() {
        return key;
    }

    /** Set in {@link #addWaiter}'s answer when the interest set grew (a select in progress must be told). */
    static final int CHANGED = 1 << 30;

    /**
     * Adds {@code waker} as waiting for {@code op}. Returns the new interest set (with {@link #CHANGED}
     * if it grew), or -1 if the registration is closed.
     */
    synchronized int addWaiter(int op, Waker waker) {
        if (closed) {
            return -1;
        }
        List<Waker> side = (op & Interest.READ_SIDE) != 0 ? readers : writers;
        if (!side.contains(waker)) {
            side.add(waker);
        }
        if ((interest & op) == op) {
            return interest;
        }
        interest |= op;
        try {
            key.interestOps(interest);
        } catch (CancelledKeyException e) {
            return -1;
        }
        return interest | CHANGED;
    }

    /** A waiter went away (its future was dropped): forget its waker; drop the interest if nobody is left. */
    synchronized void removeWaiter(int op, Waker waker) {
        List<Waker> side = (op & Interest.READ_SIDE) != 0 ? readers : writers;
        side.remove(waker);
        if (side.isEmpty() && !closed) {
            interest &= (op & Interest.READ_SIDE) != 0 ? ~Interest.READ_SIDE : ~Interest.WRITE_SIDE;
            try {
                key.interestOps(interest);
            } catch (CancelledKeyException ignored) {
                // closed meanwhile
            }
        }
    }

    /** Readiness arrived: takes the wakers of the ready sides (to wake outside the lock). */
    synchronized List<Waker> takeReady(int readyOps, List<Waker> out) {
        if ((readyOps & Interest.READ_SIDE) != 0) {
            out.addAll(readers);
            readers.clear();
            interest &= ~Interest.READ_SIDE;
        }
        if ((readyOps & Interest.WRITE_SIDE) != 0) {
            out.addAll(writers);
            writers.clear();
            interest &= ~Interest.WRITE_SIDE;
        }
        if (!closed) {
            try {
                key.interestOps(interest);
            } catch (CancelledKeyException ignored) {
                // closed meanwhile
            }
        }
        return out;
    }

    /** Closes the registration; returns every waiter so it can be woken (it will see the socket closed). */
    synchronized List<Waker> close() {
        closed = true;
        key.cancel();
        List<Waker> all = new ArrayList<>(readers);
        all.addAll(writers);
        readers.clear();
        writers.clear();
        return all;
    }

    synchronized int waiters() {
        return readers.size() + writers.size();
    }
}
