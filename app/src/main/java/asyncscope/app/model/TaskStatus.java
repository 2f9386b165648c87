package asyncscope.app.model;

/**
 * What a task is doing at one point of a trace, as the events say: just spawned, waiting in a queue,
 * being polled, idle until something wakes it (it returned Pending), or finished (and how).
 */
public enum TaskStatus {
    NEW, QUEUED, RUNNING, WAITING, DONE, PANICKED, CANCELLED;

    public boolean isFinished() {
        return this == DONE || this == PANICKED || this == CANCELLED;
    }
}
