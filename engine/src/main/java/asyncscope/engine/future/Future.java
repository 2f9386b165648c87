package asyncscope.engine.future;

/**
 * A value that will be available later, computed by being polled. Like Rust's {@code Future}, it is
 * lazy: creating one does nothing; an executor calls {@link #poll} and the future runs until it must
 * wait, then returns {@link Poll.Pending} after arranging a wake-up through the {@link Context}'s waker.
 *
 * <p>{@link #drop} is Rust's {@code Drop}: it is called when the future is abandoned before it finished
 * (a {@code select} loser, an aborted task, a runtime shutdown) and must release what the future holds:
 * timer entries, waiter slots, permits. Futures that hold nothing need not override it.
 */
@FunctionalInterface
public interface Future<T> {

    /** Advances the future as far as it can go without blocking. Never blocks the thread. */
    Poll<T> poll(Context cx);

    /** Releases what this future holds; called at most once, only if it was not completed. */
    default void drop() {}

    /** A short human name for traces (select branches, dropped futures). */
    default String describe() {
        String n = getClass().getSimpleName();
        return n.isEmpty() ? "future" : n;
    }
}
