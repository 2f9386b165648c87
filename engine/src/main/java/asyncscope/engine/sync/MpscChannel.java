package asyncscope.engine.sync;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Waker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state an mpsc channel's senders and receiver share: the buffer, the slot semaphore (bounded
 * channels), the sender count, the receiver's waker and the closed flags, all under one lock (the
 * object's monitor). Wakers are called after the lock is released. See {@link Mpsc} for the rules.
 */
final class MpscChannel<T> {
    static final int UNBOUNDED = -1;
    static final String KIND = "mpsc";

    final long id;
    final int capacity;
    final WakeSource wakeSource;
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    /** One permit per free slot; null for an unbounded channel. */
    private final PermitQueue slots;
    private int senders = 1;
    /** Send futures parked (or granted a slot and not yet finished): they count as senders. */
    private int pendingSends;
    private boolean rxClosed;
    private boolean rxDropped;
    private Waker rxWaker;
    private long rxTask = -1;
    /** Senders awaiting {@code closed()}. */
    private final List<Waker> closedWaiters = new ArrayList<>(0);

    MpscChannel(int capacity) {
        this.id = Instrument.newId();
        this.capacity = capacity;
        this.wakeSource = WakeSource.of(WakeSource.Kind.CHANNEL, id);
        this.slots = capacity == UNBOUNDED ? null : new PermitQueue(capacity);
        Instrument.emit(KIND, id, "create", capacity, capacity == UNBOUNDED ? "unbounded" : "bounded");
    }

    // ---------------------------------------------------------------- senders

    synchronized void cloneSender() {
        senders++;
        if (Instrument.recording()) {
            Instrument.emit(KIND, id, "sender_clone", senders, "senders=" + senders);
        }
    }

    void dropSender() {
        Waker w = null;
        synchronized (this) {
            senders--;
            if (Instrument.recording()) {
                Instrument.emit(KIND, id, "sender_drop", buffer.size(), "senders=" + senders);
            }
            if (disconnected()) {
                w = takeRxWaker();
                Instrument.emit(KIND, id, "closed", buffer.size(), "all senders dropped");
            }
        }
        if (w != null) {
            w.wake(wakeSource);
        }
    }

    private boolean disconnected() {
        return senders == 0 && pendingSends == 0;
    }

    private Waker takeRxWaker() {
        Waker w = rxWaker;
        rxWaker = null;
        rxTask = -1;
        return w;
    }

    /** Pushes a message the caller is entitled to (a slot is held, or unbounded); returns the receiver's waker. */
    private Waker push(T value) {
        buffer.addLast(value);
        if (Instrument.recording()) {
            Instrument.emit(KIND, id, "send", buffer.size(), String.valueOf(value));
        }
        return takeRxWaker();
    }

    synchronized boolean isClosed() {
        return rxClosed;
    }

    /** Poll of a sender's closed() future: true once the receiver is closed or dropped. */
    synchronized boolean pollClosed(Waker w, Waker previous) {
        if (rxClosed) {
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

    synchronized int senderCount() {
        return senders;
    }

    /** Free capacity now (Tokio's {@code Sender::capacity}); Integer.MAX_VALUE when unbounded. */
    synchronized int freeCapacity() {
        return slots == null ? Integer.MAX_VALUE : (int) slots.available();
    }

    /** trySend: never waits, never queues. */
    Result<Void, Mpsc.TrySendError<T>> trySend(T value) {
        Waker w;
        synchronized (this) {
            if (rxClosed) {
                return Result.err(new Mpsc.TrySendError.Closed<>(value));
            }
            if (slots != null && !slots.tryTake(1)) {
                return Result.err(new Mpsc.TrySendError.Full<>(value));
            }
            w = push(value);
        }
        if (w != null) {
            w.wake(wakeSource);
        }
        return Result.ok(null);
    }

    /**
     * One poll of a send future. {@code f} carries the waiter across polls. Returns null for Pending,
     * else the result. The caller has already spent cooperative budget.
     */
    Result<Void, Mpsc.SendError<T>> pollSend(MpscSender.SendFuture<T> f, Waker waker) {
        Waker wake;
        Result<Void, Mpsc.SendError<T>> out;
        synchronized (this) {
            PermitQueue.Waiter waiter = f.waiter;
            if (waiter == null) {
                if (rxClosed) {
                    return Result.err(new Mpsc.SendError<>(f.value));
                }
                if (slots == null || slots.tryTake(1)) {
                    wake = push(f.value);
                    out = Result.ok(null);
                } else {
                    waiter = new PermitQueue.Waiter(1, waker, Instrument.currentTask());
                    slots.enqueue(waiter);
                    f.waiter = waiter;
                    pendingSends++;
                    if (Instrument.recording()) {
                        Instrument.emit(KIND, id, "sender_parked", buffer.size(), slots.waitingDetail());
                    }
                    return null;
                }
            } else if (waiter.granted()) {
                f.waiter = null;
                pendingSends--;
                if (rxDropped) {
                    // The receiver went away after the slot was promised: give the message back.
                    slots.release(1, new WakeList());
                    out = Result.err(new Mpsc.SendError<>(f.value));
                    wake = null;
                } else {
                    if (Instrument.recording()) {
                        Instrument.emit(KIND, id, "sender_unparked", buffer.size(), slots.waitingDetail());
                    }
                    wake = push(f.value);
                    out = Result.ok(null);
                }
            } else if (waiter.failed) {
                f.waiter = null;
                pendingSends--;
                return Result.err(new Mpsc.SendError<>(f.value));
            } else {
                waiter.waker = waker;
                return null;
            }
        }
        if (wake != null) {
            wake.wake(wakeSource);
        }
        return out;
    }

    /** A pending send future was dropped: leave the queue, pass on a slot it was promised. */
    void dropSend(MpscSender.SendFuture<T> f) {
        WakeList wakes = new WakeList();
        Waker rx = null;
        synchronized (this) {
            PermitQueue.Waiter waiter = f.waiter;
            if (waiter == null) {
                return;
            }
            f.waiter = null;
            pendingSends--;
            boolean granted = waiter.granted();
            slots.cancel(waiter, wakes);
            if (Instrument.recording()) {
                Instrument.emit(KIND, id, granted ? "send_cancelled_pass_on" : "send_cancelled", buffer.size(),
                        slots.waitingDetail());
            }
            if (disconnected()) {
                rx = takeRxWaker();
            }
        }
        wakes.wakeAll(wakeSource);
        if (rx != null) {
            rx.wake(wakeSource);
        }
    }

    // ---------------------------------------------------------------- receiver

    /** Slots promised to senders that have not pushed yet (they will, unless the receiver is dropped). */
    private long slotsInFlight() {
        return slots == null ? 0 : capacity - slots.available() - buffer.size();
    }

    private boolean finished() {
        return disconnected() || (rxClosed && slotsInFlight() == 0);
    }

    /** One poll of recv: null for Pending, else the message or empty for "no more messages". */
    Optional<T> pollRecv(Waker waker) {
        WakeList wakes = null;
        Optional<T> out;
        synchronized (this) {
            T v = buffer.pollFirst();
            if (v != null) {
                rxWaker = null;
                rxTask = -1;
                if (slots != null) {
                    wakes = new WakeList();
                    slots.release(1, wakes);
                }
                if (Instrument.recording()) {
                    Instrument.emit(KIND, id, "recv", buffer.size(), String.valueOf(v));
                }
                out = Optional.of(v);
            } else if (finished()) {
                rxWaker = null;
                rxTask = -1;
                Instrument.emit(KIND, id, "recv_none", 0, "closed and empty");
                out = Optional.empty();
            } else {
                boolean wasParked = rxWaker != null;
                rxWaker = waker;
                rxTask = Instrument.currentTask();
                if (!wasParked) {
                    if (Instrument.recording()) {
                        Instrument.emit(KIND, id, "receiver_parked", 0, "task " + rxTask);
                    }
                }
                return null;
            }
        }
        if (wakes != null) {
            wakes.wakeAll(wakeSource);
        }
        return out;
    }

    void dropRecv() {
        synchronized (this) {
            rxWaker = null;
            rxTask = -1;
        }
    }

    Result<T, Mpsc.TryRecvError> tryRecv() {
        WakeList wakes = null;
        Result<T, Mpsc.TryRecvError> out;
        synchronized (this) {
            T v = buffer.pollFirst();
            if (v != null) {
                if (slots != null) {
                    wakes = new WakeList();
                    slots.release(1, wakes);
                }
                if (Instrument.recording()) {
                    Instrument.emit(KIND, id, "recv", buffer.size(), String.valueOf(v));
                }
                out = Result.ok(v);
            } else {
                out = Result.err(finished() ? Mpsc.TryRecvError.DISCONNECTED : Mpsc.TryRecvError.EMPTY);
            }
        }
        if (wakes != null) {
            wakes.wakeAll(wakeSource);
        }
        return out;
    }

    /** Receiver.close(): no more sends; waiting senders fail; the buffer can still be drained. */
    void close() {
        WakeList wakes = new WakeList();
        synchronized (this) {
            if (rxClosed) {
                return;
            }
            rxClosed = true;
            if (slots != null) {
                slots.close(wakes);
            }
            for (Waker w : closedWaiters) {
                wakes.add(w);
            }
            closedWaiters.clear();
            Instrument.emit(KIND, id, "closed", buffer.size(), "receiver closed");
        }
        wakes.wakeAll(wakeSource);
    }

    /** Receiver.drop(): close, and discard what is buffered. */
    void dropReceiver() {
        close();
        synchronized (this) {
            rxDropped = true;
            int n = buffer.size();
            buffer.clear();
            rxWaker = null;
            if (slots != null && n > 0) {
                slots.release(n, new WakeList()); // closed: nobody waits, the count just comes back
            }
            if (Instrument.recording()) {
                Instrument.emit(KIND, id, "receiver_drop", 0, "discarded " + n);
            }
        }
    }

    synchronized int length() {
        return buffer.size();
    }

    synchronized Mpsc.Snapshot snapshot() {
        List<String> buf = new ArrayList<>(buffer.size());
        for (T v : buffer) {
            buf.add(String.valueOf(v));
        }
        List<Long> waiting = slots == null ? List.of() : slots.waitingTasks();
        return new Mpsc.Snapshot(id, capacity, List.copyOf(buf), List.copyOf(waiting), rxWaker == null ? -1 : rxTask,
                senders, rxClosed);
    }
}
