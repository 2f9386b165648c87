package asyncscope.engine.sync;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import asyncscope.engine.runtime.Coop;
import java.util.Objects;

/**
 * The sending half of an {@link Mpsc} channel ({@code mpsc::Sender}). Clone it for more producers;
 * {@link #drop()} it when done: when the last sender is dropped the receiver drains the buffer and then
 * sees the end. Messages must not be null.
 */
public final class MpscSender<T> {
    private final MpscChannel<T> ch;
    private volatile boolean dropped;

    MpscSender(MpscChannel<T> ch) {
        this.ch = ch;
    }

    /**
     * A future that sends {@code value}: ready at once while there is room, else it waits (FIFO among
     * waiting senders) for the receiver to free a slot. It completes with Ok, or with a {@link
     * Mpsc.SendError} holding the value if the receiver is closed or gone. Dropping it while it waits
     * sends nothing and passes on any slot it was promised.
     */
    public Future<Result<Void, Mpsc.SendError<T>>> send(T value) {
        Objects.requireNonNull(value, "mpsc messages must not be null");
        checkLive("send on");
        return new SendFuture<>(this, value);
    }

    /** Sends now if there is a free slot; otherwise hands the value back as Full or Closed. */
    public Result<Void, Mpsc.TrySendError<T>> trySend(T value) {
        Objects.requireNonNull(value, "mpsc messages must not be null");
        checkLive("trySend on");
        return ch.trySend(value);
    }

    /** Another sender for the same channel ({@code tx.clone()}). */
    @Override
    public MpscSender<T> clone() {
        checkLive("clone of");
        ch.cloneSender();
        return new MpscSender<>(ch);
    }

    /** Drops this sender (Rust's {@code drop(tx)}). Idempotent. */
    public void drop() {
        synchronized (this) {
            if (dropped) {
                return;
            }
            dropped = true;
        }
        ch.dropSender();
    }

    /** Same as {@link #drop()}. */
    public void close() {
        drop();
    }

    /**
     * A future ready once the receiver is closed or dropped ({@code Sender::closed}): lets a producer stop
     * work nobody will read, typically raced against its own work in a select.
     */
    public Future<Void> closed() {
        return new Future<>() {
            private Waker registered;
            private boolean done;

            @Override
            public Poll<Void> poll(Context cx) {
                Waker w = cx.waker();
                if (ch.pollClosed(w, registered)) {
                    done = true;
                    registered = null;
                    return Poll.ready(null);
                }
                registered = w;
                return Poll.pending();
            }

            @Override
            public void drop() {
                if (!done && registered != null) {
                    ch.dropClosedWaiter(registered);
                }
            }

            @Override
            public String describe() {
                return "mpsc#" + ch.id + ".closed";
            }
        };
    }

    /** Whether the receiver is closed or dropped (sends would fail). */
    public boolean isClosed() {
        return ch.isClosed();
    }

    /** Free slots right now ({@code Sender::capacity}); {@code Integer.MAX_VALUE} when unbounded. */
    public int capacity() {
        return ch.freeCapacity();
    }

    /** The bound given at creation, or -1 for an unbounded channel. */
    public int maxCapacity() {
        return ch.capacity;
    }

    public boolean isBounded() {
        return ch.capacity != MpscChannel.UNBOUNDED;
    }

    /** The channel's resource id (as in its RESOURCE events). */
    public long id() {
        return ch.id;
    }

    public Mpsc.Snapshot snapshot() {
        return ch.snapshot();
    }

    // A volatile read, not the lock: every send checks this, and senders share one handle across tasks.
    private void checkLive(String what) {
        if (dropped) {
            throw new IllegalStateException(what + " a dropped mpsc Sender (channel " + ch.id + ")");
        }
    }

    /** The send future. Its waiter (if it is queued for a slot) is guarded by the channel's lock. */
    static final class SendFuture<T> implements Future<Result<Void, Mpsc.SendError<T>>> {
        private final MpscSender<T> sender;
        final T value;
        PermitQueue.Waiter waiter;
        private boolean done;

        SendFuture(MpscSender<T> sender, T value) {
            this.sender = sender;
            this.value = value;
        }

        @Override
        public Poll<Result<Void, Mpsc.SendError<T>>> poll(Context cx) {
            if (done) {
                throw new IllegalStateException("mpsc send future polled after completion");
            }
            if (!Coop.proceed(cx)) {
                return Poll.pending();
            }
            Result<Void, Mpsc.SendError<T>> r = sender.ch.pollSend(this, cx.waker());
            if (r == null) {
                return Poll.pending();
            }
            done = true;
            return Poll.ready(r);
        }

        @Override
        public void drop() {
            if (!done) {
                done = true;
                sender.ch.dropSend(this);
            }
        }

        @Override
        public String describe() {
            return "mpsc#" + sender.ch.id + ".send";
        }
    }
}
