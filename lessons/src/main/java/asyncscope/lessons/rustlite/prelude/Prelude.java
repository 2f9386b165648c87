package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.SelectInfo;
import asyncscope.engine.event.SourceSpan;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.YieldNow;
import asyncscope.engine.runtime.Current;
import asyncscope.engine.runtime.CpuTime;
import asyncscope.lessons.rustlite.interp.Exec;
import asyncscope.lessons.rustlite.interp.Watch;
import asyncscope.engine.runtime.Handle;
import asyncscope.engine.task.JoinHandle;
import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Coroutine;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.interp.Native;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.RArc;
import asyncscope.lessons.rustlite.value.RDuration;
import asyncscope.lessons.rustlite.value.RChar;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInstant;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RMap;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.Unit;
import asyncscope.lessons.rustlite.value.Values;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a Rust-lite program can call that it did not define: std's constructors and helpers and Tokio's API,
 * each mapped onto the engine. Lookup is by full path after {@code use} expansion, falling back to shorter
 * suffixes ({@code std::sync::Arc::new} finds {@code Arc::new}). This table is the whole sandbox: there is no
 * way from a program to files, processes or reflection.
 */
public final class Prelude {
    private static final Map<String, Object> ITEMS = new HashMap<>();
    private static final Set<String> BUILTIN_ENUMS = Set.of("Option", "Result", "Ordering", "TryRecvError", "TrySendError",
            "RecvError", "SendError", "TryAcquireError", "Poll", "RecvTimeoutError");

    private Prelude() {}

    public static boolean isBuiltinEnum(String type) {
        return BUILTIN_ENUMS.contains(type);
    }

    static void reg(String names, Native.Body body) {
        for (String n : names.split(",")) {
            n = n.trim();
            ITEMS.put(n, Native.of(n, body));
        }
    }

    static void constant(String names, Object v) {
        for (String n : names.split(",")) {
            ITEMS.put(n.trim(), v);
        }
    }

    /** Something a part of the prelude starts for a run before {@code main} (it decides from the program whether it is needed). */
    @FunctionalInterface
    public interface Service {
        void start(Interp in, asyncscope.engine.runtime.RuntimeCore core);
    }

    private static final List<Service> SERVICES = new java.util.concurrent.CopyOnWriteArrayList<>();

    public static void onStart(Service s) {
        SERVICES.add(s);
    }

    /** Called by the runner once the runtime is built, before main runs. */
    public static void startServices(Interp in, asyncscope.engine.runtime.RuntimeCore core) {
        for (Service s : SERVICES) {
            s.start(in, core);
        }
    }

    /** Adds prelude items from other parts of the prelude (time, sync, http) at class-init time. */
    public static void register(String names, Native.Body body) {
        reg(names, body);
    }

    /** Registers one native under several names (e.g. one that {@link Native#takesPlaces()}). */
    static void registerNative(String names, Native n) {
        for (String name : names.split(",")) {
            ITEMS.put(name.trim(), n);
        }
    }

    public static void registerConstant(String names, Object v) {
        constant(names, v);
    }

    public static Object lookup(List<String> segs) {
        for (int i = 0; i < segs.size(); i++) {
            Object v = ITEMS.get(String.join("::", segs.subList(i, segs.size())));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public static long nowNanos() {
        Current c = Current.get();
        return c.core != null ? c.core.clock().nanos() : System.nanoTime();
    }

    static SourceSpan span(Insn at) {
        return at == null || at.line <= 0 ? SourceSpan.NONE : SourceSpan.at(at.line, at.col);
    }

    private static long millisArg(Object v) {
        if (v instanceof RInt r) {
            return r.v;
        }
        throw new RPanic("expected an integer, found " + Fmt.debug(v, false));
    }

    /**
     * {@code std::thread::sleep}: blocks the thread. With real threads it really sleeps (the worker can run
     * nothing else meanwhile: the lesson on blocking). Under simulation the simulated thread running it is
     * busy for the duration on the virtual clock, while the other workers go on ({@link CpuTime#block}).
     */
    static void blockingSleep(long nanos) {
        if (!CpuTime.block(nanos)) {
            throw new RPanic("sleep interrupted");
        }
    }

    /** The thread name Rust would print in a panic message from a spawned task. */
    public static String workerThreadName(Interp in) {
        return in.program.flavor().equals("current_thread") ? "main" : "tokio-runtime-worker";
    }

    @SuppressWarnings("unchecked")
    static Object spawn(Interp in, Object fut, Insn at) {
        Future<Object> f = TokioFutures.toFuture(in, fut, at);
        String name = f instanceof Coroutine c ? c.name() : f.describe();
        Handle h;
        try {
            h = Handle.current();
        } catch (IllegalStateException e) {
            throw new RPanic("there is no reactor running, must be called from the context of a Tokio 1.x runtime");
        }
        JoinHandle<Object> jh = h.spawn(new TaskRoot(in, f, workerThreadName(in)), name, span(at));
        return new RJoinHandle(jh);
    }

    static {
        reg("Some, Option::Some", (in, a, at) -> REnum.some(a[0]));
        constant("None, Option::None", REnum.NONE);
        reg("Ok, Result::Ok", (in, a, at) -> REnum.ok(a[0]));
        reg("Err, Result::Err", (in, a, at) -> REnum.err(a[0]));
        reg("drop, mem::drop", (in, a, at) -> {
            in.drop(a[0]);
            return Unit.UNIT;
        });
        reg("Vec::new, VecDeque::new, Vec::with_capacity, VecDeque::with_capacity", (in, a, at) -> new RVec());
        reg("std::cmp::Reverse, cmp::Reverse, Reverse", (in, a, at) -> new asyncscope.lessons.rustlite.value.RReverse(a[0]));
        reg("Vec::from, VecDeque::from, Vec::from_iter, VecDeque::from_iter",
                (in, a, at) -> a[0] instanceof RStr s ? new RVec(Iters.drain(in, StringMethods.strMethod(in, s, "bytes", null, new Object[0])))
                        : new RVec(Iters.drain(in, a[0])));
        reg("HashMap::from, HashMap::from_iter", (in, a, at) -> IterMethods.convert(in, new RVec(Iters.drain(in, a[0])), "HashMap"));
        reg("BTreeMap::from, BTreeMap::from_iter", (in, a, at) -> IterMethods.convert(in, new RVec(Iters.drain(in, a[0])), "BTreeMap"));
        reg("HashSet::from, HashSet::from_iter", (in, a, at) -> IterMethods.convert(in, new RVec(Iters.drain(in, a[0])), "HashSet"));
        reg("BTreeSet::from, BTreeSet::from_iter", (in, a, at) -> IterMethods.convert(in, new RVec(Iters.drain(in, a[0])), "BTreeSet"));
        reg("String::new, String::with_capacity", (in, a, at) -> new RStr(""));
        reg("String::from, str::to_string", (in, a, at) -> new RStr(in.display(a[0])));
        reg("String::from_iter", (in, a, at) -> IterMethods.convert(in, new RVec(Iters.drain(in, a[0])), "String"));
        reg("HashMap::new, HashMap::with_capacity", (in, a, at) -> new RMap(false));
        reg("BTreeMap::new", (in, a, at) -> new RMap(true));
        reg("HashSet::new, HashSet::with_capacity", (in, a, at) -> new IterMethods.RSet(new RMap(false)));
        reg("BTreeSet::new", (in, a, at) -> new IterMethods.RSet(new RMap(true)));
        reg("Box::new, Box::pin, pin::pin, std::pin::pin, Pin::new", (in, a, at) -> a[0]);
        reg("Arc::new, Rc::new", (in, a, at) -> new RArc(a[0]));
        reg("Arc::clone, Rc::clone", (in, a, at) -> a[0] instanceof RArc r ? r.share() : Methods.cloneValue(a[0]));
        reg("Arc::strong_count, Rc::strong_count", (in, a, at) -> RInt.usize(((RArc) a[0]).strong.get()));
        reg("Arc::ptr_eq, Rc::ptr_eq", (in, a, at) -> a[0] instanceof RArc x && a[1] instanceof RArc y && x.inner == y.inner);
        reg("cmp::max, max", (in, a, at) -> Values.compare(a[0], a[1]) >= 0 ? a[0] : a[1]);
        reg("cmp::min, min", (in, a, at) -> Values.compare(a[0], a[1]) <= 0 ? a[0] : a[1]);
        for (String o : new String[] {"Less", "Equal", "Greater"}) {
            constant("Ordering::" + o, new REnum("Ordering", o, REnum.NONE_FIELDS, null, null));
        }
        for (IntTy t : IntTy.values()) {
            constant(t.rustName() + "::MAX", t.wide() ? RInt.wide(t.wideMax(), t) : RInt.of(t.max(), t));
            constant(t.rustName() + "::MIN", t.wide() ? RInt.wide(t.wideMin(), t) : RInt.of(t.min(), t));
            constant(t.rustName() + "::BITS", RInt.of(t.wide() ? 128 : t.bits, IntTy.U32));
        }
        for (IntTy t : IntTy.values()) {
            String n = t.rustName();
            reg(n + "::from_str_radix", (in, a, at) -> IntParse.parse(Methods.str(a[0]), (int) ((RInt) a[1]).v, t, false));
            reg(n + "::try_from", (in, a, at) -> a[0] instanceof RInt x ? IntParse.tryFrom(x, t)
                    : REnum.ok(RInt.of(((RChar) a[0]).cp(), t)));
            reg(n + "::from", (in, a, at) -> a[0] instanceof RInt x ? RInt.of(x.v, t)
                    : a[0] instanceof Boolean b ? RInt.of(b ? 1 : 0, t) : RInt.of(((RChar) a[0]).cp(), t));
        }
        constant("f64::MAX", Double.MAX_VALUE);
        constant("f64::MIN", -Double.MAX_VALUE);
        constant("f64::MIN_POSITIVE", Double.MIN_NORMAL);
        constant("f64::EPSILON", Math.ulp(1.0));
        constant("f64::INFINITY", Double.POSITIVE_INFINITY);
        constant("f64::NEG_INFINITY", Double.NEGATIVE_INFINITY);
        constant("f64::NAN", Double.NaN);
        constant("f32::MAX", Float.MAX_VALUE);
        constant("f32::MIN", -Float.MAX_VALUE);
        constant("f32::MIN_POSITIVE", Float.MIN_NORMAL);
        constant("f32::EPSILON", Math.ulp(1.0f));
        constant("f32::INFINITY", Float.POSITIVE_INFINITY);
        constant("f32::NEG_INFINITY", Float.NEGATIVE_INFINITY);
        constant("f32::NAN", Float.NaN);
        constant("f32::consts::PI", (float) Math.PI);
        constant("f32::consts::E", (float) Math.E);
        constant("f32::consts::TAU", (float) (2 * Math.PI));
        constant("f32::consts::SQRT_2", (float) Math.sqrt(2));
        constant("f32::consts::LN_2", (float) Math.log(2));
        constant("f32::consts::FRAC_PI_2", (float) (Math.PI / 2));
        constant("f64::consts::PI, consts::PI", Math.PI);
        constant("f64::consts::E, consts::E", Math.E);
        constant("f64::consts::TAU, consts::TAU", 2 * Math.PI);
        constant("f64::consts::SQRT_2, consts::SQRT_2", Math.sqrt(2));
        constant("f64::consts::LN_2, consts::LN_2", Math.log(2));
        constant("f64::consts::LN_10, consts::LN_10", Math.log(10));
        constant("f64::consts::FRAC_PI_2, consts::FRAC_PI_2", Math.PI / 2);
        constant("f64::consts::FRAC_PI_4, consts::FRAC_PI_4", Math.PI / 4);
        reg("char::from_digit", (in, a, at) -> {
            long d = ((RInt) a[0]).v;
            long radix = ((RInt) a[1]).v;
            if (radix > 36) {
                throw new RPanic("from_digit: radix is too high (maximum 36)");
            }
            return d >= 0 && d < radix ? REnum.some(new RChar(Character.forDigit((int) d, (int) radix))) : REnum.NONE;
        });
        reg("char::from_u32", (in, a, at) -> {
            long v = ((RInt) a[0]).v;
            return v >= 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF) ? REnum.some(new RChar((int) v)) : REnum.NONE;
        });
        reg("char::from", (in, a, at) -> a[0] instanceof RInt x ? new RChar((int) x.v) : a[0]);
        reg("Duration::from_millis", (in, a, at) -> RDuration.of(millisArg(a[0]), 1_000_000L));
        reg("Duration::from_secs", (in, a, at) -> RDuration.of(millisArg(a[0]), 1_000_000_000L));
        reg("Duration::from_micros", (in, a, at) -> RDuration.of(millisArg(a[0]), 1_000L));
        reg("Duration::from_nanos", (in, a, at) -> RDuration.of(millisArg(a[0]), 1L));
        reg("Duration::from_secs_f64, Duration::from_secs_f32", (in, a, at) -> new RDuration((long) (Values.toDouble(a[0]) * 1e9)));
        constant("Duration::ZERO", new RDuration(0));
        constant("Duration::MAX", RDuration.MAX);
        reg("Instant::now", (in, a, at) -> new RInstant(nowNanos()));

        reg("tokio::spawn, tokio::task::spawn, task::spawn", (in, a, at) -> spawn(in, a[0], at));
        reg("tokio::task::yield_now, task::yield_now", (in, a, at) -> new YieldNow());
        reg("tokio::task::spawn_blocking, task::spawn_blocking", (in, a, at) -> {
            Object f = a[0];
            String thread = "tokio-runtime-worker";
            JoinHandle<Object> jh = Handle.current().spawnBlocking(() -> {
                Exec prev = Watch.beginBlocking(Current.get().taskId(), in.limits);
                try {
                    return in.call(f, new Object[0], at);
                } catch (RPanic p) {
                    in.io.panicked(thread, p.line, p.column, p.getMessage());
                    throw p;
                } finally {
                    Watch.end(prev);
                }
            }, "blocking@" + at.line + ":" + at.col, span(at));
            return new RJoinHandle(jh);
        });
        reg("std::thread::sleep, thread::sleep", (in, a, at) -> {
            blockingSleep(((RDuration) a[0]).nanos());
            return Unit.UNIT;
        });
        SyncPrelude.install();
        JoinSetPrelude.install();
        UserFutures.install();
        Atomics.install();
        TimePrelude.install();
        HttpPrelude.install();
        RuntimePrelude.install();
        CellPrelude.install();
        MemPrelude.install();
        ProcessExit.install();
        IterSources.install();
        RcPrelude.install();
        BinaryHeapPrelude.install();
        Utf8Prelude.install();
        StdThreads.install();
        StdMpsc.install();
    }

    // ------------------------------------------------------------------ macro helpers used by the compiler

    public static Native printer(boolean stderr, boolean newline) {
        return Native.of(stderr ? "eprintln" : "println", (in, a, at) -> {
            String s = a[0].toString();
            in.io.print(newline ? s + "\n" : s, stderr);
            return Unit.UNIT;
        });
    }

    public static Native writer(boolean newline) {
        return Native.of("write", (in, a, at) -> {
            Object f = a[0];
            String s = a[1].toString() + (newline ? "\n" : "");
            if (f instanceof Methods.Formatter fm) {
                fm.write(s);
            } else if (f instanceof RStr str) {
                str.sb.append(s);
            } else {
                throw new RPanic("write! needs a formatter or String");
            }
            return REnum.ok(Unit.UNIT);
        });
    }

    /** Wraps {@code &mut fut} in select!: polling goes through, dropping does not cancel the borrowed future. */
    public static final Native BORROW_FUTURE = Native.of("borrow_future", (in, a, at) -> {
        if (a[0] == asyncscope.lessons.rustlite.compile.SelectInfo.DISABLED) {
            return a[0];
        }
        Future<Object> f = TokioFutures.toFuture(in, a[0], at);
        return new Future<Object>() {
            @Override
            public asyncscope.engine.future.Poll<Object> poll(asyncscope.engine.future.Context cx) {
                return f.poll(cx);
            }

            @Override
            public String describe() {
                return "&mut " + f.describe();
            }
        };
    });

    public static final Native PREPEND = Native.of("prepend", (in, a, at) -> new RStr(a[1].toString() + a[0]));

    public static Native assertEq(boolean eq) {
        return Native.of(eq ? "assert_eq" : "assert_ne", (in, a, at) -> {
            boolean same = Values.eq(a[0], a[1]);
            if (same != eq) {
                String head = "assertion `left " + (eq ? "==" : "!=") + " right` failed";
                if (!(a[2] instanceof Unit)) {
                    head += ": " + a[2];
                }
                throw new RPanic(head + "\n  left: " + Fmt.debug(a[0], false) + "\n right: " + Fmt.debug(a[1], false), at.line, at.col);
            }
            return Unit.UNIT;
        });
    }

    public static Native dbg(String text, int line, int col) {
        return Native.of("dbg", (in, a, at) -> {
            in.io.print("[src/main.rs:" + line + ":" + col + "] " + text + " = " + Fmt.debug(a[0], true) + "\n", true);
            return a[0];
        });
    }
}
