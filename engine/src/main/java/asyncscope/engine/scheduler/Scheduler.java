package asyncscope.engine.scheduler;

import asyncscope.engine.task.TaskScheduler;

/**
 * A scheduler flavour: where spawned and woken tasks are queued and which workers run them.
 * {@link MultiThreadScheduler} is Tokio's work-stealing scheduler; {@link CurrentThreadScheduler} runs
 * everything on the thread that calls {@code blockOn}.
 */
public interface Scheduler extends TaskScheduler {
    /** The workers, in index order. */
    SchedulerWorker[] workers();

    /** Whether any queue holds a task waiting to run. */
    boolean hasWorkPending();

    /** Stops accepting tasks from outside; queued tasks are left to shutdown to drop. */
    void close();

    /**
     * Takes every task still queued (after the workers have stopped), so shutdown can drop them.
     * Safe even if a stuck worker thread is still alive: its local queue is emptied by stealing.
     */
    java.util.List<asyncscope.engine.task.Task<?>> drainQueued();

    /** Tasks waiting in queues now (a racy count, for inspectors and tests). */
    int queuedCount();

    boolean isClosed();
}
