package asyncscope.lessons.rustlite;

import asyncscope.engine.event.EventSink;
import asyncscope.lessons.rustlite.interp.RunBudget;

/**
 * How to run a program: seed and driver (simulated by default, {@code live} = real threads), an optional
 * worker-count override, where events go, the watchdog limits (per-poll wall clock and steps, and a total
 * wall-clock budget after which the program is cancelled) and the run's memory and output budgets in MB
 * ({@link RunBudget}).
 */
public record RunOptions(long seed, Integer workers, boolean live, EventSink sink, long watchdogMillis, long maxStepsPerPoll,
                         long timeoutMillis, CancelToken cancel, long memoryMb, long outputMb) {
    public static RunOptions simulated(long seed) {
        return new RunOptions(seed, null, false, null, 2_000, 200_000_000L, 60_000, null,
                RunBudget.DEFAULT_MEMORY_MB, RunBudget.DEFAULT_OUTPUT_MB);
    }

    public RunOptions withCancel(CancelToken t) {
        return new RunOptions(seed, workers, live, sink, watchdogMillis, maxStepsPerPoll, timeoutMillis, t, memoryMb, outputMb);
    }

    public RunOptions withLive(boolean l) {
        return new RunOptions(seed, workers, l, sink, watchdogMillis, maxStepsPerPoll, timeoutMillis, cancel, memoryMb, outputMb);
    }

    public RunOptions withWorkers(Integer w) {
        return new RunOptions(seed, w, live, sink, watchdogMillis, maxStepsPerPoll, timeoutMillis, cancel, memoryMb, outputMb);
    }

    public RunOptions withSink(EventSink s) {
        return new RunOptions(seed, workers, live, s, watchdogMillis, maxStepsPerPoll, timeoutMillis, cancel, memoryMb, outputMb);
    }

    public RunOptions withWatchdog(long millis, long steps) {
        return new RunOptions(seed, workers, live, sink, millis, steps, timeoutMillis, cancel, memoryMb, outputMb);
    }

    public RunOptions withTimeout(long millis) {
        return new RunOptions(seed, workers, live, sink, watchdogMillis, maxStepsPerPoll, millis, cancel, memoryMb, outputMb);
    }

    /** The run's memory budget (values, tasks and trace together) and output budget (stdout and stderr), in MB. */
    public RunOptions withBudget(long memoryMegabytes, long outputMegabytes) {
        return new RunOptions(seed, workers, live, sink, watchdogMillis, maxStepsPerPoll, timeoutMillis, cancel,
                memoryMegabytes, outputMegabytes);
    }
}
