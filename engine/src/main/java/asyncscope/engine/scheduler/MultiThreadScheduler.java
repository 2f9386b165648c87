package asyncscope.engine.scheduler;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.RuntimeCore;
import asyncscope.engine.task.Task;

/**
 * Tokio's work-stealing scheduler: N {@link Worker}s with their own queues, one global
 * {@link InjectQueue}, and {@link Idle} to decide whom to wake. A task woken on a worker's thread stays
 * on that worker (LIFO slot or local queue); a task woken from anywhere else goes to the inject queue
 * and one parked worker is unparked to fetch it.
 */
public final class MultiThreadScheduler implements Scheduler {
    private final RuntimeCore core;
    private final Worker[] workers;
    final InjectQueue inject = new InjectQueue();
    final Idle idle;
    private volatile boolean closed;

    public MultiThreadScheduler(RuntimeCore core, int workerCount, long seed) {
        if (workerCount < 1) {
            throw new IllegalArgumentException("a multi-thread runtime needs at least one worker, got " + workerCount);
        }
        this.core = core;
        this.idle = new Idle(workerCount);
        this.workers = new Worker[workerCount];
        for (int i = 0; i < workerCount; i++) {
            workers[i] = new Worker(this, i, seed);
        }
    }

    RuntimeCore core() {
        return core;
    }

    int workerCount() {
        return workers.length;
    }

    Worker[] workerArray() {
        return workers;
    }

    @Override
    public SchedulerWorker[] workers() {
        return workers.clone();
    }

    public InjectQueue injectQueue() {
        return inject;
    }

    public Idle idle() {
        return idle;
    }

    @Override
    public void schedule(Task<?> task, boolean isYield) {
        schedule(task, isYield, Current.get());
    }

    @Override
    public void schedule(Task<?> task, boolean isYield, Current c) {
        if (c.worker instanceof Worker w && w.sharedIs(this)) {
            w.scheduleLocal(task, isYield);
            return;
        }
        if (!inject.push(task)) {
            task.shutdown(); // the runtime is shut down: nothing will ever run it, drop it now
            return;
        }
        Emitter em = core.emitter();
        if (em != null) {
            em.emit(c.workerIndex(), task.id(), new Payload.Schedule(Payload.Where.INJECT, -1, c.taskId()));
        }
        notifyParked();
    }

    /** Unparks one parked worker if nobody is searching already. */
    void notifyParked() {
        int w = idle.workerToNotify();
        if (w >= 0) {
            Emitter em = core.emitter();
            if (em != null) {
                em.emit(Current.get().workerIndex(), -1, new Payload.Unpark(w));
            }
            core.unparkWorker(w);
        }
    }

    @Override
    public boolean hasWorkPending() {
        if (!inject.isEmpty()) {
            return true;
        }
        for (Worker w : workers) {
            if (!w.queue.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        closed = true;
        inject.close();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public java.util.List<Task<?>> drainQueued() {
        java.util.List<Task<?>> out = new java.util.ArrayList<>(inject.drain());
        LocalQueue scratch = new LocalQueue();
        for (Worker w : workers) {
            Task<?> lifo = w.takeLifoIfStopped();
            if (lifo != null) {
                out.add(lifo);
            }
            // Stealing is safe against a live owner, so this works even for a stuck worker.
            while (w.queue.stealInto(scratch, null) > 0) {
                Task<?> t;
                while ((t = scratch.pop()) != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    @Override
    public int queuedCount() {
        int n = inject.len();
        for (Worker w : workers) {
            n += w.queue.len() + (w.lifoSlot() != null ? 1 : 0);
        }
        return n;
    }
}
