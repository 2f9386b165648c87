package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
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

    /** Every iterator method goes through here: a lazy adapter, else a consumer, else rustc's E0599 as a panic. */
    static Object iterMethod(Interp in, RIter it, String name, String turbofish, Object[] args, Insn at) {
        Object r = IterAdapters.adapt(in, it, name, args, at);
        if (r == Methods.NO_SUCH) {
            r = IterConsumers.consume(in, it, name, turbofish, args, at);
        }
        if (r == Methods.NO_SUCH) {
            throw new RPanic("no method named `" + name + "` found for iterator");
        }
        return r;
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
            case "BinaryHeap" -> {
                return BinaryHeapPrelude.RHeap.of(vec.items);
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
    public record RSet(RMap m) implements Methods.HasMethods, Fmt.Displayable, Iterable<Object>,
            asyncscope.lessons.rustlite.interp.Owner {
        @Override
        public Iterable<Object> owned() {
            return new ArrayList<>(m.map.keySet());
        }

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
