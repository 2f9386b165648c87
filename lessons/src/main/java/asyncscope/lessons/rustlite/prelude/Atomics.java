package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.Unit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code std::sync::atomic}: AtomicUsize/U64/I64/I32/U32/Bool with {@code load}, {@code store}, {@code fetch_add},
 * {@code fetch_sub}, {@code swap}, {@code compare_exchange}. Backed by a Java AtomicLong (sequentially consistent,
 * whatever {@code Ordering} the program passes); arithmetic wraps like Rust's atomics.
 */
public final class Atomics {
    private Atomics() {}

    static void install() {
        for (String[] t : new String[][] {{"AtomicUsize", "usize"}, {"AtomicU64", "u64"}, {"AtomicI64", "i64"},
                {"AtomicI32", "i32"}, {"AtomicU32", "u32"}}) {
            IntTy ty = IntTy.parse(t[1]);
            Prelude.register(t[0] + "::new, atomic::" + t[0] + "::new",
                    (in, a, at) -> new Atomic(ty, ((RInt) a[0]).v));
        }
        Prelude.register("AtomicBool::new, atomic::AtomicBool::new", (in, a, at) -> new Atomic(null, (Boolean) a[0] ? 1 : 0));
        for (String o : new String[] {"SeqCst", "Relaxed", "Acquire", "Release", "AcqRel"}) {
            Prelude.registerConstant("Ordering::" + o + ", atomic::Ordering::" + o,
                    new REnum("AtomicOrdering", o, REnum.NONE_FIELDS, null, null));
        }
    }

    static final class Atomic implements Methods.HasMethods, Fmt.Displayable {
        final IntTy ty;
        final AtomicLong v;

        Atomic(IntTy ty, long v) {
            this.ty = ty;
            this.v = new AtomicLong(v);
        }

        Object box(long x) {
            return ty == null ? (Object) (x != 0) : RInt.of(x, ty);
        }

        long unbox(Object o) {
            return o instanceof Boolean b ? (b ? 1 : 0) : ((RInt) o).v;
        }

        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "load", "into_inner" -> {
                    return box(v.get());
                }
                case "store" -> {
                    v.set(unbox(args[0]));
                    return Unit.UNIT;
                }
                case "swap" -> {
                    return box(v.getAndSet(unbox(args[0])));
                }
                case "fetch_add", "fetch_sub" -> {
                    long d = unbox(args[0]);
                    long delta = name.equals("fetch_add") ? d : -d;
                    return box(v.getAndUpdate(x -> ty == null ? x : ty.wrap(x + delta)));
                }
                case "fetch_max" -> {
                    long d = unbox(args[0]);
                    return box(v.getAndUpdate(x -> Math.max(x, d)));
                }
                case "compare_exchange", "compare_exchange_weak" -> {
                    long expected = unbox(args[0]);
                    long nv = unbox(args[1]);
                    long[] seen = new long[1];
                    boolean ok = false;
                    while (true) {
                        long cur = v.get();
                        seen[0] = cur;
                        if (cur != expected) {
                            break;
                        }
                        if (v.compareAndSet(cur, nv)) {
                            ok = true;
                            break;
                        }
                    }
                    return ok ? REnum.ok(box(seen[0])) : REnum.err(box(seen[0]));
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
        }

        @Override
        public String display() {
            return String.valueOf(box(v.get()));
        }
    }
}
