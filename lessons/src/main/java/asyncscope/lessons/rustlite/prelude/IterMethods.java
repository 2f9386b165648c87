package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Derefable;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Arith;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RMap;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.Unit;
import asyncscope.lessons.rustlite.value.Values;
import java.util.ArrayList;
import java.util.List;

/** Iterator adapters (lazy) and consumers, {@code collect} into Vec/String/HashMap/HashSet/Result, and HashSet. */
public final class IterMethods {
    private IterMethods() {}

    static Object iterMethod(Interp in, RIter it, String name, String turbofish, Object[] args, Insn at) {
        Object more = IterAdapters.call(in, it, name, args, at);
        if (more != Methods.NO_SUCH) {
            return more;
        }
        switch (name) {
            case "iter", "into_iter", "iter_mut", "by_ref", "cloned", "copied" -> {
                return it;
            }
            case "next" -> {
                return it.hasNext() ? REnum.some(it.next()) : REnum.NONE;
            }
            case "map" -> {
                Object f = args[0];
                return new RIter() {
                    @Override
                    protected Object advance() {
                        return it.hasNext() ? in.call(f, new Object[] {it.next()}, at) : null;
                    }
                };
            }
            case "filter" -> {
                Object f = args[0];
                return new RIter() {
                    @Override
                    protected Object advance() {
                        while (it.hasNext()) {
                            Object v = it.next();
                            if (Values.truthy(in.call(f, new Object[] {v}, at), 0, 0)) {
                                return v;
                            }
                        }
                        return null;
                    }
                };
            }
            case "filter_map" -> {
                Object f = args[0];
                return new RIter() {
                    @Override
                    protected Object advance() {
                        while (it.hasNext()) {
                            Object v = in.call(f, new Object[] {it.next()}, at);
                            if (v instanceof REnum e && e.is("Some")) {
                                return e.fields[0];
                            }
                        }
                        return null;
                    }
                };
            }
            case "flat_map", "flatten" -> {
                Object f = name.equals("flat_map") ? args[0] : null;
                return new RIter() {
                    RIter cur;

                    @Override
                    protected Object advance() {
                        while (true) {
                            if (cur != null && cur.hasNext()) {
                                return cur.next();
                            }
                            if (!it.hasNext()) {
                                return null;
                            }
                            Object v = it.next();
                            cur = Iters.of(in, f == null ? v : in.call(f, new Object[] {v}, at));
                        }
                    }
                };
            }
            case "enumerate" -> {
                return new RIter() {
                    long i;

                    @Override
                    protected Object advance() {
                        return it.hasNext() ? new RTuple(new Object[] {Methods.usize(i++), it.next()}) : null;
                    }
                };
            }
            case "zip" -> {
                RIter other = Iters.of(in, Methods.arg(args, 0));
                return new RIter() {
                    @Override
                    protected Object advance() {
                        return it.hasNext() && other.hasNext() ? new RTuple(new Object[] {it.next(), other.next()}) : null;
                    }
                };
            }
            case "chain" -> {
                RIter other = Iters.of(in, Methods.arg(args, 0));
                return new RIter() {
                    @Override
                    protected Object advance() {
                        return it.hasNext() ? it.next() : other.hasNext() ? other.next() : null;
                    }
                };
            }
            case "take", "skip", "step_by" -> {
                long n = Methods.intArg(args, 0).v;
                if (name.equals("step_by") && n == 0) {
                    throw new RPanic("assertion failed: step != 0");
                }
                return new RIter() {
                    long seen;

                    @Override
                    protected Object advance() {
                        if (name.equals("take")) {
                            return seen++ < n && it.hasNext() ? it.next() : null;
                        }
                        if (name.equals("skip")) {
                            if (seen < n) {
                                seen = n;
                                it.skipItems(n); // a range jumps
                            }
                            return it.hasNext() ? it.next() : null;
                        }
                        if (!it.hasNext()) {
                            return null;
                        }
                        if (seen++ > 0) {
                            it.skipItems(n - 1); // step_by: the first item, then every n-th
                            if (!it.hasNext()) {
                                return null;
                            }
                        }
                        return it.next();
                    }
                };
            }
            case "take_while", "skip_while" -> {
                Object f = args[0];
                boolean take = name.equals("take_while");
                return new RIter() {
                    boolean flag;

                    @Override
                    protected Object advance() {
                        while (it.hasNext()) {
                            Object v = it.next();
                            boolean ok = Values.truthy(in.call(f, new Object[] {v}, at), 0, 0);
                            if (take) {
                                return ok && !flag ? v : finish();
                            }
                            if (flag || !ok) {
                                flag = true;
                                return v;
                            }
                        }
                        return null;
                    }

                    private Object finish() {
                        flag = true;
                        return null;
                    }
                };
            }
            case "rev" -> {
                List<Object> all = Iters.drain(in, it);
                java.util.Collections.reverse(all);
                return RIter.over(all.iterator());
            }
            case "peekable", "fuse" -> {
                return it;
            }
            default -> { }
        }
        // consuming methods: they take the items one at a time, as Rust's do (`(1..).find(..)` ends, `(0..n).sum()`
        // holds no list); only collect builds one
        if (name.equals("collect")) {
            return collect(in, Iters.drain(in, it), turbofish);
        }
        Iterable<Object> all = () -> it;
        switch (name) {
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
                if (turbofish != null && turbofish.startsWith("f")) {
                    acc = name.equals("sum") ? 0.0 : 1.0;
                }
                for (Object o : all) {
                    if (first && deref(o) instanceof Double && acc instanceof RInt) {
                        acc = name.equals("sum") ? 0.0 : 1.0;
                    }
                    first = false;
                    acc = Arith.binary(name.equals("sum") ? "+" : "*", acc, deref(o));
                }
                return acc;
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
            case "any" -> {
                for (Object o : all) {
                    if (Values.truthy(in.call(args[0], new Object[] {o}, at), 0, 0)) {
                        return true;
                    }
                }
                return false;
            }
            case "all" -> {
                for (Object o : all) {
                    if (!Values.truthy(in.call(args[0], new Object[] {o}, at), 0, 0)) {
                        return false;
                    }
                }
                return true;
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
            default -> throw new RPanic("no method named `" + name + "` found for iterator");
        }
    }

    private static Object deref(Object o) {
        while (o instanceof Derefable d) {
            o = d.get();
        }
        return o;
    }

    /** {@code collect()}: a Vec unless the turbofish (or the let annotation, via {@link #convert}) says otherwise. */
    static Object collect(Interp in, List<Object> all, String target) {
        return convert(in, new RVec(all), target == null ? "Vec" : target);
    }

    /** Converts a value to an annotated type where it matters: Vec to String/HashMap, Result of Vec... */
    public static Object convert(Interp in, Object v, String type) {
        if (type == null) {
            return v;
        }
        IntTy it = IntTy.parse(type);
        if (it != null) {
            return v instanceof RInt r ? r.as(it) : v;
        }
        if (!(v instanceof RVec vec)) {
            return v;
        }
        switch (type) {
            case "String" -> {
                StringBuilder b = new StringBuilder();
                for (Object o : vec.items) {
                    b.append(in.display(o));
                }
                return new RStr(b.toString());
            }
            case "HashMap", "BTreeMap" -> {
                RMap m = new RMap(type.equals("BTreeMap"));
                for (Object o : vec.items) {
                    if (o instanceof RTuple t && t.items().length == 2) {
                        m.map.put(t.items()[0], t.items()[1]);
                    }
                }
                return m;
            }
            case "HashSet", "BTreeSet" -> {
                RMap m = new RMap(type.equals("BTreeSet"));
                for (Object o : vec.items) {
                    m.map.put(o, Unit.UNIT);
                }
                return new RSet(m);
            }
            case "Result", "Option" -> {
                List<Object> out = new ArrayList<>();
                for (Object o : vec.items) {
                    if (o instanceof REnum e && (e.is("Err") || e.is("None"))) {
                        return e;
                    }
                    out.add(o instanceof REnum e ? e.fields[0] : o);
                }
                return type.equals("Result") ? REnum.ok(new RVec(out)) : REnum.some(new RVec(out));
            }
            default -> {
                return v;
            }
        }
    }

    /** A HashSet: a map to unit, printed as {@code {a, b}}. */
    public record RSet(RMap m) implements Methods.HasMethods, Fmt.Displayable, Iterable<Object> {
        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            return switch (name) {
                case "insert" -> m.map.put(Methods.arg(args, 0), Unit.UNIT) == null;
                case "contains" -> m.map.containsKey(Methods.arg(args, 0));
                case "remove" -> m.map.remove(Methods.arg(args, 0)) != null;
                case "len" -> Methods.usize(m.map.size());
                case "is_empty" -> m.map.isEmpty();
                case "iter", "into_iter", "drain" -> {
                    RIter r = RIter.over(new ArrayList<>(m.map.keySet()).iterator());
                    if (name.equals("drain")) {
                        m.map.clear();
                    }
                    yield r;
                }
                case "union", "intersection", "difference", "symmetric_difference" -> RIter.over(combine(name, other(args)).iterator());
                case "is_subset" -> other(args).m.map.keySet().containsAll(m.map.keySet());
                case "is_superset" -> m.map.keySet().containsAll(other(args).m.map.keySet());
                case "is_disjoint" -> combine("intersection", other(args)).isEmpty();
                case "clear" -> {
                    m.map.clear();
                    yield Unit.UNIT;
                }
                case "extend" -> {
                    for (Object o : Iters.drain(in, args[0])) {
                        m.map.put(o, Unit.UNIT);
                    }
                    yield Unit.UNIT;
                }
                case "retain" -> {
                    m.map.keySet().removeIf(k -> !Values.truthy(in.call(args[0], new Object[] {k}, at), 0, 0));
                    yield Unit.UNIT;
                }
                case "get" -> {
                    Object k = Methods.arg(args, 0);
                    yield m.map.containsKey(k) ? REnum.some(k) : REnum.NONE;
                }
                case "take" -> {
                    Object k = Methods.arg(args, 0);
                    yield m.map.remove(k) != null ? REnum.some(k) : REnum.NONE;
                }
                case "first", "last" -> {
                    List<Object> keys = new ArrayList<>(m.map.keySet());
                    yield keys.isEmpty() ? REnum.NONE : REnum.some(keys.get(name.equals("first") ? 0 : keys.size() - 1));
                }
                default -> Methods.NO_SUCH;
            };
        }

        private static RSet other(Object[] args) {
            return (RSet) Methods.arg(args, 0);
        }

        /** The elements of a set operation, in this set's order then the other's (as Rust's iterators visit them). */
        private List<Object> combine(String op, RSet o) {
            List<Object> out = new ArrayList<>();
            for (Object k : m.map.keySet()) {
                boolean inOther = o.m.map.containsKey(k);
                if (op.equals("union") || op.equals("intersection") == inOther && !op.equals("union")) {
                    out.add(k);
                }
            }
            if (op.equals("union") || op.equals("symmetric_difference")) {
                for (Object k : o.m.map.keySet()) {
                    if (!m.map.containsKey(k)) {
                        out.add(k);
                    }
                }
            }
            if (m.sorted && (op.equals("union") || op.equals("symmetric_difference"))) {
                out.sort(Values::compare);
            }
            return out;
        }

        @Override
        public java.util.Iterator<Object> iterator() {
            return new ArrayList<>(m.map.keySet()).iterator();
        }

        @Override
        public String display() {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Object k : m.map.keySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Fmt.debug(k, false));
            }
            return b.append('}').toString();
        }
    }
}
