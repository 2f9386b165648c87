package asyncscope.lessons.rustlite.prelude;

import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.runtime.Runtime;
import asyncscope.engine.task.JoinError;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Droppable;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RPanic;
import java.time.Duration;
import java.util.function.BiFunction;

/**
 * What {@code #[tokio::main]} expands to, written out by hand: {@code tokio::runtime::Runtime::new()} and
 * {@code tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()} give a runtime whose
 * {@code block_on(future)} runs the future as the root task. The runner supplies how runtimes are built (driver,
 * seed, event sink) so a hand-made runtime is simulated and recorded like an attribute-made one.
 */
public final class RuntimePrelude {
    private RuntimePrelude() {}

    /** Service key: a {@code BiFunction<Boolean currentThread, Integer workers, Runtime>} set by the runner. */
    public static final String FACTORY = "runtime-factory";
    /** Service key: the runtime the program built last (the runner reads its clock for the elapsed time). */
    public static final String LAST = "runtime-last";

    /** A panic already printed by the root task of a hand-made runtime; the runner only sets the exit code. */
    public static final class PanicReported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PanicReported(String msg) {
            super(msg, null, false, false);
        }
    }

    static void install() {
        Prelude.register("tokio::runtime::Runtime::new, runtime::Runtime::new",
                (in, a, at) -> REnum.ok(new Rt(in, false, 4)));
        Prelude.register("tokio::runtime::Builder::new_multi_thread, runtime::Builder::new_multi_thread, Builder::new_multi_thread",
                (in, a, at) -> new RtBuilder(false));
        Prelude.register("tokio::runtime::Builder::new_current_thread, runtime::Builder::new_current_thread, Builder::new_current_thread",
                (in, a, at) -> new RtBuilder(true));
    }

    static final class RtBuilder implements Methods.HasMethods {
        final boolean current;
        int workers = 4;

        RtBuilder(boolean current) {
            this.current = current;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "worker_threads" -> {
                    long n = ((RInt) args[0]).v;
                    if (n < 1 || n > 64) {
                        throw new RPanic("worker_threads must be between 1 and 64");
                    }
                    workers = (int) n;
                    return this;
                }
                case "enable_all", "enable_time", "enable_io", "thread_name", "thread_stack_size", "max_blocking_threads" -> {
                    return this;
                }
                case "build" -> {
                    return REnum.ok(new Rt(in, current, current ? 1 : workers));
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }
    }

    static final class Rt implements Methods.HasMethods, Droppable, Fmt.Displayable {
        final Interp in;
        final boolean current;
        final int workers;
        private Runtime rt;

        Rt(Interp in, boolean current, int workers) {
            this.in = in;
            this.current = current;
            this.workers = workers;
        }

        @SuppressWarnings("unchecked")
        private Runtime runtime() {
            if (rt == null) {
                Object f = in.services.get(FACTORY);
                if (!(f instanceof BiFunction<?, ?, ?> factory)) {
                    throw new RPanic("cannot build a runtime here");
                }
                rt = ((BiFunction<Boolean, Integer, Runtime>) factory).apply(current, workers);
                in.services.put(LAST, rt);
            }
            return rt;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "block_on" -> {
                    Runtime r = runtime();
                    try {
                        Object v = r.blockOn(new TaskRoot(in, TokioFutures.toFuture(in, args[0], at), "main"), "block_on",
                                SourceSpan.at(at.line, at.col));
                        return TokioFutures.fromJava(v);
                    } catch (JoinError e) {
                        throw new PanicReported(e.panicMessage());
                    } catch (IllegalStateException e) {
                        throw new RPanic("Cannot start a runtime from within a runtime. This happens because a function "
                                + "(like `block_on`) attempted to block the current thread while the thread is being used to drive "
                                + "asynchronous tasks.");
                    }
                }
                case "spawn" -> {
                    Runtime r = runtime();
                    return new RJoinHandle(r.spawn(new TaskRoot(in, TokioFutures.toFuture(in, args[0], at),
                            Prelude.workerThreadName(in))));
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public void release() {
            if (rt != null) {
                rt.shutdown(Duration.ofSeconds(2));
            }
        }

        @Override
        public String display() {
            return "Runtime { flavor: " + (current ? "CurrentThread" : "MultiThread") + " }";
        }
    }
}
