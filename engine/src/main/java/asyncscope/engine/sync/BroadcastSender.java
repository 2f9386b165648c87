package asyncscope.engine.sync;

import java.util.Objects;

/**
 * The sending half of a {@link Broadcast} channel. {@link #send} never waits; {@link #subscribe()} makes
 * a receiver that sees every value sent from now on. Clone for more senders; drop each when done.
 */
public final class BroadcastSender<T> {
    private final BroadcastChannel<T> ch;
    private boolean dropped;

    BroadcastSender(BroadcastChannel<T> ch) {
        this.ch = ch;
    }

    /** Sends to every receiver: Ok(number of receivers), or Err with the value if there are none. */
    public Result<Integer, Broadcast.SendError<T>> send(T value) {
        Objects.requireNonNull(value, "broadcast values must not be null");
        check();
        return ch.send(value);
    }

    public BroadcastReceiver<T> subscribe() {
        return ch.newReceiver();
    }

    @Override
    public BroadcastSender<T> clone() {
        check();
        ch.cloneSender();
        return new BroadcastSender<>(ch);
    }

    /** Drops this sender; when the last one goes, receivers get Closed after draining. Idempotent. */
    public void drop() {
        synchronized (this) {
            if (dropped) {
                return;
            }
            dropped = true;
        }
        ch.dropSender();
    }

    public void close() {
        drop();
    }

    public int receiverCount() {
        return ch.receiverCount();
    }

    public long id() {
        return ch.id;
    }

    public Broadcast.Snapshot snapshot() {
        return ch.snapshot();
    }

    private synchronized void check() {
        if (dropped) {
            throw new IllegalStateException("use of a dropped broadcast Sender (channel " + ch.id + ")");
        }
    }
}
