package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.sync.Result;
import asyncscope.engine.sync.Watch;
import asyncscope.engine.sync.WatchReceiver;
import asyncscope.engine.sync.WatchSender;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Derefable;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.Unit;

/**
 * {@code tokio::sync::watch} for Rust-lite over the engine's watch channel: {@code send}, {@code send_replace},
 * {@code send_modify}, {@code send_if_modified}, {@code borrow}, {@code subscribe}, {@code closed} on the sender;
 * {@code changed}, {@code borrow}, {@code borrow_and_update}, {@code has_changed} on receivers. A send with no
 * receiver left fails with {@code SendError(value)} ("channel closed").
 */
final class WatchPrelude {
    private WatchPrelude() {}

    static void install() {
        Prelude.register("tokio::sync::watch::channel, watch::channel", (in, a, at) -> {
            Watch.Pair<Object> p = Watch.channel(a[0]);
            return new RTuple(new Object[] {new WSender(p.sender()), new WReceiver(p.receiver())});
        });
    }

    /** What {@code borrow()} hands out: the value, read-only ({@code *rx.borrow()}, {@code rx.borrow().field}). */
    record Ref(Object value) implements Derefable, Fmt.Displayable {
        @Override
        public Object get() {
            return value;
        }

        @Override
        public void set(Object v) {
            throw new RPanic("cannot assign through a watch::Ref (it is a shared borrow)");
        }

        @Override
        public String display() {
            return Fmt.display(value);
        }

        @Override
        public String debug() {
            return Fmt.debug(value, false);
        }
    }


    static REnum recvResult(Result<?, ?> r) {
        return r instanceof Result.Ok<?, ?> ? REnum.ok(Unit.UNIT)
                : REnum.err(REnum.stdError("watch", "RecvError", "RecvError", Unit.UNIT));
    }

    static final class WSender extends ReleasedOnce implements Methods.HasMethods {
        final WatchSender<Object> tx;

        WSender(WatchSender<Object> tx) {
            this.tx = tx;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "send" -> {
                    Object v = args[0];
                    return tx.send(v) instanceof Result.Ok<?, ?> ? REnum.ok(Unit.UNIT)
                            : REnum.err(SyncPrelude.sendError("watch", v));
                }
                case "send_replace" -> {
                    return tx.sendReplace(args[0]);
                }
                case "send_modify", "send_if_modified" -> {
                    MutPlace p = new MutPlace(tx.borrow());
                    Object r = in.call(args[0], new Object[] {p}, at);
                    boolean modified = name.equals("send_modify") || Boolean.TRUE.equals(r);
                    if (modified) {
                        tx.sendReplace(p.value);
                    }
                    return name.equals("send_modify") ? Unit.UNIT : modified;
                }
                case "borrow" -> {
                    return new Ref(tx.borrow());
                }
                case "subscribe" -> {
                    return new WReceiver(tx.subscribe());
                }
                case "receiver_count" -> {
                    return RInt.usize(tx.receiverCount());
                }
                case "is_closed" -> {
                    return tx.receiverCount() == 0;
                }
                case "closed" -> {
                    return tx.closed();
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        protected void onRelease() {
            tx.drop();
        }
    }

    static final class WReceiver extends ReleasedOnce implements Methods.HasMethods {
        final WatchReceiver<Object> rx;

        WReceiver(WatchReceiver<Object> rx) {
            this.rx = rx;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "changed" -> {
                    return SyncPrelude.mapped(rx.changed(), r -> recvResult((Result<?, ?>) r));
                }
                case "borrow" -> {
                    return new Ref(rx.borrow());
                }
                case "borrow_and_update" -> {
                    return new Ref(rx.borrowAndUpdate());
                }
                case "has_changed" -> {
                    Result<Boolean, Watch.RecvError> r = rx.hasChanged();
                    return r instanceof Result.Ok<Boolean, Watch.RecvError> ok ? REnum.ok(ok.value())
                            : REnum.err(REnum.stdError("watch", "RecvError", "RecvError", Unit.UNIT));
                }
                case "clone" -> {
                    return new WReceiver(rx.clone());
                }
                case "same_channel" -> {
                    return args[0] instanceof WReceiver o && o.rx.id() == rx.id();
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        protected void onRelease() {
            rx.drop();
        }
    }
}
