package asyncscope.lessons.rustlite;

/** How a run ended: the process exit code Rust would give, and the runtime clock's elapsed time (virtual in simulation). */
public record RunResult(int exitCode, long elapsedNanos, boolean virtualClock) {
    public long elapsedMillis() {
        return elapsedNanos / 1_000_000;
    }
}
