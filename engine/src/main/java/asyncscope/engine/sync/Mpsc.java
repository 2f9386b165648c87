package asyncscope.engine.sync;

import java.util.List;

/**
 * {@code tokio::sync::mpsc}: a multi-producer, single-consumer queue of messages between tasks.
 *
 * <pre>{@code
 * Mpsc.Pair<String> ch = Mpsc.channel(2);   // let (tx, mut rx) = mpsc::channel(2);
 * MpscSender<String> tx2 = ch.sender().clone();
 * ch.sender().send("hi")                    // a future: suspends while the buffer is full
 * ch.receiver().recv()                      // a future of Optional: empty once every sender is gone
 * }</pre>
 *
 * <p>A bounded channel is a buffer plus a fair semaphore with one permit per free slot ({@link
 * PermitQueue}): a send first acquires a slot, FIFO among waiting senders, then pushes; a receive pops
 * and gives the slot back, which hands it straight to the longest-waiting sender and wakes it. That is
 * backpressure: a fast producer is suspended until the consumer catches up. An unbounded channel has
 * no semaphore and its sends are always ready.
 *
 * <p>Closing: when every sender has been dropped ({@link MpscSender#drop()}) the receiver drains what is
 * buffered and then gets {@code Optional.empty()} (Rust's {@code None}). When the receiver is closed
 * ({@link MpscReceiver#close()}) or dropped, sends fail with the message handed back in a {@link
 * SendError}; a closed (not dropped) receiver still drains the buffer.
 */
public final class Mpsc {
    private Mpsc() {}

    /** Both ends of a new channel; Rust's {@code (tx, rx)}. */
    public record Pair<T>(MpscSender<T> sender, MpscReceiver<T> receiver) {}

    /** A channel holding at most {@code capacity} (≥ 1) messages; senders wait when it is full. */
    public static <T> Pair<T> channel(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("mpsc bounded channel requires capacity > 0, got " + capacity);
        }
        return pair(new MpscChannel<>(capacity));
    }

    /** A channel without a bound: sends never wait (and memory is the only limit). */
    public static <T> Pair<T> unboundedChannel() {
        return pair(new MpscChannel<>(MpscChannel.UNBOUNDED));
    }

    private static <T> Pair<T> pair(MpscChannel<T> ch) {
        return new Pair<>(new MpscSender<>(ch), new MpscReceiver<>(ch));
    }

    /** A send failed because the receiver is closed or gone; the message comes back. */
    public record SendError<T>(T value) {
        @Override
        public String toString() {
            return "SendError(channel closed)";
        }
    }

    /** Why {@link MpscSender#trySend} did not send; either way the message comes back. */
    public sealed interface TrySendError<T> {
        T value();

        /** The buffer is full (or every free slot is promised to a waiting sender). */
        record Full<T>(T value) implements TrySendError<T> {
            @Override
            public String toString() {
                return "Full(no available capacity)";
            }
        }

        /** The receiver is closed or gone. */
        record Closed<T>(T value) implements TrySendError<T> {
            @Override
            public String toString() {
                return "Closed(channel closed)";
            }
        }
    }

    /** Why {@link MpscReceiver#tryRecv} returned nothing. */
    public enum TryRecvError {
        /** Nothing buffered now, but senders remain. */
        EMPTY,
        /** Nothing buffered and every sender is gone (or the receiver was closed): nothing will come. */
        DISCONNECTED
    }

    /**
     * What a channel looks like at one instant, for widgets: its id, capacity ({@code -1} when
     * unbounded), the buffered messages (as strings, oldest first), the tasks waiting to send (in the order
     * they will be served), the task waiting to receive (or -1), live senders, and whether it is closed.
     */
    public record Snapshot(long id, int capacity, List<String> buffer, List<Long> waitingSenders,
                           long waitingReceiver, int senders, boolean closed) {}
}
