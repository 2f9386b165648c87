package asyncscope.engine.runtime;

import asyncscope.engine.task.TaskScheduler;

/**
 * Where {@code spawnBlocking} work runs: threads apart from the workers, so a long computation or a
 * blocking call does not stall the tasks queued on a worker. The threaded pool grows on demand and
 * retires idle threads; the simulated one runs each job as one step of the simulation.
 */
interface BlockingPool extends TaskScheduler {
    /** Threads alive now. */
    int threadCount();

    /** Stops taking jobs; waits up to {@code timeoutMillis} for running ones and for threads to end. */
    void shutdown(long timeoutMillis);
}
