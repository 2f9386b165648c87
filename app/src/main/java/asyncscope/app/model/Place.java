package asyncscope.app.model;

/**
 * Where on the stage a task sits. Queue places are paired with a lane (worker index or blocking thread);
 * {@link #RUNNING} on lane -1 means the block-on ("main") thread.
 */
public enum Place {
    /** Not in any queue and not running: new, idle-waiting or finished. */
    NONE,
    /** The root future passed to block_on, woken and waiting for the block-on thread. */
    MAIN,
    /** A worker's LIFO slot. */
    LIFO,
    /** A worker's local run queue. */
    LOCAL,
    /** The global inject queue. */
    INJECT,
    /** Queued for the blocking pool. */
    BLOCKING_QUEUE,
    /** Being polled by a worker (or, lane -1, by the block-on thread). */
    RUNNING,
    /** Running on a blocking-pool thread. */
    BLOCKING_THREAD
}
