package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.future.Future;
import asyncscope.engine.time.Interval;
import asyncscope.engine.time.MissedTickBehavior;
import asyncscope.engine.time.Sleep;
import asyncscope.engine.time.Time;
import asyncscope.engine.time.TimeoutResult;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.RDuration;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInstant;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.Unit;
import java.time.Duration;

/**
 * {@code tokio::time} for Rust-lite: {@code sleep}, {@code sleep_until}, {@code timeout} and {@code interval}
 * are the engine's timers ({@link Time}), so a simulated run reports exact virtual time and a live run real time.
 */
public final class TimePrelude {
    private TimePrelude() {}

    static Duration dur(Object v) {
        if (v instanceof RDuration d) {
            return Duration.ofNanos(d.nanos());
        }
        throw new RPanic("expected a Duration, found " + Fmt.debug(v, false));
    }

    /** Tokio's {@code Elapsed} error: prints "deadline has elapsed". */
    record Elapsed() implements Fmt.Displayable {
        @Override
        public String display() {
            return "deadline has elapsed";
        }

        @Override
        public String debug() {
            return "Elapsed(())";
        }
    }

    static void install() {
        Prelude.register("tokio::time::sleep, time::sleep", (in, a, at) -> Time.sleep(dur(a[0])));
        Prelude.register("tokio::time::sleep_until, time::sleep_until",
                (in, a, at) -> Time.sleepUntil(((RInstant) a[0]).nanos()));
        Prelude.register("tokio::time::timeout, time::timeout", (in, a, at) -> {
            Future<Object> inner = TokioFutures.toFuture(in, a[1], at);
            return SyncPrelude.mapped(Time.timeout(dur(a[0]), inner), r -> r instanceof TimeoutResult.Ok<?> ok
                    ? REnum.ok(TokioFutures.fromJava(ok.value())) : REnum.err(new Elapsed()));
        });
        Prelude.register("tokio::time::interval, time::interval", (in, a, at) -> new Ticker(Time.interval(dur(a[0]))));
        Prelude.register("tokio::time::interval_at, time::interval_at",
                (in, a, at) -> new Ticker(Time.intervalAt(((RInstant) a[0]).nanos(), dur(a[1]))));
        Methods.extend((in, recv, name, args, at) -> {
            if (recv instanceof Sleep sl) {
                switch (name) {
                    case "reset" -> {
                        sl.reset(((RInstant) args[0]).nanos());
                        return Unit.UNIT;
                    }
                    case "deadline" -> {
                        return new RInstant(sl.deadline());
                    }
                    case "is_elapsed" -> {
                        return sl.isElapsed();
                    }
                    default -> {
                        return Methods.NO_SUCH;
                    }
                }
            }
            return Methods.NO_SUCH;
        });
        Prelude.registerConstant("MissedTickBehavior::Burst, time::MissedTickBehavior::Burst", MissedTickBehavior.BURST);
        Prelude.registerConstant("MissedTickBehavior::Delay, time::MissedTickBehavior::Delay", MissedTickBehavior.DELAY);
        Prelude.registerConstant("MissedTickBehavior::Skip, time::MissedTickBehavior::Skip", MissedTickBehavior.SKIP);
    }

    /** {@code tokio::time::Interval}: {@code tick().await} gives the Instant of the tick. */
    static final class Ticker implements Methods.HasMethods {
        final Interval iv;

        Ticker(Interval iv) {
            this.iv = iv;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "tick" -> {
                    return SyncPrelude.mapped(iv.tick(), t -> new RInstant((Long) t));
                }
                case "reset" -> {
                    iv.reset();
                    return Unit.UNIT;
                }
                case "set_missed_tick_behavior" -> {
                    iv.setMissedTickBehavior((MissedTickBehavior) args[0]);
                    return Unit.UNIT;
                }
                case "period" -> {
                    return new RDuration(iv.periodNanos());
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }
    }
}
