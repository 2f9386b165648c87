package asyncscope.lessons.rustlite.interp;

/**
 * A prelude value that must release something when the program drops it (a lock guard, a semaphore permit,
 * a channel sender whose last drop closes the channel, a future not awaited). Called at most once.
 */
public interface Droppable {
    void release();
}
