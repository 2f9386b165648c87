package asyncscope.engine.scheduler;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.runtime.Coop;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.RuntimeCore;
import asyncscope.engine.task.Task;
import asyncscope.engine.task.TaskScheduler;

/**
 * The future passed to {@code blockOn} ("main"), run as a task of its own on the calling thread rather
 * than on a worker, as Tokio does. Waking it sets a flag and unparks the block-on thread; the driver
 * polls it from there. On the current-thread flavour the block-on thread is also the only worker.
 */
public final class RootSlot implements TaskScheduler {
    private static final java.lang.invoke.VarHandle QUEUED;

    static {
        try {
            QUEUED = java.lang.invoke.MethodHandles.lookup().findVarHandle(RootSlot.class, "queued", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final RuntimeCore core;
    /**
     * Set when the root is woken, cleared when the block-on thread takes it. Written with release
     * stores, not volatile ones: the wake is followed by the parker's unpark, an atomic swap that the
     * block-on thread's park synchronizes with, so a full fence here would only be paid twice.
     */
    private volatile boolean queued;
    private Task<?> task;

    public RootSlot(RuntimeCore core) {
        this.core = core;
    }

    public void bind(Task<?> root) {
        this.task = root;
        this.queued = true;
    }

    public Task<?> task() {
        return task;
    }

    public boolean isQueued() {
        return queued;
    }

    /** Clears and returns the "woken" flag. */
    public boolean takeQueued() {
        if (!queued) {
            return false;
        }
        QUEUED.setRelease(this, false);
        return true;
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
        QUEUED.setRelease(this, true);
        Emitter em = core.emitter();
        if (em != null) {
            Current c = Current.get();
            em.emit(c.workerIndex(), t.id(), new Payload.Schedule(Payload.Where.MAIN, -1, c.taskId()));
        }
        core.unparkMain();
    }
}
