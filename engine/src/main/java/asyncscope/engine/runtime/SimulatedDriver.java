package asyncscope.engine.runtime;

import asyncscope.engine.scheduler.CurrentThreadScheduler;
import asyncscope.engine.scheduler.FastRand;
import asyncscope.engine.scheduler.RootSlot;
import asyncscope.engine.scheduler.SchedulerWorker;
import asyncscope.engine.time.VirtualClock;

/**
 * Runs the very same scheduler code as the threaded driver, but every step on the calling thread, in an
 * order chosen by a seeded random generator, under a virtual clock. Each step is one of: poll the root
 * (if it was woken), one {@link SchedulerWorker#tick()} of an unparked worker, or one blocking job. When
 * nothing can run, the clock jumps to the next timer deadline; if there is none, nothing can ever wake the
 * root again and the run is reported as a deadlock instead of hanging.
 *
 * <p>Same program + same seed ⇒ same choices ⇒ the same events, byte for byte.
 */
final class SimulatedDriver implements Driver {
    private static final int ROOT = -1;
    private static final int BLOCKING = -2;

    private final RuntimeCore core;
    private final SchedulerWorker[] workers;
    private final boolean currentThread;
    private final VirtualClock clock;
    private final SimBlockingPool blocking;
    private final FastRand rng;
    private final boolean[] parked;
    private final boolean[] wokenFromPark;
    private final int[] candidates;
    private volatile boolean stopping;
    private long steps;

    SimulatedDriver(RuntimeCore core, SchedulerWorker[] workers, boolean currentThread, VirtualClock clock,
                    SimBlockingPool blocking, long seed) {
        this.core = core;
        this.workers = workers;
        this.currentThread = currentThread;
        this.clock = clock;
        this.blocking = blocking;
        this.rng = new FastRand(seed ^ 0x5DEECE66DL);
        this.parked = new boolean[workers.length];
        this.wokenFromPark = new boolean[workers.length];
        this.candidates = new int[workers.length + 2];
    }

    @Override
    public void start() {
        // No threads: everything happens inside blockOn.
    }

    /** Steps taken so far (for summaries). */
    long steps() {
        return steps;
    }

    @Override
    public void blockOn(RootSlot root) {
        Current c = Current.get();
        Current.Saved saved = c.save();
        c.core = core;
        try {
            if (currentThread) {
                runCurrentThread(root, c);
            } else {
                runMultiThread(root, c);
            }
        } finally {
            c.restore(saved);
        }
    }

    private void runCurrentThread(RootSlot root, Current c) {
        CurrentThreadScheduler sched = (CurrentThreadScheduler) workers[0];
        c.worker = sched;
        while (!root.task().isComplete()) {
            checkStopping();
            steps++;
            if (sched.blockOnRound(root) || root.isQueued()) {
                continue;
            }
            if (blocking.hasQueued()) {
                blocking.runOne();
                continue;
            }
            if (!sched.tryPark()) {
                continue;
            }
            advanceTimeOrFail(root);
            sched.unparked();
        }
    }

    private void runMultiThread(RootSlot root, Current c) {
        while (!root.task().isComplete()) {
            checkStopping();
            int n = 0;
            if (root.isQueued()) {
                candidates[n++] = ROOT;
            }
            for (int i = 0; i < workers.length; i++) {
                if (!parked[i]) {
                    candidates[n++] = i;
                }
            }
            if (blocking.hasQueued()) {
                candidates[n++] = BLOCKING;
            }
            if (n == 0) {
                advanceTimeOrFail(root);
                continue;
            }
            steps++;
            int pick = candidates[rng.nextInt(n)];
            if (pick == ROOT) {
                c.worker = null;
                root.takeQueued();
                root.poll();
            } else if (pick == BLOCKING) {
                c.worker = null;
                blocking.runOne();
            } else {
                stepWorker(workers[pick], c);
            }
        }
        c.worker = null;
    }

    private void stepWorker(SchedulerWorker w, Current c) {
        int i = w.index();
        c.worker = w;
        if (wokenFromPark[i]) {
            wokenFromPark[i] = false;
            w.unparked();
        }
        if (w.tick()) {
            return;
        }
        parked[i] = true; // before tryPark: an unpark inside it must win
        if (!w.tryPark()) {
            parked[i] = false;
        }
    }

    private void advanceTimeOrFail(RootSlot root) {
        long next = core.hooks().nextDeadline();
        if (next == Long.MAX_VALUE) {
            throw new SimulationDeadlock("deadlock: " + root.task().name() + " is waiting, every task is idle, and no timer"
                    + " or I/O event is pending that could wake anything (virtual time "
                    + clock.nanos() / 1_000_000 + " ms)");
        }
        clock.advanceTo(next);
        Current c = Current.get();
        var w = c.worker;
        c.worker = currentThread ? w : null;
        core.hooks().fireDue(clock.nanos());
        c.worker = w;
    }

    private void checkStopping() {
        if (stopping) {
            throw new SimulationDeadlock("the runtime was shut down while the simulation was running");
        }
    }

    @Override
    public void unparkWorker(int index) {
        if (parked[index]) {
            parked[index] = false;
            wokenFromPark[index] = true;
        }
    }

    @Override
    public void unparkForDeadline() {
        // Virtual time only moves when every task is idle; the driver reads the next deadline then.
    }

    @Override
    public void unparkAll() {
        // Simulated workers read the hooks at every step; nothing sleeps.
    }

    @Override
    public void unparkMain() {
        // The root's queued flag is all the simulator needs.
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
