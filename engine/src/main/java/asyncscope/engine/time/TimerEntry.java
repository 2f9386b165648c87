package asyncscope.engine.time;

import asyncscope.engine.future.Waker;

/**
 * One timer in the {@link TimingWheel}: a deadline (in wheel ticks, 1 ms each) and whom to wake when it
 * passes. Entries are intrusive list nodes: the wheel links them straight into its slot lists through
 * {@link #prev}/{@link #next}, so inserting or cancelling one is a few pointer writes, never a search.
 *
 * <p>The wheel itself is not thread-safe; whoever owns it (the {@link TimeDriver}) guards it with a lock.
 * Only {@link #fired} and {@link #waker} are read outside that lock, hence volatile.
 */
public final class TimerEntry {
    /** Where an entry is in its life. */
    public enum State { NEW, ARMED, FIRED, CANCELLED }

    private final long id;
    private final long task;
    private final String label;
    long deadline;          // wheel tick (ms) at which the entry is due
    long fireAt;            // under the simulator: the exact virtual time (ns) it fires at
    int arms;               // how many times it was armed (tells a stale simulator queue entry from a live one)
    int level = -1;         // where it sits while armed
    int slot = -1;
    TimerEntry prev;
    TimerEntry next;
    State state = State.NEW;
    private volatile boolean fired;
    private volatile Waker waker;

    /**
     * @param id    the timer's id (unique in its runtime; shown in events)
     * @param task  the task that armed it, or -1 (for the timing-wheel view)
     * @param label what kind of timer it is ("sleep", "timeout", "interval", "net" …)
     */
    public TimerEntry(long id, long task, String label) {
        this.id = id;
        this.task = task;
        this.label = label;
    }

    public long id() {
        return id;
    }

    public long task() {
        return task;
    }

    public String label() {
        return label;
    }

    /** The deadline in wheel ticks (milliseconds on the runtime clock). */
    public long deadline() {
        return deadline;
    }

    /** Sets the deadline; only while the entry is not in a wheel. */
    public void setDeadline(long tick) {
        if (state == State.ARMED) {
            throw new IllegalStateException("timer " + id + " is armed; cancel it before moving its deadline");
        }
        this.deadline = tick;
    }

    public int level() {
        return level;
    }

    public int slot() {
        return slot;
    }

    public State state() {
        return state;
    }

    boolean isLinked() {
        return state == State.ARMED;
    }

    /** Whether the deadline has passed and the entry was fired (readable from any thread). */
    public boolean hasFired() {
        return fired;
    }

    void markFired() {
        state = State.FIRED;
        fired = true;
    }

    /** Makes the entry reusable for a new deadline (after it fired or was cancelled). */
    public void reset() {
        if (state == State.ARMED) {
            throw new IllegalStateException("timer " + id + " is still armed");
        }
        state = State.NEW;
        fired = false;
    }

    public Waker waker() {
        return waker;
    }

    /** Whom to wake when the entry fires. Set before checking {@link #hasFired()}, so no firing is missed. */
    public void setWaker(Waker w) {
        this.waker = w;
    }

    @Override
    public String toString() {
        return "Timer[" + id + " " + label + " @" + deadline + "ms " + state + (state == State.ARMED ? " L" + level + "/" + slot : "") + "]";
    }
}
