package asyncscope.engine.runtime;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.task.Task;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocking pool under simulation: simulated threads that run {@code spawnBlocking} jobs beside the
 * workers, each on a clock of its own. A job is handed to the lowest-numbered idle thread at the time it
 * is spawned (a new thread if every one is busy, up to the pool's maximum; beyond that jobs wait in
 * order), and the simulated driver runs it, whole, as that thread's step. A job that computes or sleeps
 * keeps its thread busy for that long in virtual time ({@code BlockingStart}…{@code BlockingEnd}), while
 * the workers and the other blocking threads go on; threads are reused, never retired (a real pool's
 * keep-alive changes nothing that can be seen).
 */
final class SimBlockingPool implements BlockingPool {
    private final RuntimeCore core;
    private final int maxThreads;
    private final List<SimThread> threads = new ArrayList<>();
    /** {@code jobs.get(i)}: the job thread i runs or is about to run, or null when it is idle. */
    private final List<Task<?>> jobs = new ArrayList<>();
    private final ArrayDeque<Task<?>> waiting = new ArrayDeque<>();
    private long handedOut;
    private boolean shutdown;

    SimBlockingPool(RuntimeCore core, int maxThreads) {
        this.core = core;
        this.maxThreads = Math.max(1, maxThreads);
    }

    @Override
    public void schedule(Task<?> task, boolean isYield) {
        if (shutdown) {
            return;
        }
        Emitter em = core.emitter();
        if (em != null) {
            Current c = Current.get();
            em.emit(c.workerIndex(), task.id(), new Payload.Schedule(Payload.Where.BLOCKING, -1, c.taskId()));
        }
        int free = jobs.indexOf(null);
        if (free < 0 && threads.size() < maxThreads) {
            free = threads.size();
            threads.add(new SimThread(free));
            jobs.add(null);
        }
        if (free < 0) {
            waiting.addLast(task);
        } else {
            handOut(free, task, core.clock().nanos());
        }
    }

    private void handOut(int thread, Task<?> job, long at) {
        jobs.set(thread, job);
        SimThread t = threads.get(thread);
        t.order = handedOut++;
        t.wake(at);
    }

    /** The thread whose job should run (or go on running) first: the earliest clock, then the oldest job. */
    SimThread earliest() {
        SimThread best = null;
        for (SimThread t : threads) {
            if (t.state != SimThread.State.IDLE
                    && (best == null || t.time < best.time || (t.time == best.time && t.order < best.order))) {
                best = t;
            }
        }
        return best;
    }

    /** The earliest blocking thread whose job stopped half-way, or null. */
    SimThread earliestSuspended() {
        SimThread best = null;
        for (SimThread t : threads) {
            if (t.state == SimThread.State.SUSPENDED && (best == null || t.time < best.time)) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Runs thread {@code t}'s job to completion (the driver has made {@code t} the running thread). The
     * CPU time the job spent is settled before {@code BlockingEnd}, so the span shows the job's length.
     * Returns true if the thread has another job to run next.
     */
    boolean run(SimThread t, SimulatedDriver driver) {
        Task<?> job = jobs.get(t.index);
        Current c = Current.get();
        Current.Saved saved = c.save();
        c.worker = null;
        Emitter em = core.emitter();
        try {
            if (em != null) {
                em.emit(-1, job.id(), new Payload.BlockingStart(t.index));
            }
            job.run();
            driver.spend(0, true);
            if (em != null) {
                em.emit(-1, job.id(), new Payload.BlockingEnd(t.index));
            }
        } finally {
            c.restore(saved);
        }
        jobs.set(t.index, null);
        Task<?> next = shutdown ? null : waiting.pollFirst();
        if (next == null) {
            return false;
        }
        jobs.set(t.index, next);
        t.order = handedOut++;
        return true;
    }

    @Override
    public int threadCount() {
        return 0; // simulated threads are not threads
    }

    @Override
    public void shutdown(long timeoutMillis) {
        shutdown = true;
        waiting.clear();
        for (int i = 0; i < threads.size(); i++) {
            SimThread t = threads.get(i);
            if (t.state == SimThread.State.READY) {
                // handed a job that never started: the task is dropped with the runtime's other tasks
                jobs.set(i, null);
                t.state = SimThread.State.IDLE;
            }
        }
    }
}
