package asyncscope.engine.sync;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Coop;

/**
 * The receiving half of a {@link Oneshot} channel, and itself a future: awaiting it yields Ok(value),
 * or Err({@link Oneshot.RecvError}) if the sender was dropped unsent. Dropping it (as a future, or by
 * {@link #drop()}) closes the channel, so a later send hands its value back.
 */
public final class OneshotReceiver<T> implements Future<Result<T, Oneshot.RecvError>> {
    private final OneshotChannel<T> ch;
    private boolean done;

    OneshotReceiver(OneshotChannel<T> ch) {
        this.ch = ch;
    }

    @Override
    public Poll<Result<T, Oneshot.RecvError>> poll(Context cx) {
        if (done) {
            throw new IllegalStateException("oneshot receiver polled after completion");
        }
        if (!Coop.proceed(cx)) {
            return Poll.pending();
        }
        Result<T, Oneshot.RecvError> r = ch.pollRecv(cx.waker());
        if (r == null) {
            return Poll.pending();
        }
        done = true;
        return Poll.ready(r);
    }

    /**
     * A future of the value that, unlike the receiver itself, does not close the channel when dropped:
     * Rust's {@code &mut rx} in a {@code select!} loop, where a losing branch must not lose the receiver.
     * It completes the receiver too (polling the receiver afterwards is an error).
     */
    public Future<Result<T, Oneshot.RecvError>> recv() {
        OneshotReceiver<T> self = this;
        return new Future<>() {
            @Override
            public Poll<Result<T, Oneshot.RecvError>> poll(Context cx) {
                return self.poll(cx);
            }

            @Override
            public void drop() {
                if (!done) {
                    ch.dropRecvWaker();
                }
            }

            @Override
            public String describe() {
                return "oneshot#" + ch.id + ".recv(&mut)";
            }
        };
    }

    /** Takes the value if it has been sent; EMPTY if not yet; CLOSED if it never will be. */
    public Result<T, Oneshot.TryRecvError> tryRecv() {
        return ch.tryRecv();
    }

    /** Refuses the value from now on (a later send fails); a value already sent can still be taken. */
    public void close() {
        ch.closeReceiver(false);
    }

    /** Drops the receiver: closes and discards any value sent. */
    @Override
    public void drop() {
        ch.closeReceiver(true);
    }

    public long id() {
        return ch.id;
    }

    public Oneshot.Snapshot snapshot() {
        return ch.snapshot();
    }

    @Override
    public String describe() {
        return "oneshot#" + ch.id + ".recv";
    }
}
