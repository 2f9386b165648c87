package asyncscope.engine.sync;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Coop;
import java.util.Optional;

/**
 * The receiving half of an {@link Mpsc} channel ({@code mpsc::Receiver}). {@link #recv()} yields the next
 * message, or {@code Optional.empty()} (Rust's {@code None}) once the channel is closed and drained.
 * {@link #close()} stops new sends but keeps the buffer for draining; {@link #drop()} also discards it.
 */
public final class MpscReceiver<T> {
    private final MpscChannel<T> ch;
    private volatile boolean dropped;

    MpscReceiver(MpscChannel<T> ch) {
        this.ch = ch;
    }

    /**
     * A future of the next message. Cancel safe: dropping it before it completes loses nothing, because
     * a message is taken from the buffer only in the poll that returns it.
     */
    public Future<Optional<T>> recv() {
        checkLive();
        return new RecvFuture<>(ch);
    }

    /** The next message if one is buffered now, else EMPTY or DISCONNECTED. */
    public Result<T, Mpsc.TryRecvError> tryRecv() {
        checkLive();
        return ch.tryRecv();
    }

    /** Closes the channel without dropping the receiver: sends fail from now on; the buffer remains. */
    public void close() {
        ch.close();
    }

    /** Drops the receiver: closes the channel and discards buffered messages. Idempotent. */
    public void drop() {
        synchronized (this) {
            if (dropped) {
                return;
            }
            dropped = true;
        }
        ch.dropReceiver();
    }

    /** Messages buffered now. */
    public int len() {
        return ch.length();
    }

    public boolean isEmpty() {
        return ch.length() == 0;
    }

    public boolean isClosed() {
        return ch.isClosed();
    }

    public long id() {
        return ch.id;
    }

    public Mpsc.Snapshot snapshot() {
        return ch.snapshot();
    }

    // A volatile read, not the lock: every send checks this, and senders share one handle across tasks.
    private void checkLive() {
        if (dropped) {
            throw new IllegalStateException("use of a dropped mpsc Receiver (channel " + ch.id + ")");
        }
    }

    private static final class RecvFuture<T> implements Future<Optional<T>> {
        private final MpscChannel<T> ch;
        private boolean done;
        private boolean parked;

        RecvFuture(MpscChannel<T> ch) {
            this.ch = ch;
        }

        @Override
        public Poll<Optional<T>> poll(Context cx) {
            if (done) {
                throw new IllegalStateException("mpsc recv future polled after completion");
            }
            if (!Coop.proceed(cx)) {
                return Poll.pending();
            }
            Optional<T> r = ch.pollRecv(cx.waker());
            if (r == null) {
                parked = true;
                return Poll.pending();
            }
            done = true;
            return Poll.ready(r);
        }

        @Override
        public void drop() {
            if (!done && parked) {
                ch.dropRecv();
            }
            done = true;
        }

        @Override
        public String describe() {
            return "mpsc#" + ch.id + ".recv";
        }
    }
}
