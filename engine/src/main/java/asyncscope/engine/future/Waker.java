package asyncscope.engine.future;

import asyncscope.engine.event.WakeSource;

/**
 * A handle that tells an executor "the task behind me can make progress, poll it again". Whoever
 * wakes says what they are ({@link WakeSource}) so the trace can show cause and effect: the timer, the
 * socket, the channel, the semaphore release or the task that did it.
 */
@FunctionalInterface
public interface Waker {
    /** Wakes the task, recording {@code source} as the cause. Cheap and safe from any thread. */
    void wake(WakeSource source);

    default void wake() {
        wake(WakeSource.OTHER);
    }

    /** A waker that does nothing: for polling a future by hand. */
    Waker NOOP = source -> { };
}
