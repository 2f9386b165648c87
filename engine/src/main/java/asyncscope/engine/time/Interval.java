package asyncscope.engine.time;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;

/**
 * {@code tokio::time::interval}: ticks at start, start + period, start + 2·period, … Each
 * {@link #tick()} is a future completing at the next scheduled tick with that tick's time (ns on the
 * runtime clock). The first tick completes at once. One {@link Sleep} is re-armed after each tick, so an
 * interval holds exactly one timer. If the task comes back late (more than 5 ms past a tick), the
 * {@link MissedTickBehavior} decides what happens to the missed ticks (Burst by default).
 *
 * <p>Dropping a {@code tick()} future loses no tick (it is cancel-safe, as in Tokio); {@link #close()}
 * cancels the timer when the interval itself is no longer wanted.
 */
public final class Interval {
    private static final long LATE_NANOS = 5_000_000L;

    private final long period;
    private MissedTickBehavior behavior;
    private final Sleep delay;

    Interval(long startNanos, long periodNanos, MissedTickBehavior behavior) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("interval period must be positive, got " + periodNanos + " ns");
        }
        this.period = periodNanos;
        this.behavior = behavior;
        this.delay = Sleep.untilLabelled(startNanos, "interval");
    }

    public long periodNanos() {
        return period;
    }

    public MissedTickBehavior missedTickBehavior() {
        return behavior;
    }

    public void setMissedTickBehavior(MissedTickBehavior b) {
        this.behavior = b;
    }

    /** The time (ns) of the next scheduled tick. */
    public long nextTickAt() {
        return delay.deadline();
    }

    /** A future completing at the next tick, with that tick's scheduled time. */
    public Future<Long> tick() {
        return new Future<>() {
            @Override
            public Poll<Long> poll(Context cx) {
                return pollTick(cx);
            }

            @Override
            public String describe() {
                return "interval.tick()";
            }
        };
    }

    /** Polls for the next tick (what {@link #tick()}'s future does). */
    public Poll<Long> pollTick(Context cx) {
        if (delay.poll(cx).isPending()) {
            return Poll.pending();
        }
        long timeout = delay.deadline();
        long now = TimeDriver.current().now();
        long next = now > timeout + LATE_NANOS ? behavior.nextTimeout(timeout, now, period) : timeout + period;
        delay.reset(next);
        return Poll.ready(timeout);
    }

    /** Restarts the schedule: the next tick is one period from now. */
    public void reset() {
        delay.reset(TimeDriver.current().now() + period);
    }

    /** Cancels the interval's timer. */
    public void close() {
        delay.drop();
    }
}
