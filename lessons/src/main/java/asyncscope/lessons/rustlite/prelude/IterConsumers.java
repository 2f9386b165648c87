package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Arith;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.Unit;
import asyncscope.lessons.rustlite.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Iterator}'s consuming methods. They take the items one at a time, as Rust's do: the ones that can stop
 * early ({@code any}, {@code find}, {@code position}, {@code nth}...) stop there, so they work on endless iterators
 * such as {@code (1..)} or {@code cycle()}, and {@code (0..n).sum()} holds no list; only {@code collect},
 * {@code rev} and the splitting ones ({@code partition}, {@code unzip}) build one.
 */
final class IterConsumers {
    private IterConsumers() {}

    private static boolean test(Interp in, Object f, Object v, Insn at) {
        return IterAdapters.test(in, f, v, at);
    }

    private static Object deref(Object o) {
        return IterAdapters.deref(o);
    }

    /** The consumer {@code name} run over {@code it}, or {@link Methods#NO_SUCH}. */
    static Object consume(Interp in, RIter it, String name, String turbofish, Object[] args, Insn at) {
        if (name.equals("collect")) {
            return IterMethods.collect(in, Iters.drain(in, it), turbofish);
        }
        Iterable<Object> all = () -> it;
        switch (name) {
            case "any", "all" -> {
                boolean any = name.equals("any");
                while (it.hasNext()) {
                    if (test(in, args[0], it.next(), at) == any) {
                        return any;
                    }
                }
                return !any;
            }
            case "count", "len" -> {
                long n = 0;
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return Methods.usize(n);
            }
            case "sum", "product" -> {
                IntTy t = IntTy.parse(turbofish);
                Object acc = name.equals("sum") ? (t == null ? RInt.lit(0) : RInt.of(0, t)) : (t == null ? RInt.lit(1) : RInt.of(1, t));
                boolean first = true;
                String wrap = null;
                if (turbofish != null && turbofish.startsWith("f")) {
                    acc = name.equals("sum") ? (turbofish.equals("f32") ? (Object) (-0.0f) : (Object) (-0.0)) : turbofish.equals("f32") ? (Object) 1.0f : (Object) 1.0; // float sums start at -0.0, as std's do
                }
                for (Object o : all) {
                    if (deref(o) instanceof REnum e && (e.type.equals("Option") || e.type.equals("Result"))) {
                        // Sum/Product of Options or Results: the first None/Err, else Some/Ok of the total
                        if (e.is("None") || e.is("Err")) {
                            return e;
                        }
                        Object inner = deref(e.fields[0]);
                        Object sofar = first && inner instanceof Double ? (name.equals("sum") ? -0.0 : 1.0) : acc;
                        acc = Arith.binary(name.equals("sum") ? "+" : "*", sofar, inner);
                        first = false;
                        wrap = e.type;
                        continue;
                    }
                    if (first && deref(o) instanceof Double && acc instanceof RInt) {
                        acc = name.equals("sum") ? -0.0 : 1.0;
                    }
                    if (first && deref(o) instanceof Float && acc instanceof RInt) {
                        acc = name.equals("sum") ? -0.0f : 1.0f;
                    }
                    first = false;
                    acc = Arith.binary(name.equals("sum") ? "+" : "*", acc, deref(o));
                }
                return wrap == null ? acc : wrap.equals("Option") ? REnum.some(acc) : REnum.ok(acc);
            }
            case "fold" -> {
                Object acc = args[0];
                for (Object o : all) {
                    acc = in.call(args[1], new Object[] {acc, o}, at);
                }
                return acc;
            }
            case "for_each" -> {
                for (Object o : all) {
                    in.call(args[0], new Object[] {o}, at);
                }
                return Unit.UNIT;
            }
            case "find" -> {
                for (Object o : all) {
                    if (Values.truthy(in.call(args[0], new Object[] {o}, at), 0, 0)) {
                        return REnum.some(o);
                    }
                }
                return REnum.NONE;
            }
            case "position" -> {
                long i = 0;
                for (Object o : all) {
                    if (Values.truthy(in.call(args[0], new Object[] {o}, at), 0, 0)) {
                        return REnum.some(Methods.usize(i));
                    }
                    i++;
                }
                return REnum.NONE;
            }
            case "max", "min" -> {
                Object best = null;
                for (Object o : all) {
                    int c = best == null ? 0 : Values.compare(deref(o), deref(best));
                    if (best == null || (name.equals("max") ? c >= 0 : c < 0)) {
                        best = o;
                    }
                }
                return REnum.option(best);
            }
            case "max_by_key", "min_by_key" -> {
                Object best = null;
                Object bestKey = null;
                for (Object o : all) {
                    Object k = in.call(args[0], new Object[] {o}, at);
                    int c = best == null ? 0 : Values.compare(k, bestKey);
                    if (best == null || (name.equals("max_by_key") ? c >= 0 : c < 0)) {
                        best = o;
                        bestKey = k;
                    }
                }
                return REnum.option(best);
            }
            case "last" -> {
                Object last = null;
                for (Object o : all) {
                    last = o;
                }
                return REnum.option(last);
            }
            case "nth" -> {
                it.skipItems(Methods.intArg(args, 0).v);
                return it.hasNext() ? REnum.some(it.next()) : REnum.NONE;
            }
            case "find_map" -> {
                while (it.hasNext()) {
                    Object r = in.call(args[0], new Object[] {it.next()}, at);
                    if (r instanceof REnum e && e.is("Some")) {
                        return r;
                    }
                }
                return REnum.NONE;
            }
            case "rposition" -> {
                List<Object> items = Iters.drain(in, it);
                for (int i = items.size() - 1; i >= 0; i--) {
                    if (test(in, args[0], items.get(i), at)) {
                        return REnum.some(Methods.usize(i));
                    }
                }
                return REnum.NONE;
            }
            case "partition" -> {
                List<Object> yes = new ArrayList<>();
                List<Object> no = new ArrayList<>();
                while (it.hasNext()) {
                    Object v = it.next();
                    (test(in, args[0], v, at) ? yes : no).add(v);
                }
                return new RTuple(new Object[] {new RVec(yes), new RVec(no)});
            }
            case "unzip" -> {
                List<Object> a = new ArrayList<>();
                List<Object> b = new ArrayList<>();
                while (it.hasNext()) {
                    RTuple t = (RTuple) deref(it.next());
                    a.add(t.items()[0]);
                    b.add(t.items()[1]);
                }
                return new RTuple(new Object[] {new RVec(a), new RVec(b)});
            }
            case "max_by", "min_by" -> {
                Object best = null;
                boolean max = name.equals("max_by");
                while (it.hasNext()) {
                    Object v = it.next();
                    if (best == null) {
                        best = v;
                        continue;
                    }
                    REnum o = (REnum) deref(in.call(args[0], new Object[] {v, best}, at));
                    if (max ? !o.is("Less") : o.is("Less")) {
                        best = v;
                    }
                }
                return REnum.option(best);
            }
            case "reduce" -> {
                Object acc = it.hasNext() ? it.next() : null;
                if (acc == null) {
                    return REnum.NONE;
                }
                for (Object o : all) {
                    acc = in.call(args[0], new Object[] {acc, o}, at);
                }
                return REnum.some(acc);
            }
            case "try_fold" -> {
                // stops at the first Err/None the closure returns, as `?` would
                Object acc = args[0];
                boolean result = false;
                for (Object o : all) {
                    Object r = deref(in.call(args[1], new Object[] {acc, o}, at));
                    if (r instanceof REnum e && (e.is("Err") || e.is("None"))) {
                        return e;
                    }
                    result = ((REnum) r).is("Ok");
                    acc = ((REnum) r).fields[0];
                }
                // wrapped as the closure's results are (with no items: Option, what checked arithmetic gives)
                return result ? REnum.ok(acc) : REnum.some(acc);
            }
            case "try_for_each" -> {
                for (Object o : all) {
                    Object r = deref(in.call(args[0], new Object[] {o}, at));
                    if (r instanceof REnum e && (e.is("Err") || e.is("None"))) {
                        return e;
                    }
                }
                return REnum.ok(Unit.UNIT);
            }
            case "eq", "ne", "lt", "le", "gt", "ge", "cmp", "partial_cmp" -> {
                // lexicographic, item by item (`a.iter().eq(b.iter().rev())`)
                RIter other = Iters.of(in, Methods.arg(args, 0));
                int c = 0;
                while (c == 0) {
                    boolean l = it.hasNext();
                    boolean r = other.hasNext();
                    if (!l || !r) {
                        c = Boolean.compare(l, r);
                        break;
                    }
                    Object x = deref(it.next());
                    Object y = deref(other.next());
                    c = name.equals("eq") || name.equals("ne") ? (Values.eq(x, y) ? 0 : 1) : Values.compare(x, y);
                }
                return switch (name) {
                    case "eq" -> c == 0;
                    case "ne" -> c != 0;
                    case "lt" -> c < 0;
                    case "le" -> c <= 0;
                    case "gt" -> c > 0;
                    case "ge" -> c >= 0;
                    case "cmp" -> Methods.ordering(c);
                    default -> REnum.some(Methods.ordering(c));
                };
            }
            default -> {
                return Methods.NO_SUCH;
            }
        }
    }
}
