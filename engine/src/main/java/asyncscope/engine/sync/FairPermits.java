package asyncscope.engine.sync;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Waker;
import java.util.ArrayList;
import java.util.List;

/**
 * The permit bookkeeping {@link Semaphore} and {@link Mutex} share: a {@link PermitQueue} behind one lock,
 * the list of current holders (so a widget can show who holds what), and the RESOURCE events for every
 * change. Acquire futures keep an {@link Acquire} across polls; a successful acquire yields a {@link
 * Holding}, which the public permit or guard releases exactly once.
 */
final class FairPermits {
    /** The answer of a poll whose acquire failed because the resource was closed. */
    static final Object CLOSED = new Object();

    /** One granted acquisition: who holds how many permits. Linked into the holders list until released. */
    static final class Holding {
        final long task;
        final int permits;
        Holding prev;
        Holding next;
        boolean released;

        Holding(long task, int permits) {
            this.task = task;
            this.permits = permits;
        }
    }

    /** An acquire in progress (one per acquire future). */
    static final class Acquire {
        final int permits;
        PermitQueue.Waiter waiter;

        Acquire(int permits) {
            if (permits < 0) {
                throw new IllegalArgumentException("cannot acquire a negative number of permits: " + permits);
            }
            this.permits = permits;
        }
    }

    final long id;
    final String kind;
    final WakeSource wakeSource;
    private final PermitQueue queue;
    private Holding holders;
    private int holderCount;

    FairPermits(String kind, WakeSource.Kind wakeKind, long permits) {
        this.queue = new PermitQueue(permits);
        this.id = Instrument.newId();
        this.kind = kind;
        this.wakeSource = WakeSource.of(wakeKind, id);
        Instrument.emit(kind, id, "create", permits, "permits=" + permits);
    }

    private Holding hold(int n) {
        Holding h = new Holding(Instrument.currentTask(), n);
        h.next = holders;
        if (holders != null) {
            holders.prev = h;
        }
        holders = h;
        holderCount++;
        if (Instrument.recording()) {
            Instrument.emit(kind, id, "acquire", queue.available(), "task " + h.task + " took " + n + "; " + queue.waitingDetail());
        }
        return h;
    }

    private void unhold(Holding h) {
        if (h.prev == null) {
            holders = h.next;
        } else {
            h.prev.next = h.next;
        }
        if (h.next != null) {
            h.next.prev = h.prev;
        }
        h.prev = null;
        h.next = null;
        holderCount--;
    }

    /** One poll of an acquire: a {@link Holding} when acquired, {@link #CLOSED}, or null for pending. */
    Object pollAcquire(Acquire a, Waker waker) {
        synchronized (this) {
            PermitQueue.Waiter w = a.waiter;
            if (w == null) {
                if (queue.isClosed()) {
                    return CLOSED;
                }
                if (queue.tryTake(a.permits)) {
                    return hold(a.permits);
                }
                w = new PermitQueue.Waiter(a.permits, waker, Instrument.currentTask());
                queue.enqueue(w);
                if (w.granted()) {
                    return hold(a.permits);
                }
                a.waiter = w;
                if (Instrument.recording()) {
                    Instrument.emit(kind, id, "waiting", queue.available(), queue.waitingDetail());
                }
                return null;
            }
            if (w.granted()) {
                a.waiter = null;
                return hold(a.permits);
            }
            if (w.failed) {
                a.waiter = null;
                return CLOSED;
            }
            w.waker = waker;
            return null;
        }
    }

    /** The acquire future was dropped: leave the queue and give back anything it was handed. */
    void cancel(Acquire a) {
        WakeList wakes = new WakeList();
        synchronized (this) {
            PermitQueue.Waiter w = a.waiter;
            if (w == null) {
                return;
            }
            a.waiter = null;
            boolean granted = w.granted();
            queue.cancel(w, wakes);
            if (Instrument.recording()) {
                Instrument.emit(kind, id, granted ? "acquire_cancelled_pass_on" : "acquire_cancelled", queue.available(),
                        "task " + w.task + "; " + queue.waitingDetail());
            }
        }
        wakes.wakeAll(wakeSource);
    }

    /** Takes {@code n} permits now if nobody waits and enough are free; null otherwise. */
    synchronized Holding tryAcquire(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot acquire a negative number of permits: " + n);
        }
        return queue.tryTake(n) ? hold(n) : null;
    }

    /** Gives a holding's permits back (to the head waiters first). False if it was already released. */
    boolean release(Holding h) {
        WakeList wakes = new WakeList();
        synchronized (this) {
            if (h.released) {
                return false;
            }
            h.released = true;
            unhold(h);
            queue.release(h.permits, wakes);
            if (Instrument.recording()) {
                Instrument.emit(kind, id, "release", queue.available(), "task " + h.task + " gave " + h.permits + "; "
                        + queue.waitingDetail());
            }
        }
        wakes.wakeAll(wakeSource);
        return true;
    }

    /** Releases the holding without returning its permits (Tokio's {@code forget}). */
    synchronized void forget(Holding h) {
        if (h.released) {
            return;
        }
        h.released = true;
        unhold(h);
        if (Instrument.recording()) {
            Instrument.emit(kind, id, "forget", queue.available(), "task " + h.task + " forgot " + h.permits);
        }
    }

    void addPermits(long n) {
        WakeList wakes = new WakeList();
        synchronized (this) {
            queue.release(n, wakes);
            if (Instrument.recording()) {
                Instrument.emit(kind, id, "add_permits", queue.available(), "+" + n + "; " + queue.waitingDetail());
            }
        }
        wakes.wakeAll(wakeSource);
    }

    void close() {
        WakeList wakes = new WakeList();
        synchronized (this) {
            if (queue.isClosed()) {
                return;
            }
            if (Instrument.recording()) {
                Instrument.emit(kind, id, "closed", queue.available(), "failing " + queue.waitingDetail());
            }
            queue.close(wakes);
        }
        wakes.wakeAll(wakeSource);
    }

    synchronized long available() {
        return queue.available();
    }

    synchronized boolean isClosed() {
        return queue.isClosed();
    }

    synchronized List<Long> waitingTasks() {
        return List.copyOf(queue.waitingTasks());
    }

    /** Holder task ids, most recent first (a task holding twice appears twice). */
    synchronized List<Long> holderTasks() {
        List<Long> out = new ArrayList<>(Math.min(holderCount, 64));
        for (Holding h = holders; h != null; h = h.next) {
            out.add(h.task);
        }
        return List.copyOf(out);
    }

    synchronized long heldPermits() {
        long n = 0;
        for (Holding h = holders; h != null; h = h.next) {
            n += h.permits;
        }
        return n;
    }
}
