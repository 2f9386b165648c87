package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.sync.Barrier;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.RInt;

/** {@code tokio::sync::Barrier} for Rust-lite: {@code wait().await} gives a result whose {@code is_leader()} is true for one task per round. */
final class BarrierPrelude {
    private BarrierPrelude() {}

    static void install() {
        Prelude.register("tokio::sync::Barrier::new, Barrier::new", (in, a, at) -> new RBarrier(new Barrier((int) ((RInt) a[0]).v)));
    }

    /** {@code BarrierWaitResult}. */
    record WaitResult(boolean leader) implements Methods.HasMethods, Fmt.Displayable {
        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            return name.equals("is_leader") ? (Object) leader : Methods.NO_SUCH;
        }

        @Override
        public String display() {
            return "BarrierWaitResult(" + leader + ")";
        }
    }

    record RBarrier(Barrier b) implements Methods.HasMethods, Fmt.Displayable {
        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            if (name.equals("wait")) {
                return SyncPrelude.mapped(b.await(), leader -> new WaitResult((Boolean) leader));
            }
            return Methods.NO_SUCH;
        }

        @Override
        public String display() {
            return "Barrier { n: " + b.needed() + " }";
        }
    }
}
