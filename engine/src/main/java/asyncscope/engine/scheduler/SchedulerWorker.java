package asyncscope.engine.scheduler;

/**
 * One worker's run loop cut into steps so that either driver can run it: the threaded driver calls
 * these in a loop on the worker's own thread, blocking in between; the simulated driver interleaves
 * the steps of every worker on one thread in a seeded order.
 *
 * <pre>
 *   loop {
 *     if (tick()) continue;          // ran a task (from the LIFO slot, local queue, inject queue or a steal)
 *     if (!tryPark()) continue;      // found work at the last moment
 *     park until unparked;           // driver-specific
 *     unparked();
 *   }
 * </pre>
 */
public interface SchedulerWorker {
    /** The worker's index, 0-based. */
    int index();

    /** Finds one task and runs it; false if there was nothing to run anywhere. */
    boolean tick();

    /** Prepares to sleep; false means work appeared and the worker should tick again instead. */
    boolean tryPark();

    /** Bookkeeping after the worker woke from a park. */
    void unparked();

    /** Whether this worker has tasks queued locally (its own queue or LIFO slot). */
    boolean hasLocalWork();
}
