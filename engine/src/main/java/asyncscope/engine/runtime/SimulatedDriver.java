package asyncscope.engine.runtime;

import asyncscope.engine.scheduler.CurrentThreadScheduler;
import asyncscope.engine.scheduler.FastRand;
import asyncscope.engine.scheduler.RootSlot;
import asyncscope.engine.scheduler.SchedulerWorker;
import asyncscope.engine.time.VirtualClock;
import java.util.ArrayDeque;

/**
 * Runs the very same scheduler code as the threaded driver, as a discrete-event simulation of parallel
 * threads under a virtual clock. Each simulated thread — every worker, the {@code block_on} thread, every
 * blocking-pool thread — has a clock of its own ({@link SimThread}); one step is a worker's
 * {@link SchedulerWorker#tick()}, a poll of the root, a blocking job, or firing the timers that are due.
 *
 * <p><b>Which step comes next.</b> The thread whose clock is earliest acts next; equal clocks are broken by
 * a seeded random generator (on the current-thread flavour in a fixed order: the thread, then the
 * blocking pool, then the timers). The simulation's clock — what {@code Instant::now()} reads and what
 * stamps the events — is the acting thread's clock, so it never goes back and events come in time order.
 * Timers fire at their exact deadline, once a worker is parked to fire them (the current-thread flavour's
 * thread must be parked); if every thread is idle and no timer is pending, nothing can ever happen again
 * and the run is reported as a deadlock instead of hanging.
 *
 * <p><b>CPU time.</b> A step takes no time unless its code says it does ({@link CpuTime}): Rust-lite charges
 * each instruction it executes, {@code std::thread::sleep} blocks. The time accrues on the acting thread's
 * clock; once a time slice ({@value #SLICE_NANOS} ns) has accrued, or at a blocking call, the thread
 * <em>settles</em>: if another thread's clock is now earlier, the step stops there, half-done, and the
 * others catch up first — so a worker blocked from t to t + 300 ms shows one long poll while the other
 * workers go on running tasks. The half-done step keeps its Java stack on a {@link Carrier} thread; only
 * one carrier runs at a time, so this is still one deterministic computation. Time accrued under a slice
 * is settled silently when the step ends: its effects (wakes, messages) may appear up to one slice early.
 * Steps that spend no CPU time (the engine's own code) never stop half-way and never change thread.
 *
 * <p>Same program + same seed ⇒ same choices ⇒ the same events, byte for byte.
 */
final class SimulatedDriver implements Driver {
    /** How far a thread's clock may run ahead, inside a step, before the others are let catch up (ns). */
    static final long SLICE_NANOS = 50_000;

    private static final int ROOT = -1;
    private static final int BLOCKING = -2;
    private static final int TIMER = -3;
    private static final int NONE = -4;

    private final RuntimeCore core;
    private final SchedulerWorker[] workers;
    private final boolean currentThread;
    private final VirtualClock clock;
    private final SimBlockingPool blocking;
    private final FastRand rng;
    /** One per worker (on the current-thread flavour: the one thread, which also polls the root). */
    private final SimThread[] threads;
    /** The {@code block_on} thread of the multi-thread flavour (the current-thread flavour's is threads[0]). */
    private final SimThread rootThread = new SimThread(-1);
    private final boolean[] wokenFromPark;
    private final int[] tied;
    private volatile boolean stopping;
    private long steps;

    // The run in progress (touched only by the carrier holding the baton).
    private RootSlot root;
    private SimThread running;
    private Carrier current;
    private Carrier blockOnCarrier;
    private final ArrayDeque<Carrier> spares = new ArrayDeque<>();
    private int carriersStarted;
    private Throwable failure;
    private boolean aborting;

    SimulatedDriver(RuntimeCore core, SchedulerWorker[] workers, boolean currentThread, VirtualClock clock,
                    SimBlockingPool blocking, long seed) {
        this.core = core;
        this.workers = workers;
        this.currentThread = currentThread;
        this.clock = clock;
        this.blocking = blocking;
        this.rng = new FastRand(seed ^ 0x5DEECE66DL);
        this.threads = new SimThread[workers.length];
        for (int i = 0; i < workers.length; i++) {
            threads[i] = new SimThread(i);
            threads[i].state = SimThread.State.READY;
        }
        this.wokenFromPark = new boolean[workers.length];
        this.tied = new int[workers.length + 3];
    }

    @Override
    public void start() {
        // No threads of its own until a step has to stop half-way.
    }

    /** Steps taken so far (for summaries). */
    long steps() {
        return steps;
    }

    /** Java threads started to carry half-done steps (for tests: zero for a program that spends no time). */
    int carriersStarted() {
        return carriersStarted;
    }

    // ---------------------------------------------------------------- block_on

    @Override
    public void blockOn(RootSlot root) {
        Current c = Current.get();
        Current.Saved saved = c.save();
        c.core = core;
        c.worker = null;
        this.root = root;
        this.failure = null;
        this.aborting = false;
        SimThread rt = rootThreadOf();
        if (currentThread) {
            rt.wake(clock.nanos()); // the thread calling blockOn polls the (notified) root first thing
        } else if (rt.time < clock.nanos()) {
            rt.time = clock.nanos();
        }
        blockOnCarrier = new Carrier(Thread.currentThread());
        current = blockOnCarrier;
        try {
            Outcome o = runLoop(blockOnCarrier, NONE);
            while (o == Outcome.GAVE_AWAY) {
                Carrier.Command cmd = blockOnCarrier.await();
                if (cmd == Carrier.Command.FINISH) {
                    break;
                }
                o = runLoop(blockOnCarrier, blockOnCarrier.firstChoice);
            }
            current = blockOnCarrier;
            if (failure != null) {
                throw rethrow(failure);
            }
        } finally {
            spares.remove(blockOnCarrier);
            for (Carrier s : spares) {
                Carrier.handTo(s, Carrier.Command.EXIT);
            }
            spares.clear();
            running = null;
            this.root = null;
            c.restore(saved);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    private enum Outcome { GAVE_AWAY, DONE }

    /**
     * The simulation loop, run by the carrier holding the baton: steps until this carrier hands the baton
     * on (to resume a half-done step elsewhere) or the run is over.
     */
    private Outcome runLoop(Carrier me, int first) {
        Current c = Current.get();
        try {
            int choice = first;
            for (;;) {
                if (choice == NONE) {
                    if (aborting) {
                        return unwindNext(me);
                    }
                    if (root.task().isComplete()) {
                        return finishNext(me);
                    }
                    checkStopping();
                    choice = pick();
                    if (choice == NONE) {
                        throw deadlock();
                    }
                }
                SimThread t = threadFor(choice);
                if (t != null && t.state == SimThread.State.SUSPENDED) {
                    return resume(me, t);
                }
                step(choice, t, c);
                choice = NONE;
            }
        } catch (SimulationUnwind u) {
            return unwindNext(me);
        } catch (Throwable x) {
            if (failure == null) {
                failure = x;
            }
            aborting = true;
            running = null;
            return unwindNext(me);
        }
    }

    private SimThread rootThreadOf() {
        return currentThread ? threads[0] : rootThread;
    }

    private SimThread threadFor(int choice) {
        if (choice == ROOT) {
            return rootThread;
        }
        if (choice == BLOCKING) {
            return blocking.earliest();
        }
        if (choice == TIMER) {
            return null;
        }
        return threads[choice];
    }

    // ---------------------------------------------------------------- choosing the next step

    /**
     * The next step: the candidate with the earliest clock (a running thread that is settling counts as a
     * candidate at its new clock). Ties go to the seeded generator, drawn exactly as the simulator always
     * has when no CPU time is spent (timers never tie then), so such runs keep their traces.
     */
    private int pick() {
        long best = Long.MAX_VALUE;
        int n = 0;
        boolean timerTied = false;
        long now = clock.nanos();
        if (!currentThread) {
            SimThread r = rootThread;
            if (r.state != SimThread.State.IDLE || root.isQueued()) {
                long t = r.time;
                if (t < best) {
                    best = t;
                    n = 0;
                }
                if (t == best) {
                    tied[n++] = ROOT;
                }
            }
        }
        boolean anyParked = false;
        for (int i = 0; i < threads.length; i++) {
            SimThread w = threads[i];
            if (w.state == SimThread.State.IDLE) {
                anyParked = true;
                continue;
            }
            long t = w.time;
            if (t < best) {
                best = t;
                n = 0;
            }
            if (t == best) {
                tied[n++] = i;
            }
        }
        SimThread b = blocking.earliest();
        if (b != null) {
            long t = b.time;
            if (t < best) {
                best = t;
                n = 0;
            }
            if (t == best) {
                tied[n++] = BLOCKING;
            }
        }
        if (anyParked) {
            long d = core.hooks().nextDeadline();
            if (d != Long.MAX_VALUE) {
                long t = Math.max(d, now);
                if (t < best) {
                    best = t;
                    n = 0;
                    timerTied = true;
                } else if (t == best) {
                    timerTied = true;
                }
            }
        }
        if (n == 0) {
            return timerTied ? TIMER : NONE;
        }
        if (currentThread) {
            return tied[0]; // the thread, then the blocking pool; the timer only when alone
        }
        int r = rng.nextInt(timerTied ? n + 1 : n);
        return r == n ? TIMER : tied[r];
    }

    // ---------------------------------------------------------------- steps

    private void step(int choice, SimThread t, Current c) {
        steps++;
        if (choice == TIMER) {
            fireTimers(c);
            return;
        }
        running = t;
        t.state = SimThread.State.RUNNING;
        clock.advanceTo(t.time);
        SimThread.State after;
        if (choice == ROOT) {
            c.worker = null;
            root.takeQueued();
            root.poll();
            after = SimThread.State.IDLE;
        } else if (choice == BLOCKING) {
            after = blocking.run(t, this) ? SimThread.State.READY : SimThread.State.IDLE;
        } else if (currentThread) {
            after = currentThreadRound(c);
        } else {
            after = stepWorker(choice, c);
        }
        t.settle();
        t.state = after;
        running = null;
    }

    private SimThread.State currentThreadRound(Current c) {
        CurrentThreadScheduler sched = (CurrentThreadScheduler) workers[0];
        c.worker = sched;
        if (wokenFromPark[0]) {
            wokenFromPark[0] = false;
            sched.unparked();
        }
        if (sched.blockOnRound(root) || root.isQueued()) {
            return SimThread.State.READY;
        }
        return sched.tryPark() ? SimThread.State.IDLE : SimThread.State.READY;
    }

    private SimThread.State stepWorker(int i, Current c) {
        SchedulerWorker w = workers[i];
        c.worker = w;
        if (wokenFromPark[i]) {
            wokenFromPark[i] = false;
            w.unparked();
        }
        if (w.tick()) {
            return SimThread.State.READY;
        }
        // Parked before tryPark: an unpark inside it must win.
        threads[i].state = SimThread.State.IDLE;
        if (!w.tryPark()) {
            return SimThread.State.READY;
        }
        return threads[i].state == SimThread.State.IDLE ? SimThread.State.IDLE : SimThread.State.READY;
    }

    /** A parked thread wakes at the next deadline and fires what is due (timers, simulated packets). */
    private void fireTimers(Current c) {
        long at = Math.max(core.hooks().nextDeadline(), clock.nanos());
        clock.advanceTo(at);
        if (currentThread) {
            SimThread t = threads[0];
            t.wake(at);
            c.worker = workers[0];
            core.hooks().fireDue(at);
            workers[0].unparked();
        } else {
            c.worker = null;
            core.hooks().fireDue(at);
        }
    }

    private SimulationDeadlock deadlock() {
        return new SimulationDeadlock("deadlock: " + root.task().name() + " is waiting, every task is idle, and no timer"
                + " or I/O event is pending that could wake anything (virtual time "
                + clock.nanos() / 1_000_000 + " ms)");
    }

    private void checkStopping() {
        if (stopping) {
            throw new SimulationDeadlock("the runtime was shut down while the simulation was running");
        }
    }

    // ---------------------------------------------------------------- CPU time

    /**
     * Adds CPU time to the running thread's clock ({@link CpuTime}); settles it when a slice has accrued or
     * {@code settleNow}. If another thread must act before this one's new time, the step stops here until
     * the driver resumes it.
     */
    @Override
    public void spend(long nanos, boolean settleNow) {
        SimThread t = running;
        Carrier me = current;
        if (t == null || aborting || me == null || me.thread != Thread.currentThread()) {
            return; // not inside a step of this simulation (shutdown, a foreign thread): no clock to move
        }
        t.pending += nanos;
        if (!settleNow && t.pending < SLICE_NANOS) {
            return;
        }
        t.settle();
        int choice = pick();
        if (threadFor(choice) == t) {
            clock.advanceTo(t.time);
            return;
        }
        // Another thread comes first: leave this step half-done on this carrier, let another carrier go on.
        t.state = SimThread.State.SUSPENDED;
        t.carrier = me;
        running = null;
        Carrier next = spares.pollFirst();
        if (next == null) {
            next = startCarrier();
        }
        next.firstChoice = choice;
        current = next;
        Carrier.handTo(next, Carrier.Command.RUN);
        Carrier.Command cmd = me.await();
        if (cmd == Carrier.Command.ABORT) {
            throw new SimulationUnwind();
        }
        // RESUME: the resumer made t the running thread again, at its clock.
    }

    private Carrier startCarrier() {
        Carrier[] self = new Carrier[1];
        Thread th = new Current.RuntimeThread(() -> carry(self[0]), "asyncscope-sim-carrier-" + carriersStarted);
        self[0] = new Carrier(th);
        carriersStarted++;
        th.start();
        return self[0];
    }

    /** A spare carrier's life: wait for the baton, run the loop, give the baton away, wait again. */
    private void carry(Carrier me) {
        Current c = Current.get();
        c.core = core;
        for (;;) {
            Carrier.Command cmd = me.await();
            if (cmd == Carrier.Command.EXIT) {
                c.core = null;
                return;
            }
            runLoop(me, me.firstChoice);
        }
    }

    /** Hands the baton to the carrier of half-done step {@code t}; this carrier becomes a spare. */
    private Outcome resume(Carrier me, SimThread t) {
        running = t;
        t.state = SimThread.State.RUNNING;
        clock.advanceTo(t.time);
        Carrier target = t.carrier;
        t.carrier = null;
        spares.addFirst(me);
        current = target;
        Carrier.handTo(target, Carrier.Command.RESUME);
        return Outcome.GAVE_AWAY;
    }

    /** The root has completed: half-done steps still finish (as Tokio's shutdown waits for running polls). */
    private Outcome finishNext(Carrier me) {
        SimThread s = earliestSuspended();
        if (s != null) {
            return resume(me, s);
        }
        return endRun(me);
    }

    /** The run failed: unwind every half-done step, then let blockOn throw the failure. */
    private Outcome unwindNext(Carrier me) {
        SimThread s = earliestSuspended();
        if (s != null) {
            running = s;
            s.state = SimThread.State.RUNNING;
            Carrier target = s.carrier;
            s.carrier = null;
            spares.addFirst(me);
            current = target;
            Carrier.handTo(target, Carrier.Command.ABORT);
            return Outcome.GAVE_AWAY;
        }
        if (me == blockOnCarrier) {
            throw rethrow(failure);
        }
        return endRun(me);
    }

    private Outcome endRun(Carrier me) {
        if (me == blockOnCarrier) {
            return Outcome.DONE;
        }
        spares.remove(blockOnCarrier);
        spares.addFirst(me);
        current = blockOnCarrier;
        Carrier.handTo(blockOnCarrier, Carrier.Command.FINISH);
        return Outcome.GAVE_AWAY;
    }

    private SimThread earliestSuspended() {
        SimThread best = rootThread.state == SimThread.State.SUSPENDED ? rootThread : null;
        for (SimThread t : threads) {
            if (t.state == SimThread.State.SUSPENDED && (best == null || t.time < best.time)) {
                best = t;
            }
        }
        SimThread b = blocking.earliestSuspended();
        if (b != null && (best == null || b.time < best.time)) {
            best = b;
        }
        return best;
    }

    // ---------------------------------------------------------------- wakes from the scheduler

    @Override
    public void unparkWorker(int index) {
        SimThread t = threads[index];
        if (t.state == SimThread.State.IDLE) {
            t.wake(clock.nanos());
            wokenFromPark[index] = true;
        }
    }

    @Override
    public void unparkMain() {
        SimThread t = rootThreadOf();
        if (currentThread) {
            if (t.state == SimThread.State.IDLE) {
                t.wake(clock.nanos());
                wokenFromPark[0] = true;
            }
        } else if (t.state == SimThread.State.IDLE && t.time < clock.nanos()) {
            t.time = clock.nanos(); // its clock stood still while it waited
        }
    }

    @Override
    public void unparkForDeadline() {
        // Timers are candidates of every pick; nothing sleeps.
    }

    @Override
    public void unparkAll() {
        // Simulated workers read the hooks at every step; nothing sleeps.
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
