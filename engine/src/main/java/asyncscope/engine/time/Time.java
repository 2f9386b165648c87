package asyncscope.engine.time;

import asyncscope.engine.future.Future;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.RuntimeCore;
import java.time.Duration;

/**
 * {@code tokio::time} in one place: {@link #sleep}, {@link #sleepUntil}, {@link #timeout},
 * {@link #interval} and {@link #now}. All of them use the clock of the runtime they run on: the system
 * clock under the threaded driver, the virtual clock under simulation (where an hour of sleeping takes
 * milliseconds of real time and reports exactly one virtual hour).
 */
public final class Time {
    private Time() {}

    /** Completes after {@code d} (rounded up to whole milliseconds). */
    public static Sleep sleep(Duration d) {
        return Sleep.of(d);
    }

    /** Completes when the runtime clock reaches {@code deadlineNanos} (see {@link #now()}). */
    public static Sleep sleepUntil(long deadlineNanos) {
        return Sleep.until(deadlineNanos);
    }

    /** Runs {@code inner} for at most {@code limit}; on expiry {@code inner} is dropped. */
    public static <T> Timeout<T> timeout(Duration limit, Future<T> inner) {
        return new Timeout<>(limit, inner);
    }

    /** Ticks every {@code period}, the first tick at once; missed ticks burst. */
    public static Interval interval(Duration period) {
        return interval(period, MissedTickBehavior.BURST);
    }

    public static Interval interval(Duration period, MissedTickBehavior behavior) {
        return new Interval(now(), Sleep.nanosOf(period), behavior);
    }

    /** Ticks every {@code period} starting at {@code startNanos}. */
    public static Interval intervalAt(long startNanos, Duration period) {
        return new Interval(startNanos, Sleep.nanosOf(period), MissedTickBehavior.BURST);
    }

    /** Now on the current runtime's clock, in nanoseconds since it started. */
    public static long now() {
        RuntimeCore core = Current.get().core;
        if (core == null) {
            throw new IllegalStateException("there is no runtime here: Time.now() must be called from a task or blockOn");
        }
        return core.clock().nanos();
    }
}
