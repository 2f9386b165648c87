package asyncscope.engine.sync;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;

/** The sending half of a {@link Watch} channel: replaces the value and wakes the receivers waiting for a change. */
public final class WatchSender<T> {
    private final WatchChannel<T> ch;

    WatchSender(WatchChannel<T> ch) {
        this.ch = ch;
    }

    /** Stores the value and notifies receivers; Err (value not stored) if every receiver is gone. */
    public Result<Void, Watch.SendError<T>> send(T value) {
        boolean[] refused = {false};
        ch.replace(value, true, refused);
        return refused[0] ? Result.err(new Watch.SendError<>(value)) : Result.ok(null);
    }

    /** Stores the value whether or not anyone watches, and returns the previous one. */
    public T sendReplace(T value) {
        return ch.replace(value, false, new boolean[1]);
    }

    /** The current value (without marking anything seen). */
    public T borrow() {
        return ch.current();
    }

    /** A new receiver that has seen the current value (it waits for the next change). */
    public WatchReceiver<T> subscribe() {
        return ch.newReceiver();
    }

    public int receiverCount() {
        return ch.receiverCount();
    }

    /** Drops the sender: waiting receivers wake and, once they have seen the last value, get RecvError. */
    public void drop() {
        ch.dropSender();
    }

    public void close() {
        drop();
    }

    /** A future ready once every receiver is gone. */
    public Future<Void> closed() {
        return new Future<>() {
            private Waker registered;
            private boolean done;

            @Override
            public Poll<Void> poll(Context cx) {
                if (ch.pollClosed(cx.waker(), registered)) {
                    done = true;
                    registered = null;
                    return Poll.ready(null);
                }
                registered = cx.waker();
                return Poll.pending();
            }

            @Override
            public void drop() {
                if (!done && registered != null) {
                    ch.dropClosedWaiter(registered);
                }
            }
        };
    }

    public long id() {
        return ch.id;
    }

    public Watch.Snapshot snapshot() {
        return ch.snapshot();
    }
}
