package asyncscope.engine.runtime;

import asyncscope.engine.scheduler.SchedulerWorker;

/**
 * What the current thread is doing for a runtime: which runtime, which worker (if it is one), which task
 * it is polling, and how much cooperative budget that poll has left. Tokio keeps the same in a
 * thread-local "context". The simulated driver runs every worker on one thread and switches these
 * fields before each step, so the same scheduler code sees the same answers in both drivers.
 */
public final class Current {
    private static final ThreadLocal<Current> LOCAL = ThreadLocal.withInitial(() -> new Current(Thread.currentThread()));

    /**
     * The context of the last thread outside the runtime's own that asked (typically the one blocked in
     * {@code blockOn}, which polls the root future): checked before the thread-local map, whose lookup
     * would otherwise be paid on every channel operation and budget check of the root future.
     */
    private static volatile Current lastForeign;

    /** The budget value meaning "not inside a budgeted poll". */
    public static final int UNCONSTRAINED = Integer.MAX_VALUE;

    public RuntimeCore core;
    public SchedulerWorker worker;
    /**
     * The id of the task being polled on this thread, or {@link #NO_TASK}. An id rather than the task
     * itself: this object lives long, and storing a fresh reference into a long-lived object costs a
     * GC write barrier with a memory fence on every poll, where storing a number costs nothing extra.
     */
    public long task = NO_TASK;
    /** The value of {@link #task} outside any task. */
    public static final long NO_TASK = -1;
    public int budget = UNCONSTRAINED;
    /** The thread this context belongs to. */
    private final Thread owner;

    private Current(Thread owner) {
        this.owner = owner;
    }

    public static Current get() {
        Thread t = Thread.currentThread();
        // Runtime threads carry their context in a field: no thread-local lookup on the hot path.
        if (t instanceof RuntimeThread rt) {
            return rt.current;
        }
        Current c = lastForeign;
        if (c != null && c.owner == t) {
            return c;
        }
        c = LOCAL.get();
        lastForeign = c;
        return c;
    }

    /** A thread started by the runtime (worker or blocking thread), with its context in a plain field. */
    public static final class RuntimeThread extends Thread {
        final Current current;

        public RuntimeThread(Runnable body, String name) {
            super(body, name);
            current = new Current(this);
            setDaemon(true);
        }
    }

    /** The index of the worker this thread is acting as, or -1. */
    public int workerIndex() {
        return worker == null ? -1 : worker.index();
    }

    /** The id of the task being polled on this thread, or -1. */
    public long taskId() {
        return task;
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

    public record Saved(RuntimeCore core, SchedulerWorker worker, long task, int budget) {}
}
