package asyncscope.engine.runtime;

/** How the scheduler's steps are executed. */
public enum DriverKind {
    /** A real thread per worker, the system clock, real sockets. */
    THREADED,
    /** All workers interleaved on one thread in a seeded order, a virtual clock: replays identically. */
    SIMULATED
}
