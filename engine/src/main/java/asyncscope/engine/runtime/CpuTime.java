package asyncscope.engine.runtime;

/**
 * Time a thread spends computing or blocked, for code running on a runtime: what makes CPU work and
 * {@code std::thread::sleep} take time in the simulator.
 *
 * <p>On real threads both are what they say: {@link #work} costs nothing extra (the real computation took
 * real time already) and {@link #block} sleeps. Under the {@link SimulatedDriver} nothing takes time by
 * itself, so the code reports it: the simulated thread that runs the caller (a worker, the {@code block_on}
 * thread or a blocking-pool thread) is busy for that long on the virtual clock, while the other simulated
 * threads go on at their own times — a worker blocked for 300 ms delays nobody but the tasks queued on it.
 * Rust-lite charges every instruction it executes this way; {@code std::thread::sleep} blocks.
 *
 * <p>A caller must not report time while it holds a lock another simulated thread may take: reporting can
 * stop the step half-way (until the other threads' clocks catch up), and a thread that then waited for the
 * lock would wait for ever. The engine's own locks are never held while a future's code runs.
 */
public final class CpuTime {
    private CpuTime() {}

    /**
     * The calling thread computed for {@code nanos}. In the simulator the time is added to the thread's
     * clock; it becomes visible to the other threads (and the event timestamps) a time slice at a time,
     * so reporting it in small amounts is cheap.
     */
    public static void work(long nanos) {
        RuntimeCore rc = Current.get().core;
        if (rc != null && nanos > 0) {
            rc.driver().spend(nanos, false);
        }
    }

    /**
     * Blocks the calling thread for {@code nanos}, as {@code std::thread::sleep}: in the simulator the
     * thread's clock moves on at once (the other threads run meanwhile); otherwise the thread really
     * sleeps. Returns false if a real sleep was interrupted (the interrupt flag is set again).
     */
    public static boolean block(long nanos) {
        RuntimeCore rc = Current.get().core;
        if (rc != null && rc.clock().isVirtual()) {
            rc.driver().spend(Math.max(0, nanos), true);
            return true;
        }
        if (nanos <= 0) {
            return true;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
