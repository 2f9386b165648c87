package asyncscope.lessons.rustlite;

/**
 * Lets a caller (the app's stop button) cancel a running program from another thread: every task stops at its
 * next poll or within a few thousand interpreter steps, and the run ends with exit code 124.
 */
public final class CancelToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
