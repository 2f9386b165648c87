package asyncscope.engine.sync;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Coop;

/**
 * A receiving half of a {@link Watch} channel. It remembers the version it last saw: {@link #changed()}
 * waits for a newer one; {@link #borrow()} reads without marking; {@link #borrowAndUpdate()} reads and
 * marks. A new channel's first receiver has seen the initial value.
 */
public final class WatchReceiver<T> {
    private final WatchChannel<T> ch;
    /** The version last seen; guarded by the channel's lock. */
    long seen;
    private boolean dropped;

    WatchReceiver(WatchChannel<T> ch, long seen) {
        this.ch = ch;
        this.seen = seen;
    }

    /**
     * A future that completes with Ok once the value is newer than the last one seen (and marks it seen),
     * or with Err once the sender is gone and nothing new is left. Cancel safe.
     */
    public Future<Result<Void, Watch.RecvError>> changed() {
        check();
        WatchChannel.Waiting[] slot = new WatchChannel.Waiting[1];
        return new Future<>() {
            private boolean done;

            @Override
            public Poll<Result<Void, Watch.RecvError>> poll(Context cx) {
                if (done) {
                    throw new IllegalStateException("watch changed() future polled after completion");
                }
                if (!Coop.proceed(cx)) {
                    return Poll.pending();
                }
                Boolean r = ch.pollChanged(WatchReceiver.this, slot, cx.waker());
                if (r == null) {
                    return Poll.pending();
                }
                done = true;
                return Poll.ready(r ? Result.ok(null) : Result.err(new Watch.RecvError()));
            }

            @Override
            public void drop() {
                if (!done) {
                    done = true;
                    ch.cancelChanged(slot);
                }
            }

            @Override
            public String describe() {
                return "watch#" + ch.id + ".changed";
            }
        };
    }

    /** Whether the value changed since last seen; Err if the sender is gone. */
    public Result<Boolean, Watch.RecvError> hasChanged() {
        synchronized (ch) {
            if (ch.senderGone()) {
                return Result.err(new Watch.RecvError());
            }
            return Result.ok(ch.version() != seen);
        }
    }

    public T borrow() {
        return ch.current();
    }

    public T borrowAndUpdate() {
        return ch.borrowAndUpdate(this);
    }

    /** Another receiver with the same last-seen version. */
    @Override
    public WatchReceiver<T> clone() {
        check();
        synchronized (ch) {
            WatchReceiver<T> r = ch.newReceiver();
            r.seen = seen;
            return r;
        }
    }

    public void drop() {
        synchronized (this) {
            if (dropped) {
                return;
            }
            dropped = true;
        }
        ch.dropReceiver();
    }

    public void close() {
        drop();
    }

    public long id() {
        return ch.id;
    }

    public Watch.Snapshot snapshot() {
        return ch.snapshot();
    }

    private synchronized void check() {
        if (dropped) {
            throw new IllegalStateException("use of a dropped watch Receiver (channel " + ch.id + ")");
        }
    }
}
