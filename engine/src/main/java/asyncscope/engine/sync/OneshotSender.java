package asyncscope.engine.sync;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;

/**
 * The sending half of a {@link Oneshot} channel. {@link #send} may be called once; dropping the sender
 * unsent tells the receiver no value will come.
 */
public final class OneshotSender<T> {
    private final OneshotChannel<T> ch;

    OneshotSender(OneshotChannel<T> ch) {
        this.ch = ch;
    }

    /**
     * Sends the value (not a future: it never waits). Ok if it was delivered to the channel; Err with the
     * value itself if the receiver is already closed or gone. Calling it twice is a bug and throws.
     */
    public Result<Void, T> send(T value) {
        return ch.send(value);
    }

    /** Drops the sender unsent (the receiver then gets a RecvError). No effect after a send. */
    public void drop() {
        ch.dropSender();
    }

    public void close() {
        drop();
    }

    /** Whether the receiver is closed or dropped. */
    public boolean isClosed() {
        return ch.isClosed();
    }

    /** A future ready once the receiver is closed or dropped ({@code Sender::closed}), to stop useless work. */
    public Future<Void> closed() {
        return new Future<>() {
            private boolean done;

            @Override
            public Poll<Void> poll(Context cx) {
                if (ch.pollClosed(cx.waker())) {
                    done = true;
                    return Poll.ready(null);
                }
                return Poll.pending();
            }

            @Override
            public void drop() {
                if (!done) {
                    ch.dropClosedWaiter();
                }
            }

            @Override
            public String describe() {
                return "oneshot#" + ch.id + ".closed";
            }
        };
    }

    public long id() {
        return ch.id;
    }

    public Oneshot.Snapshot snapshot() {
        return ch.snapshot();
    }
}
