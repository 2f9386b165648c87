package asyncscope.engine.scheduler;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.Payload.Where;
import asyncscope.engine.runtime.Coop;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.RuntimeCore;
import asyncscope.engine.task.Task;
import java.util.ArrayDeque;

/**
 * Tokio's current-thread flavour: one worker, which is the thread that calls {@code blockOn}. Tasks
 * woken on that thread go to a plain local queue (no stealing, so no atomics needed); tasks woken from
 * other threads go to an inject queue. Every 31st tick the inject queue is served first.
 *
 * <p>The block-on loop ({@link #blockOnRound}) alternates between the root future and the queue the way
 * Tokio does: when the root has been woken, poll it; otherwise run up to 61 queued tasks, then look at
 * the root again. Nothing runs in parallel, so concurrency is visible as pure interleaving.
 */
public final class CurrentThreadScheduler implements Scheduler, SchedulerWorker {
    static final int GLOBAL_QUEUE_INTERVAL = 31;
    static final int EVENT_INTERVAL = 61;

    private final RuntimeCore core;
    private final ArrayDeque<Task<?>> local = new ArrayDeque<>();
    private final InjectQueue inject = new InjectQueue();
    private int tick;
    private volatile boolean closed;

    public CurrentThreadScheduler(RuntimeCore core) {
        this.core = core;
    }

    @Override
    public SchedulerWorker[] workers() {
        return new SchedulerWorker[] {this};
    }

    @Override
    public int index() {
        return 0;
    }

    @Override
    public void schedule(Task<?> task, boolean isYield) {
        Current c = Current.get();
        Emitter em = core.emitter();
        if (c.worker == this) {
            if (em != null) {
                em.emit(0, task.id(), new Payload.Schedule(Where.LOCAL, 0, c.taskId()));
            }
            local.addLast(task);
            return;
        }
        if (!inject.push(task)) {
            task.shutdown(); // the runtime is shut down: nothing will ever run it, drop it now
            return;
        }
        if (em != null) {
            em.emit(c.workerIndex(), task.id(), new Payload.Schedule(Where.INJECT, -1, c.taskId()));
        }
        core.unparkWorker(0);
    }

    @Override
    public boolean tick() {
        tick++;
        Task<?> t;
        if (tick % GLOBAL_QUEUE_INTERVAL == 0) {
            t = inject.pop();
            if (t == null) {
                t = local.pollFirst();
            }
        } else {
            t = local.pollFirst();
            if (t == null) {
                t = inject.pop();
            }
        }
        if (t == null) {
            return false;
        }
        Current c = Current.get();
        c.budget = Coop.BUDGET;
        try {
            t.run(c);
        } finally {
            c.budget = Current.UNCONSTRAINED;
        }
        return true;
    }

    /**
     * One round of the block-on loop, as Tokio's: poll the root if it was woken, then run up to 61
     * queued tasks (whatever the root did — a root that yields goes behind the queue, it does not run
     * again at once), then let the timers and I/O catch up. Returns false if there was nothing at all to do.
     */
    public boolean blockOnRound(RootSlot root) {
        boolean polledRoot = false;
        if (root.takeQueued()) {
            root.poll();
            polledRoot = true;
            if (root.task().isComplete()) {
                return true;
            }
        }
        int ran = 0;
        while (ran < EVENT_INTERVAL && !closed && tick()) {
            ran++;
        }
        if (ran == EVENT_INTERVAL) {
            core.maintenance(0);
        }
        return polledRoot || ran > 0;
    }

    @Override
    public boolean tryPark() {
        if (!local.isEmpty() || !inject.isEmpty()) {
            return false;
        }
        Emitter em = core.emitter();
        if (em != null) {
            em.emit(0, -1, new Payload.Park());
        }
        return true;
    }

    @Override
    public void unparked() {
        // A single worker has no searching/parked bookkeeping.
    }

    @Override
    public boolean hasLocalWork() {
        return !local.isEmpty();
    }

    @Override
    public boolean hasWorkPending() {
        return !local.isEmpty() || !inject.isEmpty();
    }

    /** Tasks in the local queue, front first (for inspectors; call on the runtime's thread). */
    public Task<?>[] localSnapshot() {
        return local.toArray(new Task<?>[0]);
    }

    @Override
    public void close() {
        closed = true;
        inject.close();
    }

    @Override
    public java.util.List<Task<?>> drainQueued() {
        java.util.List<Task<?>> out = new java.util.ArrayList<>(local);
        local.clear();
        out.addAll(inject.drain());
        return out;
    }

    @Override
    public int queuedCount() {
        return local.size() + inject.len();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }
}
