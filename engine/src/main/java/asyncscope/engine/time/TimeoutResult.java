package asyncscope.engine.time;

import java.time.Duration;

/**
 * What {@link Timeout} gives back: the inner future's value, or the news that the time ran out first
 * (Tokio's {@code Result<T, Elapsed>}). A sealed pair of records, so a program matches on it.
 */
public sealed interface TimeoutResult<T> permits TimeoutResult.Ok, TimeoutResult.Elapsed {

    /** The inner future finished in time with {@code value}. */
    record Ok<T>(T value) implements TimeoutResult<T> {}

    /** The deadline passed first; the inner future was dropped. */
    record Elapsed<T>(Duration limit) implements TimeoutResult<T> {
        @Override
        public String toString() {
            return "Elapsed(deadline has elapsed after " + limit.toMillis() + " ms)";
        }
    }

    default boolean isElapsed() {
        return this instanceof Elapsed;
    }

    /** The value; throws {@link IllegalStateException} if the timeout elapsed. */
    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("deadline has elapsed");
    }
}
