package asyncscope.lessons.rustlite.interp;

import asyncscope.engine.runtime.CpuTime;

/**
 * The watchdog of one poll: counts interpreter steps and, every so often, looks at the wall clock. A task
 * that runs too long without yielding (a loop without {@code .await}) is stopped with
 * {@link NotYielding}, the way tokio-console warns about tasks that block their worker, naming the line it
 * was running. Under the simulator only steps count (its limits have no wall-clock part), so whether and
 * where a deterministic run is stopped never depends on how fast or busy the machine is.
 *
 * <p>The same count is the poll's CPU time ({@link CostModel}): every 4096 steps, and when the poll ends,
 * the steps executed since the last report are reported to the runtime ({@link CpuTime#work}), which
 * under the simulator moves the running thread's virtual clock. A blocking job ({@code spawn_blocking})
 * is counted the same way but not watched: blocking is what it is for; only cancellation stops it.
 */
public final class Exec {
    private static final ThreadLocal<Exec> CURRENT = new ThreadLocal<>();

    final long taskId;
    final long startNanos = System.nanoTime();
    final Limits limits;
    /** False for a blocking job: no step or time limit, only cancellation. */
    private final boolean watched;
    long steps;
    /**
     * Work done inside natives (an iterator's items, the elements {@code vec![x; n]} or {@code repeat}
     * builds, a format width's padding): counted by the watchdog with the steps, so a native that loops
     * can be stopped, but not charged as CPU time (the cost model charges instructions only).
     */
    long nativeWork;
    /** Steps already reported as CPU time. */
    private long charged;

    /**
     * Per-program limits; {@code cancelled} stops everything (an infinite program being cancelled).
     * {@code maxMillis} is {@link Long#MAX_VALUE} for a simulated run: its watchdog counts steps only.
     */
    public static final class Limits {
        public final long maxSteps;
        public final long maxMillis;
        /** The run's memory and output budget ({@link RunBudget}); shared by the limits of one run. */
        public final RunBudget budget;
        public volatile boolean cancelled;
        /** The interpreter these limits belong to, so value-level code can reach the program's impls. */
        public volatile Interp owner;

        public Limits(long maxSteps, long maxMillis) {
            this(maxSteps, maxMillis, RunBudget.unlimited());
        }

        public Limits(long maxSteps, long maxMillis, RunBudget memory) {
            this.maxSteps = maxSteps;
            this.maxMillis = maxMillis;
            this.budget = memory;
        }

        /** Limits that count steps only (a deterministic run). */
        public static Limits steps(long maxSteps) {
            return new Limits(maxSteps, Long.MAX_VALUE);
        }

        /** Limits that count steps only, with a memory budget. */
        public static Limits steps(long maxSteps, RunBudget memory) {
            return new Limits(maxSteps, Long.MAX_VALUE, memory);
        }
    }

    /** Thrown when a poll runs past the watchdog's limits; the interpreter adds where the task was. */
    public static final class NotYielding extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String what;
        private int line;
        private int column;

        NotYielding(String what) {
            super(what, null, false, false);
            this.what = what;
        }

        /** Records the position of the innermost instruction running when the watchdog fired (the first call wins). */
        NotYielding at(int line, int column) {
            if (this.line == 0 && line > 0) {
                this.line = line;
                this.column = column;
            }
            return this;
        }

        @Override
        public String getMessage() {
            return what + (line > 0 ? ", at src/main.rs:" + line + ":" + column : "")
                    + ": a loop without .await blocks its worker";
        }
    }

    /**
     * Thrown when the program outgrows its run's budget ({@link RunBudget}): memory (one value larger than the
     * budget, or the heap the run holds past it) or output. The interpreter adds where the task was; every task
     * of the run stops at its next step and the run ends with exit code {@value RunBudget#EXIT_CODE}.
     */
    public static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String what;
        private volatile int line;
        private volatile int column;

        OverBudget(String what) {
            super(what, null, false, false);
            this.what = what;
        }

        /** Records the position of the innermost instruction running when the budget ran out (the first call wins). */
        public synchronized OverBudget at(int line, int column) {
            if (this.line == 0 && line > 0) {
                this.line = line;
                this.column = column;
            }
            return this;
        }

        @Override
        public String getMessage() {
            return what + (line > 0 ? ", at src/main.rs:" + line + ":" + column : "") + ", so it was stopped";
        }
    }

    /** Thrown when the program was cancelled from outside. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("the program was cancelled", null, false, false);
        }
    }

    private Exec(long taskId, Limits limits, boolean watched) {
        this.taskId = taskId;
        this.limits = limits;
        this.watched = watched;
    }

    /** The interpreter whose code runs on this thread now, or null. */
    static Interp currentInterp() {
        Exec e = CURRENT.get();
        return e == null ? null : e.limits.owner;
    }

    static Exec current() {
        return CURRENT.get();
    }

    /** Starts a watched poll; returns the previous one (restore it with {@link #end}). */
    static Exec begin(long taskId, Limits limits) {
        Exec prev = CURRENT.get();
        if (limits.cancelled) {
            throw new Cancelled();
        }
        try {
            limits.budget.onPoll(); // many short polls (runaway spawning) are watched too
        } catch (OverBudget over) {
            // the interpreter throws it where this task resumes, so the message has a line
        }
        CURRENT.set(new Exec(taskId, limits, true));
        return prev;
    }

    /** Starts counting a blocking job's steps (not watched: it may run as long as it likes, until cancelled). */
    static Exec beginBlocking(long taskId, Limits limits) {
        Exec prev = CURRENT.get();
        if (limits.cancelled) {
            throw new Cancelled();
        }
        CURRENT.set(new Exec(taskId, limits, false));
        return prev;
    }

    static void end(Exec prev) {
        Exec ending = CURRENT.get();
        try {
            if (ending != null) {
                ending.charge(); // the steps since the last batch (may let other simulated threads run first)
            }
        } finally {
            if (prev == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(prev);
            }
        }
    }

    /**
     * Counts {@code units} of work a native is about to do (before it does it), and stops the poll the way the
     * step watchdog does if that work would take it past its limits. Outside a watched poll (a plain
     * {@code fn main}, a blocking job) only cancellation and the memory budget stop it.
     */
    void nativeWork(long units) {
        long before = nativeWork;
        nativeWork = units > Long.MAX_VALUE - before ? Long.MAX_VALUE : before + units;
        if (units >= 4096 || (before >>> 12) != (nativeWork >>> 12)) {
            checkLimits();
        }
    }

    /** Called every 4096 steps. */
    void check() {
        charge();
        checkLimits();
    }

    private void checkLimits() {
        limits.budget.check();
        if (limits.cancelled) {
            throw new Cancelled();
        }
        if (!watched) {
            return;
        }
        if (limits.maxMillis == Long.MAX_VALUE) {
            if (work() > limits.maxSteps) {
                throw new NotYielding("task " + taskId + " has not yielded for " + work() + " steps");
            }
            return;
        }
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        if (work() > limits.maxSteps || ms > limits.maxMillis) {
            throw new NotYielding("task " + taskId + " has not yielded for " + ms + " ms (" + work() + " steps)");
        }
    }

    /** Instructions and native work of this poll, as the watchdog counts them. */
    private long work() {
        return steps > Long.MAX_VALUE - nativeWork ? Long.MAX_VALUE : steps + nativeWork;
    }

    /** Reports the steps executed since the last report as CPU time. */
    private void charge() {
        long n = steps - charged;
        if (n > 0) {
            charged = steps;
            CpuTime.work(n * CostModel.NANOS_PER_INSTRUCTION);
        }
    }
}
