package asyncscope.engine.runtime;

import asyncscope.engine.scheduler.CurrentThreadScheduler;
import asyncscope.engine.scheduler.MultiThreadScheduler;
import asyncscope.engine.scheduler.RootSlot;
import asyncscope.engine.scheduler.SchedulerWorker;
import java.util.concurrent.TimeUnit;

/**
 * Runs the scheduler for real: each worker of a multi-thread runtime gets its own thread, looping over
 * {@link SchedulerWorker#tick()} and parking when there is nothing to do (no longer than the next timer
 * deadline); {@code blockOn} polls the root future on the calling thread and parks it in between. On the
 * current-thread flavour there are no worker threads: the block-on thread is the worker.
 */
final class ThreadedDriver implements Driver {
    private final RuntimeCore core;
    private final SchedulerWorker[] workers;
    private final Parker[] parkers;
    private final Parker mainParker = new Parker();
    private final Thread[] threads;
    private final boolean currentThread;
    private volatile boolean stopping;

    ThreadedDriver(RuntimeCore core, SchedulerWorker[] workers, boolean currentThread) {
        this.core = core;
        this.workers = workers;
        this.currentThread = currentThread;
        this.parkers = new Parker[workers.length];
        for (int i = 0; i < parkers.length; i++) {
            parkers[i] = currentThread ? mainParker : new Parker();
        }
        this.threads = new Thread[currentThread ? 0 : workers.length];
    }

    @Override
    public void start() {
        for (int i = 0; i < threads.length; i++) {
            SchedulerWorker w = workers[i];
            Thread t = new Current.RuntimeThread(() -> runWorker(w), "asyncscope-worker-" + i);
            if (w instanceof asyncscope.engine.scheduler.Worker worker) {
                worker.bindThread(t);
            }
            threads[i] = t;
            t.start();
        }
    }

    private void runWorker(SchedulerWorker w) {
        Current c = Current.get();
        c.core = core;
        c.worker = w;
        Parker parker = parkers[w.index()];
        try {
            while (!stopping) {
                try {
                    if (w.tick()) {
                        continue;
                    }
                    if (stopping || !w.tryPark()) {
                        continue;
                    }
                    parkUntilWorkOrDeadline(parker);
                    w.unparked();
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    core.internalError(e); // a bug in the runtime itself (or no memory left): record it, keep the worker alive
                }
            }
        } finally {
            c.core = null;
            c.worker = null;
        }
    }

    private void parkUntilWorkOrDeadline(Parker parker) {
        ParkHooks hooks = core.hooks();
        long deadline = hooks.nextDeadline();
        if (deadline == Long.MAX_VALUE) {
            parker.park(0, hooks.ioPark());
        } else {
            long wait = deadline - core.clock().nanos();
            if (wait > 0) {
                parker.park(wait, hooks.ioPark());
            }
        }
        core.hooks().fireDue(core.clock().nanos());
    }

    @Override
    public void blockOn(RootSlot root) {
        Current c = Current.get();
        Current.Saved saved = c.save();
        c.core = core;
        try {
            if (currentThread) {
                CurrentThreadScheduler sched = (CurrentThreadScheduler) workers[0];
                c.worker = sched;
                while (!root.task().isComplete() && !stopping) {
                    if (sched.blockOnRound(root) || root.isQueued()) {
                        continue;
                    }
                    if (!sched.tryPark()) {
                        continue;
                    }
                    parkUntilWorkOrDeadline(mainParker);
                    sched.unparked();
                    checkInterrupt(root);
                }
            } else {
                c.worker = null;
                while (!root.task().isComplete() && !stopping) {
                    if (root.takeQueued()) {
                        root.poll();
                        continue;
                    }
                    mainParker.park();
                    checkInterrupt(root);
                }
            }
        } finally {
            c.restore(saved);
        }
    }

    /**
     * The thread blocked in {@code blockOn} was interrupted (e.g. a test timeout): stop waiting. The
     * root stays in the runtime and is dropped at shutdown; the interrupt flag stays set for the caller.
     */
    private static void checkInterrupt(RootSlot root) {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException(
                    "interrupted while blocking on " + root.task().name());
        }
    }

    @Override
    public void unparkWorker(int index) {
        parkers[index].unpark();
    }

    @Override
    public void unparkAll() {
        for (Parker p : parkers) {
            p.unpark();
        }
        mainParker.unpark();
    }

    @Override
    public void unparkForDeadline() {
        if (currentThread) {
            mainParker.unpark();
            return;
        }
        if (core.scheduler() instanceof MultiThreadScheduler m) {
            int[] parked = m.idle().parked();
            if (parked.length > 0) {
                parkers[parked[0]].unpark(); // it re-reads the next deadline before parking again
            }
        }
    }

    @Override
    public void unparkMain() {
        mainParker.unpark();
    }

    @Override
    public void spend(long nanos, boolean settleNow) {
        // Real threads: the work took real time already; CpuTime.block really sleeps.
    }

    @Override
    public void stop() {
        stopping = true;
        for (Parker p : parkers) {
            p.unpark();
        }
        mainParker.unpark();
        for (Thread t : threads) {
            if (t == null || t == Thread.currentThread()) {
                continue;
            }
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Whether every worker thread has ended (after {@link #stop()}). */
    boolean threadsEnded() {
        for (Thread t : threads) {
            if (t != null && t.isAlive()) {
                return false;
            }
        }
        return true;
    }
}
