package asyncscope.engine.sync;

import asyncscope.engine.future.Waker;
import java.util.ArrayList;
import java.util.List;

/**
 * A fair counting semaphore's insides: a number of free permits and a FIFO queue of waiters, each
 * wanting some number of permits. It is what Tokio calls the batch semaphore, and it sits under
 * {@link Semaphore}, {@link Mutex} (one permit) and the bounded {@link Mpsc} channel (one permit per
 * free buffer slot).
 *
 * <p>Fairness is strict: permits given back go to the waiter at the head of the queue first, even
 * when a later waiter wants fewer, and a newcomer never takes free permits while anyone waits. The head
 * waiter collects permits as they come back (so a waiter for 5 holds 3 while it waits for 2 more); once
 * it has all it asked for it leaves the queue, is marked granted and its waker is collected. Because
 * permits are handed over at release time, a granted waiter owns them even before its task runs again,
 * and if its future is dropped before it looks, {@link #cancel} gives them back to the next waiter:
 * nothing leaks and nobody is skipped.
 *
 * <p>Not thread-safe by itself: the owning primitive guards it with its own lock (one lock per
 * primitive, covering this queue and the primitive's other state), and calls the collected wakers
 * after unlocking.
 */
final class PermitQueue {

    /** Maximum permits a queue may hold (as Tokio, leaving head-room against overflow). */
    static final long MAX_PERMITS = Long.MAX_VALUE >> 3;

    /** One waiting acquire. Lives in the queue until granted, cancelled or failed by close. */
    static final class Waiter {
        final int needed;
        final long task;
        int assigned;
        Waker waker;
        boolean queued;
        boolean failed;
        Waiter prev;
        Waiter next;

        Waiter(int needed, Waker waker, long task) {
            this.needed = needed;
            this.waker = waker;
            this.task = task;
        }

        /** Has every permit it asked for (it may still be queued, if it asked for none). */
        boolean satisfied() {
            return assigned == needed;
        }

        /** Served: has its permits and has left the queue. */
        boolean granted() {
            return !queued && !failed && assigned == needed;
        }
    }

    private long permits;
    private boolean closed;
    private Waiter head;
    private Waiter tail;
    private int waiting;

    PermitQueue(long permits) {
        if (permits < 0 || permits > MAX_PERMITS) {
            throw new IllegalArgumentException("permits must be between 0 and " + MAX_PERMITS + ", got " + permits);
        }
        this.permits = permits;
    }

    long available() {
        return permits;
    }

    boolean isClosed() {
        return closed;
    }

    int waiting() {
        return waiting;
    }

    /** Takes {@code n} permits at once if nobody waits and enough are free; never queues. */
    boolean tryTake(int n) {
        if (!closed && head == null && permits >= n) {
            permits -= n;
            return true;
        }
        return false;
    }

    /**
     * Queues {@code w} at the back (call after {@link #tryTake} failed). If it is now the head it takes
     * whatever is free at once, and may even be granted already if {@code n} permits were free.
     */
    void enqueue(Waiter w) {
        if (head == null) {
            int take = (int) Math.min(permits, w.needed);
            w.assigned += take;
            permits -= take;
            if (w.satisfied()) {
                return;
            }
        }
        w.queued = true;
        w.prev = tail;
        w.next = null;
        if (tail == null) {
            head = w;
        } else {
            tail.next = w;
        }
        tail = w;
        waiting++;
    }

    private void unlink(Waiter w) {
        if (w.prev == null) {
            head = w.next;
        } else {
            w.prev.next = w.next;
        }
        if (w.next == null) {
            tail = w.prev;
        } else {
            w.next.prev = w.prev;
        }
        w.prev = null;
        w.next = null;
        w.queued = false;
        waiting--;
    }

    /** Gives {@code n} permits back: head waiters first, in order; the rest become free. */
    void release(long n, WakeList wakes) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot release a negative number of permits: " + n);
        }
        if (n > MAX_PERMITS - permits) {
            throw new IllegalArgumentException("a semaphore may hold at most " + MAX_PERMITS + " permits");
        }
        while (head != null && (n > 0 || head.satisfied())) {
            Waiter w = head;
            int take = (int) Math.min(n, w.needed - w.assigned);
            w.assigned += take;
            n -= take;
            if (w.satisfied()) {
                unlink(w);
                wakes.add(w.waker);
                w.waker = null;
            }
        }
        permits += n;
    }

    /**
     * Forgets a waiter whose future was dropped: takes it out of the queue and gives back every permit it
     * was assigned, partially or fully (a grant it never saw), so the next waiter gets them.
     */
    void cancel(Waiter w, WakeList wakes) {
        if (w.queued) {
            unlink(w);
        }
        int back = w.assigned;
        w.assigned = 0;
        w.waker = null;
        release(back, wakes); // even 0: a waiter for 0 permits behind it may now be at the head, and served
    }

    /** Closes: every queued waiter fails (its partial permits return to the free count) and is woken. */
    void close(WakeList wakes) {
        closed = true;
        while (head != null) {
            Waiter w = head;
            unlink(w);
            w.failed = true;
            permits += w.assigned;
            w.assigned = 0;
            wakes.add(w.waker);
            w.waker = null;
        }
    }

    /** Ids of the tasks waiting, head first. */
    List<Long> waitingTasks() {
        List<Long> out = new ArrayList<>(Math.min(waiting, 64));
        for (Waiter w = head; w != null; w = w.next) {
            out.add(w.task);
        }
        return out;
    }

    /** The waiting task ids for an event's detail, abbreviated after a few. */
    String waitingDetail() {
        StringBuilder sb = new StringBuilder("waiting=[");
        int n = 0;
        for (Waiter w = head; w != null; w = w.next) {
            if (n == Instrument.DETAIL_LIMIT) {
                sb.append(", +").append(waiting - n).append(" more");
                break;
            }
            if (n > 0) {
                sb.append(", ");
            }
            sb.append(w.task);
            n++;
        }
        return sb.append(']').toString();
    }
}
