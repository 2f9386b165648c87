package asyncscope.bench;

/**
 * One benchmark workload of the harness: it does a fixed amount of work ({@link #units()} units, e.g.
 * tasks spawned or messages sent) and reports how long that took. The harness runs it after warm-up
 * for several rounds and prints the median time per unit.
 */
public interface Workload {
    /** The name printed in the first column, e.g. {@code spawn_many} or {@code fjp_spawn_many}. */
    String name();

    /** How many units one run performs. */
    long units();

    /** Runs the workload once with {@code workers} worker threads and returns the elapsed nanoseconds. */
    long runOnce(int workers) throws Exception;

    /**
     * Whether to measure this workload on its own, after all the others. Recording runs change the JIT's
     * picture of the engine's hot paths (the emit branches become taken), which measurably slows untraced
     * workloads run later in the same JVM; isolated workloads go last so they cannot skew the others.
     */
    default boolean isolated() {
        return false;
    }

    /** Releases what the workload kept between runs (a runtime, a pool). */
    default void close() {}
}
