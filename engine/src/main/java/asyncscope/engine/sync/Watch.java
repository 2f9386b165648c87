package asyncscope.engine.sync;

import java.util.List;

/**
 * {@code tokio::sync::watch}: a single value that one sender updates and many receivers observe. A
 * receiver does not get every value, only the latest: {@link WatchReceiver#changed()} completes when
 * the value has changed since the receiver last looked, and {@link WatchReceiver#borrowAndUpdate()}
 * reads it and marks it seen. Typical use: configuration that can be reloaded, a shutdown flag.
 *
 * <pre>{@code
 * Watch.Pair<String> p = Watch.channel("v1");   // let (tx, mut rx) = watch::channel("v1");
 * p.sender().send("v2");
 * p.receiver().changed()                        // a Future<Result<Void, RecvError>>
 * }</pre>
 */
public final class Watch {
    private Watch() {}

    public record Pair<T>(WatchSender<T> sender, WatchReceiver<T> receiver) {}

    public static <T> Pair<T> channel(T initial) {
        WatchChannel<T> ch = new WatchChannel<>(initial);
        return new Pair<>(new WatchSender<>(ch), ch.newReceiver());
    }

    /** The send found no receiver; the value comes back (and was not stored). */
    public record SendError<T>(T value) {
        @Override
        public String toString() {
            return "SendError(no receivers)";
        }
    }

    /** The sender is gone and this receiver has seen the last value. */
    public record RecvError() {
        @Override
        public String toString() {
            return "RecvError(sender dropped)";
        }
    }

    /** The channel at one instant: the value (as a string), its version, receivers, waiting tasks. */
    public record Snapshot(long id, String value, long version, int receivers, List<Long> waiting, boolean closed) {}
}
