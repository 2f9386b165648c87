package asyncscope.engine.task;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Coop;

/**
 * The spawner's side of a task: a future that completes with the task's value, or throws the task's
 * {@link JoinError} (panic or cancellation) when awaited. Dropping the handle detaches the task, which
 * goes on running; {@link #abort()} cancels it.
 */
public final class JoinHandle<T> implements Future<T> {
    private final Task<T> task;

    public JoinHandle(Task<T> task) {
        this.task = task;
    }

    @Override
    public Poll<T> poll(Context cx) {
        if (!Coop.proceed(cx)) {
            return Poll.pending();
        }
        if (task.registerJoinWaker(cx.waker())) {
            return Poll.ready(task.output());
        }
        return Poll.pending();
    }

    /** Cancels the task: it is dropped the next time a worker picks it up; awaiting then gives a cancelled JoinError. */
    public void abort() {
        task.abort();
    }

    public boolean isFinished() {
        return task.isComplete();
    }

    public long id() {
        return task.id();
    }

    public String name() {
        return task.name();
    }

    /** For a finished task: its error, or null if it produced a value. */
    public JoinError errorIfFinished() {
        return task.isComplete() ? task.error() : null;
    }

    @Override
    public String describe() {
        return "JoinHandle(" + task.name() + ")";
    }
}
