package asyncscope.engine.runtime;

import asyncscope.engine.scheduler.RootSlot;

/**
 * Executes the scheduler's steps. The scheduling policy is the same whatever the driver: the
 * {@link ThreadedDriver} gives each worker a thread and blocks when idle; the {@link SimulatedDriver}
 * interleaves all steps on the calling thread in a seeded order under a virtual clock.
 */
interface Driver {
    /** Starts worker threads, if the driver has any. */
    void start();

    /** Runs until the root task has completed. */
    void blockOn(RootSlot root);

    void unparkWorker(int index);

    void unparkMain();

    /** Wakes one parked thread so it re-computes how long to park (a new, earlier timer deadline). */
    void unparkForDeadline();

    /** Wakes every parked thread so each re-reads the park hooks (new timers or I/O were installed). */
    void unparkAll();

    /**
     * The calling thread spent {@code nanos} of CPU time (or blocked that long) inside a step
     * ({@link CpuTime}); {@code settleNow} makes it visible at once. Only the simulator keeps such time.
     */
    void spend(long nanos, boolean settleNow);

    /** Stops the workers and waits for their threads to end. */
    void stop();
}
