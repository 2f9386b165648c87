package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tokio::task::LocalSet} and {@code spawn_local}: tasks that stay on the thread that spawned them, so
 * they may hold {@code Rc} and {@code RefCell}. Rust-lite values are never sent anywhere, so a local task is an
 * ordinary task of the runtime; the LocalSet remembers the tasks spawned through it, {@code run_until(fut)}
 * drives {@code fut}, and awaiting the set waits for all of its tasks. Also the other ways a program steps outside
 * plain tasks: {@code std::future::{ready, pending}}, {@code block_in_place}, and {@code env::args} (the program's
 * name only; the environment itself stays out of reach, as files and processes do).
 */
final class LocalSetPrelude {
    private LocalSetPrelude() {}

    static void install() {
        Prelude.register("tokio::task::LocalSet::new, task::LocalSet::new, LocalSet::new", (in, a, at) -> new LocalSet());
        Prelude.register("tokio::task::spawn_local, task::spawn_local, spawn_local", (in, a, at) -> Prelude.spawn(in, a[0], at));
        Prelude.register("std::future::ready, future::ready, futures::future::ready",
                (in, a, at) -> ready(a[0]));
        Prelude.register("std::future::pending, future::pending, futures::future::pending", (in, a, at) -> PENDING);
        Prelude.register("tokio::task::block_in_place, task::block_in_place", (in, a, at) -> {
            if (in.program.flavor().equals("current_thread")) {
                throw new asyncscope.lessons.rustlite.value.RPanic("can call blocking only when running on the multi-threaded runtime");
            }
            return in.call(a[0], new Object[0], at);
        });
        // the program's command line: just its name (a Rust-lite program gets no arguments)
        Prelude.register("std::env::args, env::args", (in, a, at) -> RIter.over(java.util.List.<Object>of(
                new asyncscope.lessons.rustlite.value.RStr("main")).iterator()));
    }

    static Future<Object> ready(Object v) {
        return new Future<>() {
            @Override
            public Poll<Object> poll(Context cx) {
                return Poll.ready(v);
            }

            @Override
            public String describe() {
                return "ready";
            }
        };
    }

    /** {@code std::future::pending()}: never ready (and never wakes anyone). */
    static final Future<Object> PENDING = new Future<>() {
        @Override
        public Poll<Object> poll(Context cx) {
            return Poll.pending();
        }

        @Override
        public String describe() {
            return "pending";
        }
    };

    static final class LocalSet implements Methods.HasMethods, TokioFutures.Awaitable {
        final List<RJoinHandle> tasks = new ArrayList<>();

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "spawn_local" -> {
                    RJoinHandle h = (RJoinHandle) Prelude.spawn(in, args[0], at);
                    tasks.add(h);
                    return h;
                }
                case "run_until" -> {
                    return TokioFutures.toFuture(in, args[0], at);
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        /** Awaiting the set: ready once every task spawned on it has finished. */
        @Override
        public Future<Object> future() {
            return new Future<>() {
                private int next;

                @Override
                public Poll<Object> poll(Context cx) {
                    while (next < tasks.size()) {
                        if (new TokioFutures.JoinAwait(tasks.get(next)).poll(cx).isPending()) {
                            return Poll.pending();
                        }
                        next++;
                    }
                    return Poll.ready(asyncscope.lessons.rustlite.value.Unit.UNIT);
                }

                @Override
                public String describe() {
                    return "LocalSet";
                }
            };
        }
    }
}
