package asyncscope.engine.scheduler;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.runtime.Coop;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.RuntimeCore;
import asyncscope.engine.task.Task;
import asyncscope.engine.task.TaskScheduler;
import asyncscope.engine.task.TaskState;

/**
 * The future passed to {@code blockOn} ("main"), run as a task of its own on the calling thread rather
 * than on a worker, as Tokio does. Waking it unparks the block-on thread; the driver polls it from there.
 * On the current-thread flavour the block-on thread is also the only worker.
 *
 * <p>"Woken and not yet polled" is read straight from the task's NOTIFIED bit, which the wake has just
 * set (and the poll clears), rather than from a flag of its own: a wake from another core then touches
 * one cache line fewer that the block-on thread is watching.
 */
public final class RootSlot implements TaskScheduler {
    private final RuntimeCore core;
    private Task<?> task;

    public RootSlot(RuntimeCore core) {
        this.core = core;
    }

    /** Binds the root task (created notified, so it is polled first thing). */
    public void bind(Task<?> root) {
        this.task = root;
    }

    public Task<?> task() {
        return task;
    }

    /** Whether the root has been woken (or not yet polled) and awaits a poll. */
    public boolean isQueued() {
        return TaskState.isNotified(task.state());
    }

    /** Whether the root awaits a poll; the caller polls it next, which clears the bit. */
    public boolean takeQueued() {
        return isQueued();
    }

    /** Polls the root once, with a coop budget like any task. */
    public void poll() {
        Current c = Current.get();
        int saved = c.budget;
        c.budget = Coop.BUDGET;
        try {
            task.run();
        } finally {
            c.budget = saved;
        }
    }

    @Override
    public void schedule(Task<?> t, boolean isYield) {
        Emitter em = core.emitter();
        if (em != null) {
            Current c = Current.get();
            em.emit(c.workerIndex(), t.id(), new Payload.Schedule(Payload.Where.MAIN, -1, c.taskId()));
        }
        core.unparkMain();
    }
}
