package asyncscope.engine.runtime;

import asyncscope.engine.scheduler.SchedulerWorker;
import asyncscope.engine.task.Task;

/**
 * What the current thread is doing for a runtime: which runtime, which worker (if it is one), which task
 * it is polling, and how much cooperative budget that poll has left. Tokio keeps the same in a
 * thread-local "context". The simulated driver runs every worker on one thread and switches these
 * fields before each step, so the same scheduler code sees the same answers in both drivers.
 */
public final class Current {
    private static final ThreadLocal<Current> LOCAL = ThreadLocal.withInitial(Current::new);

    /** The budget value meaning "not inside a budgeted poll". */
    public static final int UNCONSTRAINED = Integer.MAX_VALUE;

    public RuntimeCore core;
    public SchedulerWorker worker;
    public Task<?> task;
    public int budget = UNCONSTRAINED;

    private Current() {}

    public static Current get() {
        // Runtime threads carry their context in a field: no thread-local lookup on the hot path.
        if (Thread.currentThread() instanceof RuntimeThread rt) {
            return rt.current;
        }
        return LOCAL.get();
    }

    /** A thread started by the runtime (worker or blocking thread), with its context in a plain field. */
    public static final class RuntimeThread extends Thread {
        final Current current = new Current();

        public RuntimeThread(Runnable body, String name) {
            super(body, name);
            setDaemon(true);
        }
    }

    /** The index of the worker this thread is acting as, or -1. */
    public int workerIndex() {
        return worker == null ? -1 : worker.index();
    }

    /** The id of the task being polled on this thread, or -1. */
    public long taskId() {
        return task == null ? -1 : task.id();
    }

    /**
     * Records {@code payload} on this thread's runtime, as a step of this thread's worker and running task
     * (the usual attribution for anything a future does while polled). Does nothing when no runtime is
     * current or nobody records; callers that would build costly payloads check {@link #recording()} first.
     */
    public void emit(asyncscope.engine.event.Payload payload) {
        RuntimeCore rc = core;
        asyncscope.engine.event.Emitter em = rc == null ? null : rc.emitter();
        if (em != null) {
            em.emit(workerIndex(), taskId(), payload);
        }
    }

    /** Whether anybody records the events of this thread's runtime. */
    public boolean recording() {
        return core != null && core.emitter() != null;
    }

    /** Saves the fields so a nested use (a driver stepping a worker) can restore them. */
    public Saved save() {
        return new Saved(core, worker, task, budget);
    }

    public void restore(Saved s) {
        core = s.core();
        worker = s.worker();
        task = s.task();
        budget = s.budget();
    }

    public record Saved(RuntimeCore core, SchedulerWorker worker, Task<?> task, int budget) {}
}
