package asyncscope.engine.sync;

import java.util.List;

/**
 * {@code tokio::sync::broadcast}: every receiver sees every value. Values go into a ring of fixed size
 * (the capacity, rounded up to a power of two as Tokio does); a send never waits, it overwrites the
 * oldest value. A receiver that falls more than the ring's size behind finds its next value gone: its
 * {@code recv} answers {@link RecvError.Lagged} with how many it missed, and the following {@code recv}
 * continues from the oldest value still there. When every sender is dropped, receivers drain what is
 * left and then get {@link RecvError.Closed}.
 *
 * <pre>{@code
 * Broadcast.Pair<String> p = Broadcast.channel(16);   // let (tx, mut rx1) = broadcast::channel(16);
 * BroadcastReceiver<String> rx2 = p.sender().subscribe();
 * }</pre>
 */
public final class Broadcast {
    private Broadcast() {}

    public record Pair<T>(BroadcastSender<T> sender, BroadcastReceiver<T> receiver) {}

    public static <T> Pair<T> channel(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("broadcast channel capacity must be greater than 0, got " + capacity);
        }
        if (capacity > (1 << 30)) {
            throw new IllegalArgumentException("broadcast channel capacity exceeds " + (1 << 30) + ": " + capacity);
        }
        BroadcastChannel<T> ch = new BroadcastChannel<>(capacity);
        return new Pair<>(new BroadcastSender<>(ch), ch.newReceiver());
    }

    /** The send found no receiver; the value comes back. */
    public record SendError<T>(T value) {
        @Override
        public String toString() {
            return "SendError(no receivers)";
        }
    }

    /** Why {@code recv} gave no value. */
    public sealed interface RecvError {
        /** Every sender is gone and this receiver has seen everything. */
        record Closed() implements RecvError {}

        /** The receiver fell behind and {@code skipped} values were overwritten before it read them. */
        record Lagged(long skipped) implements RecvError {}
    }

    /** Why {@code tryRecv} gave no value. */
    public sealed interface TryRecvError {
        record Empty() implements TryRecvError {}

        record Closed() implements TryRecvError {}

        record Lagged(long skipped) implements TryRecvError {}
    }

    /** One receiver's position: the next sequence number it will read and how far behind the newest it is. */
    public record ReceiverView(long receiver, long next, long behind, boolean waiting) {}

    /**
     * The channel at one instant: capacity (the ring size), the retained values oldest first (as strings;
     * values every receiver has read are freed and left out), the next sequence number to be written,
     * the receivers, live senders, whether all senders are gone.
     */
    public record Snapshot(long id, int capacity, List<String> buffer, long tail, List<ReceiverView> receivers,
                           int senders, boolean closed) {}
}
