package asyncscope.engine.time;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.StateMachine;
import asyncscope.engine.runtime.Coop;
import asyncscope.engine.runtime.Current;
import java.time.Duration;
import java.util.List;

/**
 * {@code tokio::time::sleep}: a future that completes once the runtime clock reaches its deadline.
 * The deadline is fixed when the sleep is created (now + duration), or at its first poll if it was
 * created outside a runtime. The first poll arms a {@link TimerEntry} in the runtime's wheel; the
 * wheel firing it wakes the task ({@code WakeSource TIMER#id}). Dropping an unfinished sleep cancels its
 * entry, so nothing leaks and no stray wake-up arrives later.
 */
public final class Sleep implements Future<Void>, StateMachine {
    private enum S { CREATED, ARMED, DONE, DROPPED }

    private static final List<String> STATES = List.of("Created", "Armed", "Done", "Dropped");

    private TimeDriver driver;
    private final long duration;
    private long deadline;
    private boolean hasDeadline;
    private TimerEntry entry;
    private S state = S.CREATED;
    private final String label;

    private Sleep(long durationNanos, long deadline, boolean hasDeadline, String label) {
        this.duration = durationNanos;
        this.deadline = deadline;
        this.hasDeadline = hasDeadline;
        this.label = label;
        if (Current.get().core != null) {
            driver = TimeDriver.of(Current.get().core);
            if (!hasDeadline) {
                this.deadline = saturatingAdd(driver.now(), durationNanos);
                this.hasDeadline = true;
            }
        }
    }

    /** Sleeps for {@code d} from now (rounded up to the next millisecond). */
    public static Sleep of(Duration d) {
        return new Sleep(nanosOf(d), 0, false, "sleep");
    }

    /** Sleeps until {@code deadlineNanos} on the runtime clock ({@link Time#now()}). */
    public static Sleep until(long deadlineNanos) {
        return new Sleep(0, deadlineNanos, true, "sleep");
    }

    static Sleep labelled(Duration d, String label) {
        return new Sleep(nanosOf(d), 0, false, label);
    }

    static Sleep untilLabelled(long deadlineNanos, String label) {
        return new Sleep(0, deadlineNanos, true, label);
    }

    static long nanosOf(Duration d) {
        if (d.isNegative()) {
            return 0;
        }
        try {
            return d.toNanos();
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    static long saturatingAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    @Override
    public Poll<Void> poll(Context cx) {
        switch (state) {
            case DONE:
                return Poll.ready(null);
            case DROPPED:
                throw new IllegalStateException("sleep polled after it was dropped");
            case CREATED:
                resolve();
                if (entry == null) {
                    entry = driver.newEntry(label); // a reset sleep keeps its entry (and timer id)
                }
                entry.setWaker(cx.waker());
                driver.arm(entry, deadline);
                state = S.ARMED;
                break;
            default:
                entry.setWaker(cx.waker()); // the future may have moved to another task (e.g. a join)
        }
        if (!entry.hasFired()) {
            return Poll.pending();
        }
        if (!Coop.proceed(cx)) {
            return Poll.pending();
        }
        state = S.DONE;
        return Poll.ready(null);
    }

    private void resolve() {
        if (driver == null) {
            driver = TimeDriver.current();
        }
        if (!hasDeadline) {
            deadline = saturatingAdd(driver.now(), duration);
            hasDeadline = true;
        }
    }

    /**
     * Moves the deadline (as {@code Sleep::reset}); a finished sleep becomes pending again. The timer is
     * re-armed at the next poll.
     */
    public void reset(long newDeadlineNanos) {
        if (state == S.DROPPED) {
            throw new IllegalStateException("sleep reset after it was dropped");
        }
        if (state == S.ARMED && !entry.hasFired()) {
            driver.cancel(entry);
        }
        deadline = newDeadlineNanos;
        hasDeadline = true;
        state = S.CREATED;
    }

    /** The deadline on the runtime clock (ns); resolved at creation inside a runtime, else at first poll. */
    public long deadline() {
        return deadline;
    }

    /** Whether the sleep has completed (its deadline passed and it was polled). */
    public boolean isElapsed() {
        return state == S.DONE || (entry != null && entry.hasFired());
    }

    /** The timer entry, once armed (for tests and views). */
    public TimerEntry entry() {
        return entry;
    }

    @Override
    public void drop() {
        if (state == S.ARMED && !entry.hasFired()) {
            driver.cancel(entry);
        }
        state = S.DROPPED;
    }

    @Override
    public String describe() {
        return label + "(" + (hasDeadline ? (deadline / TimeDriver.NANOS_PER_TICK) + "ms" : Duration.ofNanos(duration)) + ")";
    }

    @Override
    public List<String> stateNames() {
        return STATES;
    }

    @Override
    public int currentState() {
        return state.ordinal();
    }
}
