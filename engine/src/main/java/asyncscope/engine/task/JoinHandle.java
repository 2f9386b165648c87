package asyncscope.engine.task;

import asyncscope.engine.future.Future;

/**
 * The spawner's side of a task: a future that completes with the task's value, or throws the task's
 * {@link JoinError} (panic or cancellation) when awaited. Dropping the handle detaches the task, which
 * goes on running; {@link #abort()} cancels it.
 *
 * <p>Tokio's {@code JoinHandle} is a pointer to the task; here the {@link Task} object implements this
 * interface itself, so spawning allocates no separate handle.
 */
public interface JoinHandle<T> extends Future<T> {

    /** Cancels the task: it is dropped the next time a worker picks it up; awaiting then gives a cancelled JoinError. */
    void abort();

    /** Whether the task has finished (with a value, a panic or a cancellation). */
    boolean isFinished();

    /** The task's id. */
    long id();

    /** The task's name ("task-ID" when it has none). */
    String name();

    /** For a finished task: its error, or null if it produced a value (or has not finished). */
    JoinError errorIfFinished();
}
