package asyncscope.engine.sync;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import asyncscope.engine.runtime.Coop;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tokio::sync::Notify}: wakes tasks without sending them data. A task awaits {@link #notified()};
 * another calls {@link #notifyOne()} or {@link #notifyWaiters()}.
 *
 * <p>Tokio's rules, kept here: {@code notifyOne} wakes the longest-waiting task; if nobody waits it
 * stores a single permit, so the next {@code notified()} completes at once (several calls still store
 * one permit). {@code notifyWaiters} wakes every task waiting now, plus every {@code notified()} future
 * created before the call even if not yet polled, and stores nothing. A future woken by {@code
 * notifyOne} that is dropped before it sees the notification passes it on (to the next waiter, or back
 * as the stored permit), so a notification is never lost to cancellation.
 */
public final class Notify {
    static final String KIND = "notify";

    /** The notify at one instant: whether a permit is stored, and the waiting tasks in order. */
    public record Snapshot(long id, boolean permitStored, List<Long> waiting) {}

    private static final int NONE = 0;
    private static final int ONE = 1;
    private static final int ALL = 2;

    private static final class Waiter {
        final long task;
        Waker waker;
        int notified;
        boolean queued;
        Waiter prev;
        Waiter next;

        Waiter(long task, Waker waker) {
            this.task = task;
            this.waker = waker;
        }
    }

    private final long id;
    private final WakeSource wakeSource;
    private boolean permit;
    private long notifyWaitersCalls;
    private Waiter head;
    private Waiter tail;

    public Notify() {
        this.id = Instrument.newId();
        this.wakeSource = WakeSource.of(WakeSource.Kind.NOTIFY, id);
        Instrument.emit(KIND, id, "create", 0, "");
    }

    private void link(Waiter w) {
        w.prev = tail;
        if (tail == null) {
            head = w;
        } else {
            tail.next = w;
        }
        tail = w;
        w.queued = true;
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
    }

    /** Wakes the longest waiter or stores the permit; returns the waker to call (after unlocking). */
    private Waker notifyOneLocked() {
        Waiter w = head;
        if (w == null) {
            permit = true;
            Instrument.emit(KIND, id, "notify_one", 1, "nobody waiting: permit stored");
            return null;
        }
        unlink(w);
        w.notified = ONE;
        Waker k = w.waker;
        w.waker = null;
        if (Instrument.recording()) {
            Instrument.emit(KIND, id, "notify_one", 0, "woke task " + w.task + "; waiting=" + Instrument.ids(waitingLocked()));
        }
        return k;
    }

    public void notifyOne() {
        Waker k;
        synchronized (this) {
            k = notifyOneLocked();
        }
        if (k != null) {
            k.wake(wakeSource);
        }
    }

    public void notifyWaiters() {
        WakeList wakes = new WakeList();
        synchronized (this) {
            notifyWaitersCalls++;
            List<Long> woken = Instrument.recording() ? new ArrayList<>() : null;
            while (head != null) {
                Waiter w = head;
                unlink(w);
                w.notified = ALL;
                wakes.add(w.waker);
                w.waker = null;
                if (woken != null) {
                    woken.add(w.task);
                }
            }
            if (woken != null) {
                Instrument.emit(KIND, id, "notify_waiters", permit ? 1 : 0, "woke " + Instrument.ids(woken));
            }
        }
        wakes.wakeAll(wakeSource);
    }

    /** A future that completes at the next notification meant for it (see the class comment for which). */
    public Future<Void> notified() {
        long calls;
        synchronized (this) {
            calls = notifyWaitersCalls;
        }
        return new Notified(calls);
    }

    private List<Long> waitingLocked() {
        List<Long> out = new ArrayList<>();
        for (Waiter w = head; w != null; w = w.next) {
            out.add(w.task);
        }
        return out;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(id, permit, List.copyOf(waitingLocked()));
    }

    public long id() {
        return id;
    }

    private final class Notified implements Future<Void> {
        private final long callsAtCreation;
        private Waiter waiter;
        private boolean done;

        Notified(long callsAtCreation) {
            this.callsAtCreation = callsAtCreation;
        }

        @Override
        public Poll<Void> poll(Context cx) {
            if (done) {
                throw new IllegalStateException("notified future polled after completion");
            }
            if (!Coop.proceed(cx)) {
                return Poll.pending();
            }
            synchronized (Notify.this) {
                if (waiter == null) {
                    if (notifyWaitersCalls != callsAtCreation) {
                        done = true;
                        return Poll.ready(null);
                    }
                    if (permit) {
                        permit = false;
                        done = true;
                        Instrument.emit(KIND, id, "notified", 0, "took the stored permit");
                        return Poll.ready(null);
                    }
                    waiter = new Waiter(Instrument.currentTask(), cx.waker());
                    link(waiter);
                    if (Instrument.recording()) {
                        Instrument.emit(KIND, id, "waiting", 0, "waiting=" + Instrument.ids(waitingLocked()));
                    }
                    return Poll.pending();
                }
                if (waiter.notified != NONE) {
                    done = true;
                    waiter = null;
                    return Poll.ready(null);
                }
                waiter.waker = cx.waker();
                return Poll.pending();
            }
        }

        @Override
        public void drop() {
            if (done) {
                return;
            }
            done = true;
            Waker pass = null;
            synchronized (Notify.this) {
                Waiter w = waiter;
                waiter = null;
                if (w == null) {
                    return;
                }
                if (w.queued) {
                    unlink(w);
                    if (Instrument.recording()) {
                        Instrument.emit(KIND, id, "cancel", permit ? 1 : 0, "task " + w.task + " stopped waiting");
                    }
                } else if (w.notified == ONE) {
                    if (Instrument.recording()) {
                        Instrument.emit(KIND, id, "cancel_pass_on", 0, "task " + w.task + " dropped its notification");
                    }
                    pass = notifyOneLocked();
                }
            }
            if (pass != null) {
                pass.wake(wakeSource);
            }
        }

        @Override
        public String describe() {
            return "notify#" + id + ".notified";
        }
    }
}
