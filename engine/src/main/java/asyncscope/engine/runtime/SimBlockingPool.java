package asyncscope.engine.runtime;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.task.Task;
import java.util.ArrayDeque;

/**
 * The blocking pool under simulation: jobs wait in a queue and the simulated driver runs one, whole,
 * as a step of its seeded schedule, on blocking thread 0. Deterministic, and the trace still shows the
 * work happening off the workers.
 */
final class SimBlockingPool implements BlockingPool {
    private final RuntimeCore core;
    private final ArrayDeque<Task<?>> queue = new ArrayDeque<>();
    private boolean shutdown;

    SimBlockingPool(RuntimeCore core) {
        this.core = core;
    }

    @Override
    public void schedule(Task<?> task, boolean isYield) {
        if (shutdown) {
            return;
        }
        queue.addLast(task);
        Emitter em = core.emitter();
        if (em != null) {
            Current c = Current.get();
            em.emit(c.workerIndex(), task.id(), new Payload.Schedule(Payload.Where.BLOCKING, -1, c.taskId()));
        }
    }

    boolean hasQueued() {
        return !queue.isEmpty();
    }

    /** Runs the oldest queued job to completion. */
    void runOne() {
        Task<?> job = queue.pollFirst();
        if (job == null) {
            return;
        }
        Current c = Current.get();
        Current.Saved saved = c.save();
        c.worker = null;
        Emitter em = core.emitter();
        try {
            if (em != null) {
                em.emit(-1, job.id(), new Payload.BlockingStart(0));
            }
            job.run();
            if (em != null) {
                em.emit(-1, job.id(), new Payload.BlockingEnd(0));
            }
        } finally {
            c.restore(saved);
        }
    }

    @Override
    public int threadCount() {
        return 0;
    }

    @Override
    public void shutdown(long timeoutMillis) {
        shutdown = true;
        queue.clear();
    }
}
