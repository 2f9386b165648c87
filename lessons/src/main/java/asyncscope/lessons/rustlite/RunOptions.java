package asyncscope.lessons.rustlite;

import asyncscope.engine.event.EventSink;

/**
 * How to run a program: seed and driver (simulated by default, {@code live} = real threads), an optional
 * worker-count override, where events go, and the watchdog limits (per-poll wall clock and steps, and a
 * total wall-clock budget after which the program is cancelled).
 */
public record RunOptions(long seed, Integer workers, boolean live, EventSink sink, long watchdogMillis, long maxStepsPerPoll,
                         long timeoutMillis, CancelToken cancel) {
    public static RunOptions simulated(long seed) {
        return new RunOptions(seed, null, false, null, 2_000, 200_000_000L, 60_000, null);
    }

    public RunOptions withCancel(CancelToken t) {
        return new RunOptions(seed, workers, live, sink, watchdogMillis, maxStepsPerPoll, timeoutMillis, t);
    }

    public RunOptions withLive(boolean l) {
        return new RunOptions(seed, workers, l, sink, watchdogMillis, maxStepsPerPoll, timeoutMillis, cancel);
    }

    public RunOptions withWorkers(Integer w) {
        return new RunOptions(seed, w, live, sink, watchdogMillis, maxStepsPerPoll, timeoutMillis, cancel);
    }

    public RunOptions withSink(EventSink s) {
        return new RunOptions(seed, workers, live, s, watchdogMillis, maxStepsPerPoll, timeoutMillis, cancel);
    }

    public RunOptions withWatchdog(long millis, long steps) {
        return new RunOptions(seed, workers, live, sink, millis, steps, timeoutMillis, cancel);
    }

    public RunOptions withTimeout(long millis) {
        return new RunOptions(seed, workers, live, sink, watchdogMillis, maxStepsPerPoll, millis, cancel);
    }
}
