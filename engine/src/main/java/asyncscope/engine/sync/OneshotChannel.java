package asyncscope.engine.sync;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Waker;

/**
 * The state a oneshot's sender and receiver share: the value slot, who has gone away, and the wakers of
 * the receiver (waiting for the value) and of the sender (waiting in {@link OneshotSender#closed()}).
 * One lock (the monitor); wakers are called after it is released.
 */
final class OneshotChannel<T> {
    static final String KIND = "oneshot";

    final long id = Instrument.newId();
    final WakeSource wakeSource = WakeSource.of(WakeSource.Kind.CHANNEL, id);
    private T value;
    private boolean sent;
    private boolean taken;
    private boolean senderGone;
    private boolean rxClosed;
    private Waker rxWaker;
    private long rxTask = -1;
    private Waker txClosedWaker;

    OneshotChannel() {
        Instrument.emit(KIND, id, "create", 1, "oneshot");
    }

    Result<Void, T> send(T v) {
        Waker w;
        synchronized (this) {
            if (senderGone) {
                throw new IllegalStateException("oneshot Sender used after send or drop (channel " + id + ")");
            }
            senderGone = true;
            if (rxClosed) {
                Instrument.emit(KIND, id, "send_failed", 0, "receiver closed");
                return Result.err(v);
            }
            value = v;
            sent = true;
            if (Instrument.recording()) {
                Instrument.emit(KIND, id, "send", 1, String.valueOf(v));
            }
            w = rxWaker;
            rxWaker = null;
        }
        if (w != null) {
            w.wake(wakeSource);
        }
        return Result.ok(null);
    }

    void dropSender() {
        Waker w;
        synchronized (this) {
            if (senderGone) {
                return;
            }
            senderGone = true;
            txClosedWaker = null;
            Instrument.emit(KIND, id, "sender_drop", 0, "dropped unsent");
            w = rxWaker;
            rxWaker = null;
        }
        if (w != null) {
            w.wake(wakeSource);
        }
    }

    synchronized boolean isClosed() {
        return rxClosed;
    }

    /** Poll of the sender's closed() future: true once the receiver is closed or dropped. */
    synchronized boolean pollClosed(Waker w) {
        if (rxClosed) {
            return true;
        }
        txClosedWaker = w;
        return false;
    }

    synchronized void dropClosedWaiter() {
        txClosedWaker = null;
    }

    /** Null for pending; else the value or the error. */
    Result<T, Oneshot.RecvError> pollRecv(Waker w) {
        synchronized (this) {
            if (sent && !taken) {
                T v = value;
                value = null;
                taken = true;
                rxWaker = null;
                if (Instrument.recording()) {
                    Instrument.emit(KIND, id, "recv", 0, String.valueOf(v));
                }
                return Result.ok(v);
            }
            if (senderGone || taken || rxClosed) {
                rxWaker = null;
                Instrument.emit(KIND, id, "recv_closed", 0, rxClosed ? "receiver closed" : "sender dropped");
                return Result.err(new Oneshot.RecvError());
            }
            boolean wasParked = rxWaker != null;
            rxWaker = w;
            rxTask = Instrument.currentTask();
            if (!wasParked) {
                if (Instrument.recording()) {
                    Instrument.emit(KIND, id, "receiver_parked", 0, "task " + rxTask);
                }
            }
            return null;
        }
    }

    synchronized void dropRecvWaker() {
        rxWaker = null;
    }

    synchronized Result<T, Oneshot.TryRecvError> tryRecv() {
        if (sent && !taken) {
            T v = value;
            value = null;
            taken = true;
            if (Instrument.recording()) {
                Instrument.emit(KIND, id, "recv", 0, String.valueOf(v));
            }
            return Result.ok(v);
        }
        return Result.err(senderGone || taken || rxClosed ? Oneshot.TryRecvError.CLOSED : Oneshot.TryRecvError.EMPTY);
    }

    void closeReceiver(boolean discard) {
        Waker w;
        synchronized (this) {
            rxWaker = null;
            if (discard && sent && !taken) {
                value = null;
                taken = true;
            }
            if (rxClosed) {
                return;
            }
            rxClosed = true;
            Instrument.emit(KIND, id, discard ? "receiver_drop" : "closed", 0, "receiver closed");
            w = txClosedWaker;
            txClosedWaker = null;
        }
        if (w != null) {
            w.wake(wakeSource);
        }
    }

    synchronized Oneshot.Snapshot snapshot() {
        return new Oneshot.Snapshot(id, sent && !taken ? String.valueOf(value) : null, sent, senderGone && !sent,
                rxClosed, rxWaker == null ? -1 : rxTask);
    }
}
