package asyncscope.engine.sync;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Waker;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared state of a watch channel: the current value and its version (bumped by every send), the
 * receiver count, whether the sender is gone, and the wakers of receivers waiting in {@code changed()}
 * and of the sender waiting in {@code closed()}. One lock; wakers are called after it is released.
 */
final class WatchChannel<T> {
    static final String KIND = "watch";

    /** A {@code changed()} future parked on the channel. */
    static final class Waiting {
        final long task;
        Waker waker;

        Waiting(long task, Waker waker) {
            this.task = task;
            this.waker = waker;
        }
    }

    final long id = Instrument.newId();
    final WakeSource wakeSource = WakeSource.of(WakeSource.Kind.CHANNEL, id);
    private T value;
    private long version;
    private int receivers;
    private boolean senderGone;
    private final List<Waiting> waiting = new ArrayList<>();
    private final List<Waker> closedWaiters = new ArrayList<>(0);

    WatchChannel(T initial) {
        this.value = initial;
        if (Instrument.recording()) {
            Instrument.emit(KIND, id, "create", 0, String.valueOf(initial));
        }
    }

    /** A new receiver that has seen the current value (as Tokio's first receiver and {@code subscribe}). */
    synchronized WatchReceiver<T> newReceiver() {
        receivers++;
        Instrument.emit(KIND, id, "subscribe", receivers, "");
        return new WatchReceiver<>(this, version);
    }

    /** Replaces the value; returns the old one. Wakes every waiting receiver. */
    T replace(T v, boolean requireReceivers, boolean[] refused) {
        WakeList wakes = new WakeList();
        T old;
        synchronized (this) {
            if (senderGone) {
                throw new IllegalStateException("use of a dropped watch Sender (channel " + id + ")");
            }
            if (requireReceivers && receivers == 0) {
                refused[0] = true;
                return null;
            }
            old = value;
            value = v;
            version++;
            List<Long> woken = Instrument.recording() ? new ArrayList<>() : null;
            for (Waiting w : waiting) {
                wakes.add(w.waker);
                if (woken != null) {
                    woken.add(w.task);
                }
            }
            waiting.clear();
            if (woken != null) {
                Instrument.emit(KIND, id, "send", version, v + "; woke " + Instrument.ids(woken));
            }
        }
        wakes.wakeAll(wakeSource);
        return old;
    }

    synchronized T current() {
        return value;
    }

    synchronized long version() {
        return version;
    }

    synchronized int receiverCount() {
        return receivers;
    }

    synchronized boolean senderGone() {
        return senderGone;
    }

    /** One poll of changed(): TRUE changed, FALSE closed, null pending (the waiting entry is kept in {@code slot}). */
    synchronized Boolean pollChanged(WatchReceiver<T> rx, Waiting[] slot, Waker w) {
        if (version != rx.seen) {
            rx.seen = version;
            if (slot[0] != null) {
                waiting.remove(slot[0]);
                slot[0] = null;
            }
            return Boolean.TRUE;
        }
        if (senderGone) {
            return Boolean.FALSE;
        }
        if (slot[0] == null) {
            slot[0] = new Waiting(Instrument.currentTask(), w);
            waiting.add(slot[0]);
            if (Instrument.recording()) {
                Instrument.emit(KIND, id, "receiver_parked", version, "task " + slot[0].task);
            }
        } else {
            slot[0].waker = w;
        }
        return null;
    }

    synchronized void cancelChanged(Waiting[] slot) {
        if (slot[0] != null) {
            waiting.remove(slot[0]);
            slot[0] = null;
        }
    }

    synchronized T borrowAndUpdate(WatchReceiver<T> rx) {
        rx.seen = version;
        return value;
    }

    void dropSender() {
        WakeList wakes = new WakeList();
        synchronized (this) {
            if (senderGone) {
                return;
            }
            senderGone = true;
            for (Waiting w : waiting) {
                wakes.add(w.waker);
            }
            waiting.clear();
            Instrument.emit(KIND, id, "closed", version, "sender dropped");
        }
        wakes.wakeAll(wakeSource);
    }

    void dropReceiver() {
        WakeList wakes = new WakeList();
        synchronized (this) {
            receivers--;
            if (receivers == 0) {
                for (Waker w : closedWaiters) {
                    wakes.add(w);
                }
                closedWaiters.clear();
            }
            Instrument.emit(KIND, id, "receiver_drop", receivers, "");
        }
        wakes.wakeAll(wakeSource);
    }

    synchronized boolean pollClosed(Waker w, Waker previous) {
        if (receivers == 0) {
            return true;
        }
        if (previous != null) {
            closedWaiters.remove(previous);
        }
        closedWaiters.add(w);
        return false;
    }

    synchronized void dropClosedWaiter(Waker w) {
        closedWaiters.remove(w);
    }

    synchronized Watch.Snapshot snapshot() {
        List<Long> ids = new ArrayList<>(waiting.size());
        for (Waiting w : waiting) {
            ids.add(w.task);
        }
        return new Watch.Snapshot(id, String.valueOf(value), version, receivers, List.copyOf(ids), senderGone);
    }
}
