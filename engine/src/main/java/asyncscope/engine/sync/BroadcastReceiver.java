package asyncscope.engine.sync;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Coop;

/**
 * A receiving half of a {@link Broadcast} channel, with its own read position. {@link #recv()} is cancel
 * safe: the position moves only in the poll that returns a value (or reports a lag).
 */
public final class BroadcastReceiver<T> {
    private final BroadcastChannel<T> ch;
    private final BroadcastChannel.Cursor cursor;

    BroadcastReceiver(BroadcastChannel<T> ch, BroadcastChannel.Cursor cursor) {
        this.ch = ch;
        this.cursor = cursor;
    }

    /** A future of the next value, or Lagged(n) / Closed. */
    public Future<Result<T, Broadcast.RecvError>> recv() {
        check();
        return new Future<>() {
            private boolean done;

            @Override
            public Poll<Result<T, Broadcast.RecvError>> poll(Context cx) {
                if (done) {
                    throw new IllegalStateException("broadcast recv future polled after completion");
                }
                if (!Coop.proceed(cx)) {
                    return Poll.pending();
                }
                Result<T, Broadcast.RecvError> r = ch.pollRecv(cursor, cx.waker());
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
                    ch.dropRecv(cursor);
                }
            }

            @Override
            public String describe() {
                return "broadcast#" + ch.id + ".recv";
            }
        };
    }

    public Result<T, Broadcast.TryRecvError> tryRecv() {
        check();
        return ch.tryRecv(cursor);
    }

    /** A new receiver starting at the newest position (Tokio's {@code resubscribe}). */
    public BroadcastReceiver<T> resubscribe() {
        return ch.resubscribe();
    }

    /** Values sent that this receiver has not read yet and that are still retained. */
    public long len() {
        return ch.behind(cursor);
    }

    /** Drops the receiver: values it had not read no longer wait for it. Idempotent. */
    public void drop() {
        ch.dropReceiver(cursor);
    }

    public void close() {
        drop();
    }

    public long id() {
        return ch.id;
    }

    public Broadcast.Snapshot snapshot() {
        return ch.snapshot();
    }

    private void check() {
        synchronized (ch) {
            if (cursor.dropped) {
                throw new IllegalStateException("use of a dropped broadcast Receiver (channel " + ch.id + ")");
            }
        }
    }
}
