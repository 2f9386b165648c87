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

    private TimeDriver(RuntimeCore core) {
        this.core = core;
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
        long tick = tickOf(deadlineNanos);
        boolean immediate;
        synchronized (lock) {
            if (e.state() == TimerEntry.State.ARMED) {
                cancelLocked(e, false);
            }
            e.reset();
            e.setDeadline(tick);
            // Due already (by the wheel's tick or the clock itself): fire without entering the wheel.
            immediate = tick * NANOS_PER_TICK <= core.clock().nanos() || !wheel.insert(e);
            Emitter em = core.emitter();
            if (immediate) {
                e.markFired();
                if (em != null) {
                    em.emit(Current.get().workerIndex(), e.task(), new Payload.TimerFire(e.id(), tick * NANOS_PER_TICK));
                }
            } else {
                if (em != null) {
                    em.emit(Current.get().workerIndex(), e.task(),
                            new Payload.TimerArm(e.id(), tick * NANOS_PER_TICK, e.level(), e.slot()));
                }
                if (tick < nextTick) {
                    nextTick = tick;
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
        for (;;) {
            long t = nextTick;
            long ns = t == Long.MAX_VALUE ? Long.MAX_VALUE : t * NANOS_PER_TICK;
            sleepingUntil = ns;
            if (nextTick == t) {
                return ns;
            }
        }
    }

    @Override
    public void fireDue(long now) {
        long tick = now / NANOS_PER_TICK;
        if (tick < nextTick) {
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
                        em.emit(worker, e.task(), new Payload.TimerFire(e.id(), e.deadline() * NANOS_PER_TICK));
                    }
                    fired.add(e);
                }
            });
            nextTick = wheel.nextExpiration();
        }
        for (TimerEntry e : fired) {
            Waker w = e.waker();
            if (w != null) {
                w.wake(WakeSource.of(WakeSource.Kind.TIMER, e.id()));
            }
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
