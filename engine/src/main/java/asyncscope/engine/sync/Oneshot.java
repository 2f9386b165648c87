package asyncscope.engine.sync;

/**
 * {@code tokio::sync::oneshot}: a channel for exactly one value, typically a reply ("send me the answer
 * when you have it"). The sender sends once; the receiver is itself a future that yields the value, or
 * a {@link RecvError} if the sender was dropped without sending.
 *
 * <pre>{@code
 * Oneshot.Pair<Integer> p = Oneshot.channel();  // let (tx, rx) = oneshot::channel();
 * p.sender().send(42);                          // Err(42) back if the receiver is gone
 * p.receiver()                                  // a Future<Result<Integer, RecvError>>
 * }</pre>
 */
public final class Oneshot {
    private Oneshot() {}

    /** Both ends of a new oneshot channel. */
    public record Pair<T>(OneshotSender<T> sender, OneshotReceiver<T> receiver) {}

    public static <T> Pair<T> channel() {
        OneshotChannel<T> ch = new OneshotChannel<>();
        return new Pair<>(new OneshotSender<>(ch), new OneshotReceiver<>(ch));
    }

    /** The sender was dropped without sending: no value will ever come. */
    public record RecvError() {
        @Override
        public String toString() {
            return "RecvError(channel closed)";
        }
    }

    /** Why {@link OneshotReceiver#tryRecv} returned nothing. */
    public enum TryRecvError {
        /** No value yet; the sender may still send. */
        EMPTY,
        /** No value and none will come (the sender is gone, or the value was already taken). */
        CLOSED
    }

    /** The channel at one instant: its id, the value (as a string) if one waits, and who is where. */
    public record Snapshot(long id, String value, boolean sent, boolean senderDropped, boolean receiverClosed,
                           long waitingReceiver) {}
}
