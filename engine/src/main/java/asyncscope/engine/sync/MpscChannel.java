package asyncscope.engine.sync;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Waker;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state an mpsc channel's senders and receiver share. The messages travel through a lock-free
 * {@link MessageQueue}, and the receiver's waker sits in an atomic slot, so on an unbounded channel a
 * send and a receive take no lock at all: the message path of a busy channel is what programs hit per
 * message. Everything else (the slot semaphore of a bounded channel, the sender count, the closed
 * flags, senders awaiting {@code closed()}) is under one lock, the object's monitor; a bounded send or
 * receive takes it because it must move a slot. Wakers are called after the lock is released. See
 * {@link Mpsc} for the rules.
 */
final class MpscChannel<T> {
    private static final VarHandle RX_WAKER;

    static {
        try {
            RX_WAKER = MethodHandles.lookup().findVarHandle(MpscChannel.class, "rxWaker", Waker.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static final int UNBOUNDED = -1;
    static final String KIND = "mpsc";

    final long id;
    final int capacity;
    final WakeSource wakeSource;
    private final MessageQueue<T> buffer = new MessageQueue<>();
    /** One permit per free slot; null for an unbounded channel. */
    private final PermitQueue slots;
    private int senders = 1;
    /**
     * Set (under the lock) once every sender of an unbounded channel is gone, before their last wake of
     * the receiver is taken: a receiver about to park reads it without the lock.
     */
    private volatile boolean sendersGone;
    /** Send futures parked (or granted a slot and not yet finished): they count as senders. */
    private int pendingSends;
    private volatile boolean rxClosed;
    private boolean rxDropped;
    /** The parked receiver's waker, or null; swapped atomically (senders take it without the lock). */
    @SuppressWarnings("unused") // accessed through RX_WAKER
    private volatile Waker rxWaker;
    /** The task that parked the receiver (for snapshots); meaningful while {@link #rxWaker} is set. */
    private volatile long rxTask = -1;
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
                Instrument.emit(KIND, id, "sender_drop", buffer.len(), "senders=" + senders);
            }
            if (disconnected()) {
                sendersGone = true;
                w = takeRxWaker();
                Instrument.emit(KIND, id, "closed", buffer.len(), "all senders dropped");
            }
        }
        if (w != null) {
            w.wake(wakeSource);
        }
    }

    private boolean disconnected() {
        return senders == 0 && pendingSends == 0;
    }

    /** Takes the parked receiver's waker, if any (a plain read first: usually there is none). */
    private Waker takeRxWaker() {
        if (rxWaker == null) {
            return null;
        }
        return (Waker) RX_WAKER.getAndSet(this, null);
    }

    /**
     * Pushes a message into a bounded channel, under the lock, for a sender holding a slot; returns the
     * receiver's waker (to wake after the lock is released) or null.
     */
    private Waker push(T value) {
        if (!buffer.offer(value)) {
            throw new IllegalStateException("mpsc#" + id + ": push into a closed queue while holding a slot");
        }
        return sent(value);
    }

    /** After a message went in: records the send and takes the parked receiver's waker (null if none). */
    private Waker sent(T value) {
        if (Instrument.recording()) {
            Instrument.emit(KIND, id, "send", buffer.len(), String.valueOf(value));
        }
        return takeRxWaker();
    }

    /**
     * The lock-free send of an unbounded channel: false if the receiver is closed. Wakes the receiver if
     * it is parked.
     */
    private boolean offer(T value) {
        if (!buffer.offer(value)) {
            return false;
        }
        Waker w = sent(value);
        if (w != null) {
            w.wake(wakeSource);
        }
        return true;
    }

    boolean isClosed() {
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
        if (slots == null) {
            return offer(value) ? Result.ok(null) : Result.err(new Mpsc.TrySendError.Closed<>(value));
        }
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
        if (slots == null) {
            return offer(f.value) ? Result.ok(null) : Result.err(new Mpsc.SendError<>(f.value));
        }
        Waker wake;
        Result<Void, Mpsc.SendError<T>> out;
        synchronized (this) {
            PermitQueue.Waiter waiter = f.waiter;
            if (waiter == null) {
                if (rxClosed) {
                    return Result.err(new Mpsc.SendError<>(f.value));
                }
                if (slots.tryTake(1)) {
                    wake = push(f.value);
                    out = Result.ok(null);
                } else {
                    waiter = new PermitQueue.Waiter(1, waker, Instrument.currentTask());
                    slots.enqueue(waiter);
                    f.waiter = waiter;
                    pendingSends++;
                    if (Instrument.recording()) {
                        Instrument.emit(KIND, id, "sender_parked", buffer.len(), slots.waitingDetail());
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
                        Instrument.emit(KIND, id, "sender_unparked", buffer.len(), slots.waitingDetail());
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
                Instrument.emit(KIND, id, granted ? "send_cancelled_pass_on" : "send_cancelled", buffer.len(),
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
        return slots == null ? 0 : capacity - slots.available() - buffer.len();
    }

    /**
     * Whether the receiver has seen the last message: every sender is gone (or the receiver closed the
     * channel and no slot is promised), and nothing pushed is left. The sender side is checked first,
     * under the lock: once it says "no more sends can begin", the queue's count covers every send that
     * did begin, including one still linking its node (then this says "not yet", and that sender wakes
     * the receiver when it has linked).
     */
    private boolean drainedForGood() {
        if (slots == null && !sendersGone && !buffer.isClosed()) {
            // Unbounded, open, and a sender is left: more may come. (A last sender dropping right now
            // sets the flag before it looks for the receiver's waker, which is parked by now: it wakes us.)
            return false;
        }
        synchronized (this) {
            boolean noMoreSends = slots == null
                    ? disconnected() || buffer.isClosed()
                    : disconnected() || (rxClosed && slotsInFlight() == 0);
            if (!noMoreSends) {
                return false;
            }
        }
        return buffer.len() == 0;
    }

    /** One poll of recv: null for Pending, else the message or empty for "no more messages". */
    Optional<T> pollRecv(Waker waker) {
        T v = buffer.poll();
        if (v == null) {
            // Nothing linked. Park first, then look again: a send that lands in between either finds the
            // waker or is found by the second look.
            Waker prev = (Waker) RX_WAKER.getAndSet(this, waker);
            if (prev == null) {
                rxTask = Instrument.currentTask();
            }
            v = buffer.poll();
            if (v == null) {
                if (drainedForGood()) {
                    clearRxWaker();
                    Instrument.emit(KIND, id, "recv_none", 0, "closed and empty");
                    return Optional.empty();
                }
                if (prev == null && Instrument.recording()) {
                    Instrument.emit(KIND, id, "receiver_parked", 0, "task " + rxTask);
                }
                return null;
            }
        }
        clearRxWaker();
        return Optional.of(received(v));
    }

    private void clearRxWaker() {
        if (rxWaker != null) {
            RX_WAKER.setVolatile(this, null);
            rxTask = -1;
        }
    }

    /** Bookkeeping after the receiver took {@code v}: a bounded channel's slot goes back (waking a sender). */
    private T received(T v) {
        WakeList wakes = null;
        if (slots != null) {
            wakes = new WakeList();
            synchronized (this) {
                slots.release(1, wakes);
            }
        }
        if (Instrument.recording()) {
            Instrument.emit(KIND, id, "recv", buffer.len(), String.valueOf(v));
        }
        if (wakes != null) {
            wakes.wakeAll(wakeSource);
        }
        return v;
    }

    void dropRecv() {
        clearRxWaker();
    }

    Result<T, Mpsc.TryRecvError> tryRecv() {
        T v = buffer.poll();
        if (v != null) {
            return Result.ok(received(v));
        }
        return Result.err(drainedForGood() ? Mpsc.TryRecvError.DISCONNECTED : Mpsc.TryRecvError.EMPTY);
    }

    /** Receiver.close(): no more sends; waiting senders fail; the buffer can still be drained. */
    void close() {
        WakeList wakes = new WakeList();
        synchronized (this) {
            if (rxClosed) {
                return;
            }
            if (slots == null) {
                buffer.close(); // from now on a send fails at once, without the lock
            } else {
                slots.close(wakes);
            }
            rxClosed = true;
            for (Waker w : closedWaiters) {
                wakes.add(w);
            }
            closedWaiters.clear();
            Instrument.emit(KIND, id, "closed", buffer.len(), "receiver closed");
        }
        wakes.wakeAll(wakeSource);
    }

    /** Receiver.drop(): close, and discard what is buffered. */
    void dropReceiver() {
        close();
        synchronized (this) {
            rxDropped = true;
            int n = buffer.clear();
            RX_WAKER.setVolatile(this, null);
            if (slots != null && n > 0) {
                slots.release(n, new WakeList()); // closed: nobody waits, the count just comes back
            }
            if (Instrument.recording()) {
                Instrument.emit(KIND, id, "receiver_drop", 0, "discarded " + n);
            }
        }
    }

    int length() {
        return (int) Math.min(Integer.MAX_VALUE, buffer.len());
    }

    synchronized Mpsc.Snapshot snapshot() {
        List<String> buf = new ArrayList<>();
        for (T v : buffer.snapshot()) {
            buf.add(String.valueOf(v));
        }
        List<Long> waiting = slots == null ? List.of() : slots.waitingTasks();
        return new Mpsc.Snapshot(id, capacity, List.copyOf(buf), List.copyOf(waiting), rxWaker == null ? -1 : rxTask,
                senders, rxClosed);
    }
}
