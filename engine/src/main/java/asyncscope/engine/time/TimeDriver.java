package asyncscope.engine.time;

import asyncscope.engine.event.Emitter;
import asyncscope.engine.event.Payload;
import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Waker;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.ParkHooks;
import asyncscope.engine.runtime.RuntimeCore;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime's timer service: one {@link TimingWheel} per runtime, behind a lock, plus the glue that
 * lets the drivers park on it ({@link ParkHooks}): parked workers sleep no longer than
 * {@link #nextDeadline()}, and whoever wakes up calls {@link #fireDue} to fire what is due and wake the
 * tasks waiting on it. Created the first time a runtime uses a timer ({@link #of}).
 *
 * <p>Clock and wheel: the wheel counts 1 ms ticks of the runtime clock (virtual under simulation). A
 * deadline in nanoseconds is rounded <em>up</em> to a tick, so a timer never fires early; "now" is
 * rounded down, for the same reason.
 *
 * <p>Under the simulator, where threads spend CPU time and the clock stands between ticks, a timer fires at
 * an exact virtual time: its deadline rounded up to a whole number of milliseconds <em>after the moment it
 * was armed</em> (never early, and with Tokio's 1 ms resolution, but the fraction of a millisecond of CPU
 * time spent before arming it is not rounded up to a whole tick: a 100 ms sleep takes 100 ms). It still
 * sits in the wheel, in the slot of the tick it falls due in, and moves down the levels as real timers do;
 * a queue ordered by that exact time says when to fire it. With the clock on a whole millisecond (no CPU
 * time spent) this is exactly the wheel's own rule.
 *
 * <p>An earlier deadline than the one parked workers are sleeping towards unparks one of them so it
 * re-computes its timeout (otherwise a 10 ms sleep armed while everyone parks for 1 s would fire late).
 * The check is a Dekker pair on two volatiles ({@code nextTick} written by arm, {@code sleepingUntil}
 * written by a parker that then re-reads {@code nextTick}), so one of the two always sees the other.
 */
public final class TimeDriver implements ParkHooks {
    public static final long NANOS_PER_TICK = 1_000_000L;

    private final RuntimeCore core;
    private final TimingWheel wheel = new TimingWheel();
    private final Object lock = new Object();
    /** The wheel's next expiration tick (a lower bound; may be stale-low after a cancel). */
    private volatile long nextTick = Long.MAX_VALUE;
    /** The deadline (ns) the most recent parker computed and sleeps towards. */
    private volatile long sleepingUntil = Long.MAX_VALUE;

    /** Simulator only: timers by the exact time they fire (stale entries are skipped when met). */
    private final java.util.PriorityQueue<Due> due;
    private final boolean exact;

    private record Due(long at, int arms, TimerEntry entry) {
        boolean live() {
            return entry.state() == TimerEntry.State.ARMED && entry.arms == arms;
        }
    }

    private TimeDriver(RuntimeCore core) {
        this.core = core;
        this.exact = core.clock().isVirtual();
        this.due = exact ? new java.util.PriorityQueue<>(java.util.Comparator.comparingLong(Due::at)) : null;
    }

    /** The time driver of {@code core}, created and installed as a park hook on first use. */
    public static TimeDriver of(RuntimeCore core) {
        return core.component(TimeDriver.class, c -> {
            TimeDriver d = new TimeDriver(c);
            c.addHooks(d);
            return d;
        });
    }

    /** The time driver of the runtime this thread works for. */
    public static TimeDriver current() {
        RuntimeCore core = Current.get().core;
        if (core == null) {
            throw new IllegalStateException("there is no runtime here: timers must be used from a task or blockOn");
        }
        return of(core);
    }

    public RuntimeCore core() {
        return core;
    }

    /** Now on the runtime clock, in nanoseconds. */
    public long now() {
        return core.clock().nanos();
    }

    /** The tick a deadline falls due at (rounded up). */
    public static long tickOf(long deadlineNanos) {
        if (deadlineNanos <= 0) {
            return 0;
        }
        return (deadlineNanos - 1) / NANOS_PER_TICK + 1;
    }

    /** A new, unarmed entry owned by the current task. */
    public TimerEntry newEntry(String label) {
        return new TimerEntry(core.nextId(), Current.get().taskId(), label);
    }

    /**
     * Arms {@code e} to fire at {@code deadlineNanos} (rounded up to the next tick) and wake its waker.
     * If that tick has been reached already, the entry fires at once (and its waker is not called: the
     * caller sees {@link TimerEntry#hasFired()}).
     */
    public void arm(TimerEntry e, long deadlineNanos) {
        long now = core.clock().nanos();
        long fireAt = exact ? fireTime(deadlineNanos, now) : 0;
        long tick = tickOf(exact ? fireAt : deadlineNanos);
        boolean immediate;
        synchronized (lock) {
            if (e.state() == TimerEntry.State.ARMED) {
                cancelLocked(e, false);
            }
            e.reset();
            e.setDeadline(tick);
            // Due already (by the wheel's tick or the clock itself): fire without entering the wheel.
            immediate = (exact ? fireAt <= now : tick * NANOS_PER_TICK <= now) || !wheel.insert(e);
            long shown = exact ? fireAt : tick * NANOS_PER_TICK;
            Emitter em = core.emitter();
            if (immediate) {
                e.markFired();
                if (em != null) {
                    em.emit(Current.get().workerIndex(), e.task(), new Payload.TimerFire(e.id(), shown));
                }
            } else {
                if (em != null) {
                    em.emit(Current.get().workerIndex(), e.task(),
                            new Payload.TimerArm(e.id(), shown, e.level(), e.slot()));
                }
                if (tick < nextTick) {
                    nextTick = tick;
                }
                if (exact) {
                    e.fireAt = fireAt;
                    due.add(new Due(fireAt, ++e.arms, e));
                }
            }
        }
        if (!immediate) {
            long ns = tick * NANOS_PER_TICK;
            if (ns < sleepingUntil) {
                sleepingUntil = ns; // one unpark per earlier deadline, not one per timer
                core.unparkForDeadline();
            }
        }
    }

    /**
     * Simulator: when a timer armed at {@code now} for {@code deadline} fires — the deadline rounded up to
     * a whole number of milliseconds after now (a deadline already passed fires now).
     */
    static long fireTime(long deadline, long now) {
        if (deadline <= now) {
            return deadline;
        }
        long wait = deadline - now;
        long ticks = (wait - 1) / NANOS_PER_TICK + 1;
        if (ticks > (Long.MAX_VALUE - now) / NANOS_PER_TICK) {
            return Long.MAX_VALUE; // beyond the end of time
        }
        return now + ticks * NANOS_PER_TICK;
    }

    /** Removes an armed entry (no wake will come). Returns false if it had fired or was not armed. */
    public boolean cancel(TimerEntry e) {
        synchronized (lock) {
            return cancelLocked(e, true);
        }
    }

    private boolean cancelLocked(TimerEntry e, boolean record) {
        if (!wheel.cancel(e)) {
            return false;
        }
        Emitter em = core.emitter();
        if (record && em != null) {
            em.emit(Current.get().workerIndex(), e.task(), new Payload.TimerCancel(e.id()));
        }
        return true;
    }

    // ---------------------------------------------------------------- ParkHooks

    @Override
    public long nextDeadline() {
        if (exact) {
            synchronized (lock) {
                long t = nextTick;
                long wheelNext = t == Long.MAX_VALUE ? Long.MAX_VALUE : t * NANOS_PER_TICK;
                return Math.min(wheelNext, nextDue());
            }
        }
        for (;;) {
            long t = nextTick;
            long ns = t == Long.MAX_VALUE ? Long.MAX_VALUE : t * NANOS_PER_TICK;
            sleepingUntil = ns;
            if (nextTick == t) {
                return ns;
            }
        }
    }

    /** Simulator: the earliest exact firing time of an armed timer (under the lock). */
    private long nextDue() {
        Due d;
        while ((d = due.peek()) != null && !d.live()) {
            due.poll();
        }
        return d == null ? Long.MAX_VALUE : d.at();
    }

    @Override
    public void fireDue(long now) {
        long tick = now / NANOS_PER_TICK;
        if (tick < nextTick && (!exact || now < nextDueUnderLock())) {
            return; // the common case: nothing due, no lock taken
        }
        List<TimerEntry> fired = new ArrayList<>();
        synchronized (lock) {
            Emitter em = core.emitter();
            int worker = Current.get().workerIndex();
            wheel.advance(tick, new TimingWheel.Listener() {
                @Override
                public void cascaded(TimerEntry e, int fromLevel) {
                    if (em != null) {
                        em.emit(worker, e.task(), new Payload.TimerCascade(e.id(), fromLevel, e.level(), e.slot()));
                    }
                }

                @Override
                public void fired(TimerEntry e) {
                    if (em != null) {
                        em.emit(worker, e.task(), new Payload.TimerFire(e.id(), exact ? e.fireAt : e.deadline() * NANOS_PER_TICK));
                    }
                    fired.add(e);
                }
            });
            if (exact) {
                // Due at an exact time inside the next tick: taken out of its slot and fired now.
                while (nextDue() <= now) {
                    TimerEntry e = due.poll().entry();
                    wheel.cancel(e);
                    e.markFired();
                    if (em != null) {
                        em.emit(worker, e.task(), new Payload.TimerFire(e.id(), e.fireAt));
                    }
                    fired.add(e);
                }
            }
            nextTick = wheel.nextExpiration();
        }
        for (TimerEntry e : fired) {
            Waker w = e.waker();
            if (w != null) {
                w.wake(WakeSource.of(WakeSource.Kind.TIMER, e.id()));
            }
        }
    }

    private long nextDueUnderLock() {
        synchronized (lock) {
            return nextDue();
        }
    }

    // ---------------------------------------------------------------- views

    /** Timers armed now. */
    public int armed() {
        synchronized (lock) {
            return wheel.size();
        }
    }

    /** A consistent read-only picture of the wheel for the app's timing-wheel view. */
    public TimingWheel.Snapshot snapshot(int maxEntriesPerSlot) {
        synchronized (lock) {
            return wheel.snapshot(maxEntriesPerSlot);
        }
    }
}
