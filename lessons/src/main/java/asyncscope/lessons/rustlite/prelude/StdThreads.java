package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Exec;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.interp.Watch;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code std::thread}: {@code spawn}, {@code Builder::new().name(..).spawn}, {@code scope}, {@code current().name()}
 * and {@code JoinHandle::join}. A spawned thread is a real thread, as in Rust: it runs outside the runtime's workers
 * (a program's std threads are not tasks), so what it does races with the rest exactly as it would under rustc.
 * {@code join} blocks until it ends and gives {@code Ok(value)} or, if it panicked, {@code Err(payload)}; its panic is
 * reported as Rust reports it ({@code thread '<unnamed>' panicked at ...}). When the body ends, what the closure
 * captured is dropped (a moved-in {@code Sender} closes its side).
 */
public final class StdThreads {
    private StdThreads() {}

    /** The name of the std thread running the current code (null on a thread that is not one). */
    private static final ThreadLocal<String> NAME = new ThreadLocal<>();

    /** Live std threads per run: while any runs, a std {@code Mutex} contended outside the runtime waits for its holder. */
    static final AtomicInteger LIVE = new AtomicInteger();

    static void install() {
        Prelude.reg("std::thread::spawn, thread::spawn", (in, a, at) -> spawn(in, a[0], null, at));
        Prelude.reg("std::thread::Builder::new, thread::Builder::new", (in, a, at) -> new Builder());
        Prelude.reg("std::thread::current, thread::current", (in, a, at) -> new ThreadRef(currentName()));
        Prelude.reg("std::thread::scope, thread::scope", (in, a, at) -> {
            Scope s = new Scope();
            Object r;
            try {
                r = in.call(a[0], new Object[] {s}, at);
            } finally {
                s.joinAll();
            }
            if (s.panicked) {
                throw new RPanic("a scoped thread panicked");
            }
            return r;
        });
        Prelude.reg("std::thread::yield_now, thread::yield_now", (in, a, at) -> {
            Thread.yield();
            return Unit.UNIT;
        });
    }

    static String currentName() {
        String n = NAME.get();
        if (n != null) {
            return n.isEmpty() ? null : n;
        }
        return "main";
    }

    static Handle spawn(Interp in, Object body, String name, Insn at) {
        Handle h = new Handle(name);
        Exec.Limits limits = in.limits;
        LIVE.incrementAndGet();
        Thread t = new Thread(() -> {
            NAME.set(name == null ? "" : name);
            Exec prev = Watch.beginBlocking(0, limits);
            try {
                h.value = in.call(body, new Object[0], at);
            } catch (RPanic p) {
                in.io.panicked(name == null ? "<unnamed>" : name, p.line, p.column, p.getMessage());
                h.panic = new PanicPayload(p.getMessage(), p.literal);
            } catch (RuntimeException | StackOverflowError e) {
                h.panic = new PanicPayload(String.valueOf(e.getMessage()), false);
            } finally {
                try {
                    in.drop(body); // the closure's captures go with the thread
                } catch (RuntimeException ignored) {
                    // a panicking destructor: the thread is over either way
                }
                Watch.end(prev);
                LIVE.decrementAndGet();
                h.done.countDown();
            }
        }, name == null ? "rustlite-thread" : "rustlite-thread-" + name);
        t.setDaemon(true);
        t.start();
        return h;
    }

    /** Waits for a latch, giving up (as a cancelled run) when the run is stopped. */
    static void await(CountDownLatch l, Interp in) {
        try {
            while (!l.await(50, TimeUnit.MILLISECONDS)) {
                if (in.limits.cancelled) {
                    throw new Exec.Cancelled();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Exec.Cancelled();
        }
    }

    /** {@code std::thread::JoinHandle<T>}. */
    static final class Handle implements Methods.HasMethods, Fmt.Displayable {
        final String name;
        final CountDownLatch done = new CountDownLatch(1);
        volatile Object value;
        volatile PanicPayload panic;
        private boolean joined;

        Handle(String name) {
            this.name = name;
        }

        @Override
        public Object call(Interp in, String m, Object[] args, Insn at) {
            switch (m) {
                case "join" -> {
                    if (joined) {
                        throw new RPanic("use of moved value: this JoinHandle was already joined");
                    }
                    joined = true;
                    StdThreads.await(done, in);
                    return panic != null ? REnum.err(panic) : REnum.ok(value == null ? Unit.UNIT : value);
                }
                case "is_finished" -> {
                    return done.getCount() == 0;
                }
                case "thread" -> {
                    return new ThreadRef(name);
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public String display() {
            return "JoinHandle { .. }";
        }
    }

    /** {@code std::thread::Thread} as {@code thread::current()} / {@code handle.thread()} give it. */
    record ThreadRef(String name) implements Methods.HasMethods, Fmt.Displayable {
        @Override
        public Object call(Interp in, String m, Object[] args, Insn at) {
            return switch (m) {
                case "name" -> REnum.option(name == null ? null : new RStr(name));
                default -> Methods.NO_SUCH;
            };
        }

        @Override
        public String display() {
            return "Thread { name: " + (name == null ? "None" : "Some(\"" + name + "\")") + ", .. }";
        }
    }

    /** {@code std::thread::Builder}: a name, then {@code spawn} (which returns {@code io::Result<JoinHandle>}). */
    static final class Builder implements Methods.HasMethods, Fmt.Displayable {
        String name;

        @Override
        public Object call(Interp in, String m, Object[] args, Insn at) {
            switch (m) {
                case "name" -> {
                    name = Methods.str(Methods.arg(args, 0));
                    return this;
                }
                case "stack_size" -> {
                    return this;
                }
                case "spawn" -> {
                    return REnum.ok(spawn(in, args[0], name, at));
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public String display() {
            return "Builder { .. }";
        }
    }

    /** {@code std::thread::Scope}: threads that may borrow from the caller, all joined when {@code scope} returns. */
    static final class Scope implements Methods.HasMethods, Fmt.Displayable {
        final List<Handle> handles = new ArrayList<>();
        boolean panicked;
        private Interp in;

        @Override
        public Object call(Interp in, String m, Object[] args, Insn at) {
            if (m.equals("spawn")) {
                this.in = in;
                Handle h = spawn(in, args[0], null, at);
                synchronized (handles) {
                    handles.add(h);
                }
                return h;
            }
            return Methods.NO_SUCH;
        }

        void joinAll() {
            List<Handle> all;
            synchronized (handles) {
                all = new ArrayList<>(handles);
            }
            for (Handle h : all) {
                if (in != null) {
                    StdThreads.await(h.done, in);
                }
                if (h.panic != null && !h.joined) {
                    panicked = true;
                }
            }
        }

        @Override
        public String display() {
            return "Scope { .. }";
        }
    }
}
