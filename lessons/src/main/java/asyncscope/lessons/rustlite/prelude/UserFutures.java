package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.future.Waker;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.compile.Proto;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RStruct;
import asyncscope.lessons.rustlite.value.Unit;

/**
 * {@code impl Future for MyType}: a program can write its own {@code poll}. Awaiting such a value calls the
 * program's {@code poll(self, cx)} each time the engine polls; {@code cx.waker()} is the task's real waker, so
 * {@code wake_by_ref()} re-schedules the task exactly as in Rust, and {@code Poll::Pending} without arranging
 * a wake-up leaves the task asleep (a lesson in itself).
 */
public final class UserFutures {
    private UserFutures() {}

    static void install() {
        Prelude.register("Poll::Ready, std::task::Poll::Ready, task::Poll::Ready",
                (in, a, at) -> new REnum("Poll", "Ready", new Object[] {a[0]}, null, null));
        Prelude.registerConstant("Poll::Pending, std::task::Poll::Pending, task::Poll::Pending",
                new REnum("Poll", "Pending", REnum.NONE_FIELDS, null, null));
    }

    /** The user's poll method for this value, or null when it does not implement Future. */
    static Proto pollOf(Interp in, Object v) {
        if (v instanceof RStruct s) {
            return in.program.functions().get(s.info.name + "::poll");
        }
        return null;
    }

    static Future<Object> wrap(Interp in, RStruct self, Proto poll) {
        return new Future<>() {
            @Override
            public Poll<Object> poll(Context cx) {
                Object r = in.invoke(poll, new Object[] {self, new Cx(cx)}, null);
                if (r instanceof REnum e && e.type.equals("Poll")) {
                    return e.is("Ready") ? Poll.ready(e.fields[0]) : Poll.pending();
                }
                throw new RPanic("`poll` must return `Poll::Ready(value)` or `Poll::Pending`, found " + Fmt.debug(r, false));
            }

            @Override
            public void drop() {
                in.drop(self);
            }

            @Override
            public String describe() {
                return self.info.name;
            }
        };
    }

    /** {@code &mut Context}: gives the task's waker. */
    record Cx(Context cx) implements Methods.HasMethods {
        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            return name.equals("waker") ? new WakerVal(cx.waker()) : Methods.NO_SUCH;
        }
    }

    /** {@code Waker}: {@code wake()}, {@code wake_by_ref()}, {@code clone()}, {@code will_wake()}. */
    record WakerVal(Waker w) implements Methods.HasMethods, Fmt.Displayable {
        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "wake", "wake_by_ref" -> {
                    w.wake(WakeSource.OTHER);
                    return Unit.UNIT;
                }
                case "clone" -> {
                    return this;
                }
                case "will_wake" -> {
                    return args[0] instanceof WakerVal o && o.w == w;
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public String display() {
            return "Waker { .. }";
        }
    }
}
