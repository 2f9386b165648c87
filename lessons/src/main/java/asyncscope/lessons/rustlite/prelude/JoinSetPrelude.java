package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Join;
import asyncscope.engine.future.Poll;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Droppable;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tokio::task::JoinSet} (spawn many, collect results as they finish) and {@code futures::future::join_all}
 * (await a Vec of futures in one task, results in order). Both are built from the engine's JoinHandle and Join.
 */
public final class JoinSetPrelude {
    private JoinSetPrelude() {}

    static void install() {
        Prelude.register("tokio::task::JoinSet::new, JoinSet::new", (in, a, at) -> new JoinSet());
        Prelude.register("futures::future::join_all, future::join_all, join_all", (in, a, at) -> {
            List<Future<Object>> fs = new ArrayList<>();
            for (Object f : Iters.drain(in, a[0])) {
                fs.add(TokioFutures.toFuture(in, f, at));
            }
            Join<Object> j = new Join<>(fs);
            return new Future<Object>() {
                @Override
                public Poll<Object> poll(Context cx) {
                    Poll<List<Object>> p = j.poll(cx);
                    if (!p.isReady()) {
                        return Poll.pending();
                    }
                    List<Object> out = new ArrayList<>();
                    for (Object o : p.value()) {
                        out.add(TokioFutures.fromJava(o));
                    }
                    return Poll.ready(new RVec(out));
                }

                @Override
                public void drop() {
                    j.drop();
                }

                @Override
                public String describe() {
                    return "join_all(" + fs.size() + ")";
                }
            };
        });
    }

    /** The tasks of a JoinSet; dropping the set aborts the tasks still running, as Tokio does. */
    static final class JoinSet implements Methods.HasMethods, Droppable {
        final List<RJoinHandle> handles = new ArrayList<>();

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "spawn" -> {
                    RJoinHandle h = (RJoinHandle) Prelude.spawn(in, args[0], at);
                    handles.add(h);
                    return Unit.UNIT;
                }
                case "len" -> {
                    return RInt.usize(handles.size());
                }
                case "is_empty" -> {
                    return handles.isEmpty();
                }
                case "abort_all" -> {
                    for (RJoinHandle h : handles) {
                        h.handle().abort();
                    }
                    return Unit.UNIT;
                }
                case "join_next" -> {
                    return new Future<Object>() {
                        @Override
                        public Poll<Object> poll(Context cx) {
                            if (handles.isEmpty()) {
                                return Poll.ready(REnum.NONE);
                            }
                            for (int i = 0; i < handles.size(); i++) {
                                Poll<Object> p = new TokioFutures.JoinAwait(handles.get(i)).poll(cx);
                                if (p.isReady()) {
                                    handles.remove(i);
                                    return Poll.ready(REnum.some(p.value()));
                                }
                            }
                            return Poll.pending();
                        }

                        @Override
                        public String describe() {
                            return "JoinSet::join_next";
                        }
                    };
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public void release() {
            for (RJoinHandle h : handles) {
                h.handle().abort();
            }
        }
    }
}
