package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RMap;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RRange;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.Unit;
import asyncscope.lessons.rustlite.value.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Methods of {@code Vec}/{@code VecDeque}/slices and {@code HashMap}/{@code BTreeMap} (with the entry API). */
final class CollectionMethods {
    private CollectionMethods() {}

    static void checkIndex(List<Object> l, long i) {
        if (i < 0 || i >= l.size()) {
            throw new RPanic("index out of bounds: the len is " + l.size() + " but the index is " + (i < 0 ? Long.toUnsignedString(i) : i));
        }
    }

    /** The length N of a {@code [T; N]} a call converts to (its turbofish {@code [N]}, from the checker), or -1. */
    private static long turbofishLen(Insn at) {
        if (at != null && at.o instanceof asyncscope.lessons.rustlite.compile.MethodRef m && m.turbofish() != null
                && m.turbofish().matches("\\[\\d+\\]")) {
            return Long.parseLong(m.turbofish().substring(1, m.turbofish().length() - 1));
        }
        return -1;
    }

    static Object vecMethod(Interp in, RVec v, String name, Object[] args, Insn at) {
        List<Object> l = v.items;
        Object slice = SliceMethods.call(in, v, name, args, at);
        if (slice != Methods.NO_SUCH) {
            return slice;
        }
        switch (name) {
            case "len" -> {
                return Methods.usize(l.size());
            }
            case "is_empty" -> {
                return l.isEmpty();
            }
            case "push", "push_back" -> {
                l.add(args[0]);
                return Unit.UNIT;
            }
            case "push_front" -> {
                l.add(0, args[0]);
                return Unit.UNIT;
            }
            case "pop", "pop_back" -> {
                return l.isEmpty() ? REnum.NONE : REnum.some(l.remove(l.size() - 1));
            }
            case "pop_front" -> {
                return l.isEmpty() ? REnum.NONE : REnum.some(l.remove(0));
            }
            case "first", "front" -> {
                return l.isEmpty() ? REnum.NONE : REnum.some(l.get(0));
            }
            case "last", "back" -> {
                return l.isEmpty() ? REnum.NONE : REnum.some(l.get(l.size() - 1));
            }
            case "get" -> {
                Object k = Methods.arg(args, 0);
                if (k instanceof RRange r) {
                    long lo = r.lo() == null ? 0 : r.lo().v;
                    long hi = r.hi() == null ? l.size() : r.hi().v + (r.inclusive() ? 1 : 0);
                    return lo <= hi && hi <= l.size() ? REnum.some(new RVec(new ArrayList<>(l.subList((int) lo, (int) hi)))) : REnum.NONE;
                }
                long i = ((RInt) k).v;
                return i >= 0 && i < l.size() ? REnum.some(l.get((int) i)) : REnum.NONE;
            }
            case "get_mut" -> {
                long i = Methods.intArg(args, 0).v;
                return i >= 0 && i < l.size() ? REnum.some(new Methods.Slot(l, (int) i, null, null)) : REnum.NONE;
            }
            case "insert" -> {
                long i = Methods.intArg(args, 0).v;
                if (i > l.size()) {
                    throw new RPanic("insertion index (is " + i + ") should be <= len (is " + l.size() + ")");
                }
                l.add((int) i, args[1]);
                return Unit.UNIT;
            }
            case "remove" -> {
                long i = Methods.intArg(args, 0).v;
                if (i < 0 || i >= l.size()) {
                    throw new RPanic("removal index (is " + i + ") should be < len (is " + l.size() + ")");
                }
                return l.remove((int) i);
            }
            case "swap_remove" -> {
                long i = Methods.intArg(args, 0).v;
                checkIndex(l, i);
                Object x = l.get((int) i);
                l.set((int) i, l.get(l.size() - 1));
                l.remove(l.size() - 1);
                return x;
            }
            case "swap" -> {
                int a = (int) Methods.intArg(args, 0).v;
                int b = (int) Methods.intArg(args, 1).v;
                checkIndex(l, a);
                checkIndex(l, b);
                Object x = l.get(a);
                l.set(a, l.get(b));
                l.set(b, x);
                return Unit.UNIT;
            }
            case "contains" -> {
                Object x = Methods.arg(args, 0);
                for (Object o : l) {
                    if (Values.eq(o, x)) {
                        return true;
                    }
                }
                return false;
            }
            case "clear" -> {
                for (Object o : l) {
                    in.drop(o);
                }
                l.clear();
                return Unit.UNIT;
            }
            case "as_slices", "as_mut_slices" -> {
                // a VecDeque's two halves: where std's ring buffer splits is its own affair; here all is in the first
                return new asyncscope.lessons.rustlite.value.RTuple(new Object[] {v, new RVec()});
            }
            case "try_into" -> {
                // Vec -> [T; N]: Err gives the Vec back when its length is not N
                if (turbofishLen(at) >= 0 && turbofishLen(at) != l.size()) {
                    return REnum.err(v);
                }
                return REnum.ok(new RVec(new ArrayList<>(l)));
            }
            case "split_off" -> {
                long at0 = Methods.intArg(args, 0).v;
                if (at0 < 0 || at0 > l.size()) {
                    throw new RPanic("`at` split index (is " + at0 + ") should be <= len (is " + l.size() + ")");
                }
                List<Object> tail = new ArrayList<>(l.subList((int) at0, l.size()));
                l.subList((int) at0, l.size()).clear();
                return new RVec(tail);
            }
            case "truncate" -> {
                int n = (int) Methods.intArg(args, 0).v;
                while (l.size() > n) {
                    in.drop(l.remove(l.size() - 1));
                }
                return Unit.UNIT;
            }
            case "iter", "into_iter", "drain" -> {
                if (name.equals("drain")) {
                    // drain(range) removes that part (checked as slicing is); drain(..) everything
                    int[] b = args.length > 0 && Methods.arg(args, 0) instanceof RRange r ? Methods.sliceRange(r, l.size()) : new int[] {0, l.size()};
                    List<Object> part = l.subList(b[0], b[1]);
                    List<Object> copy = new ArrayList<>(part);
                    part.clear();
                    return RIter.over(copy.iterator());
                }
                return RIter.over(new ArrayList<>(l).iterator());
            }
            case "iter_mut" -> {
                List<Object> slots = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    slots.add(new Methods.Slot(l, i, null, null));
                }
                return RIter.over(slots.iterator());
            }
            case "extend", "extend_from_slice", "append" -> {
                List<Object> more = Iters.drain(in, Methods.arg(args, 0));
                for (Object o : more) {
                    l.add(name.equals("extend_from_slice") ? Methods.cloneValue(o) : o);
                }
                if (name.equals("append") && args[0] instanceof RVec other) {
                    other.items.clear();
                }
                return Unit.UNIT;
            }
            case "sort", "sort_unstable" -> {
                l.sort(Values::compare);
                return Unit.UNIT;
            }
            case "sort_by", "sort_unstable_by" -> {
                Object f = args[0];
                l.sort((a, b) -> ordering(in.call(f, new Object[] {a, b}, at)));
                return Unit.UNIT;
            }
            case "sort_by_key", "sort_unstable_by_key" -> {
                Object f = args[0];
                l.sort(Comparator.comparing(a -> in.call(f, new Object[] {a}, at), Values::compare));
                return Unit.UNIT;
            }
            case "reverse" -> {
                java.util.Collections.reverse(l);
                return Unit.UNIT;
            }
            case "dedup" -> {
                for (int i = l.size() - 1; i > 0; i--) {
                    if (Values.eq(l.get(i), l.get(i - 1))) {
                        l.remove(i);
                    }
                }
                return Unit.UNIT;
            }
            case "retain" -> {
                Object f = args[0];
                l.removeIf(o -> !Values.truthy(in.call(f, new Object[] {o}, at), 0, 0));
                return Unit.UNIT;
            }
            case "join", "concat" -> {
                if (!l.isEmpty() && Values.unwrapArc(Interp.deref(l.get(0))) instanceof RVec) {
                    // slices of slices: `[[1, 2], [3]].concat()`, `rows.join(&0)` / `join(&[0, 0][..])`
                    Object sep = name.equals("join") ? Methods.arg(args, 0) : null;
                    List<Object> out = new ArrayList<>();
                    for (int i = 0; i < l.size(); i++) {
                        if (i > 0 && sep != null) {
                            if (sep instanceof RVec sv) {
                                out.addAll(sv.items);
                            } else {
                                out.add(sep);
                            }
                        }
                        out.addAll(((RVec) Values.unwrapArc(Interp.deref(l.get(i)))).items);
                    }
                    return new RVec(out);
                }
                String sep = name.equals("join") ? Methods.str(Methods.arg(args, 0)) : "";
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        b.append(sep);
                    }
                    b.append(in.display(l.get(i)));
                }
                return new RStr(b.toString());
            }
            case "to_vec", "into_vec" -> {
                return Methods.cloneValue(v);
            }
            case "capacity" -> {
                return Methods.usize(l.size());
            }
            case "windows", "chunks" -> {
                int n = (int) Methods.intArg(args, 0).v;
                if (n == 0) {
                    throw new RPanic(name.equals("windows") ? "window size must be non-zero" : "chunk size must be non-zero");
                }
                List<Object> out = new ArrayList<>();
                if (name.equals("windows")) {
                    for (int i = 0; i + n <= l.size(); i++) {
                        out.add(new RVec(new ArrayList<>(l.subList(i, i + n))));
                    }
                } else {
                    for (int i = 0; i < l.size(); i += n) {
                        out.add(new RVec(new ArrayList<>(l.subList(i, Math.min(l.size(), i + n)))));
                    }
                }
                return RIter.over(out.iterator());
            }
            default -> {
                return IterMethods.iterMethod(in, RIter.over(new ArrayList<>(l).iterator()), name, null, args, at);
            }
        }
    }

    static int ordering(Object o) {
        if (o instanceof REnum e && e.type.equals("Ordering")) {
            return e.is("Less") ? -1 : e.is("Greater") ? 1 : 0;
        }
        throw new RPanic("expected an `Ordering`, found " + Fmt.debug(o, false));
    }

    static Object mapMethod(Interp in, RMap m, String name, Object[] args, Insn at) {
        Map<Object, Object> map = m.map;
        Object more = MapMethods.call(in, m, name, args, at);
        if (more != Methods.NO_SUCH) {
            return more;
        }
        switch (name) {
            case "insert" -> {
                Object old = map.put(Methods.arg(args, 0), args.length > 1 ? args[1] : Unit.UNIT);
                if (args.length == 1) {
                    return old == null;
                }
                return REnum.option(old);
            }
            case "get" -> {
                return REnum.option(map.get(Methods.arg(args, 0)));
            }
            case "get_mut" -> {
                Object k = Methods.arg(args, 0);
                return map.containsKey(k) ? REnum.some(new Methods.Slot(null, 0, map, k)) : REnum.NONE;
            }
            case "contains_key", "contains" -> {
                return map.containsKey(Methods.arg(args, 0));
            }
            case "remove" -> {
                Object old = map.remove(Methods.arg(args, 0));
                return args.length > 0 && old == Unit.UNIT ? Boolean.TRUE : REnum.option(old);
            }
            case "len" -> {
                return Methods.usize(map.size());
            }
            case "is_empty" -> {
                return map.isEmpty();
            }
            case "clear" -> {
                map.clear();
                return Unit.UNIT;
            }
            case "keys", "into_keys" -> {
                return RIter.over(new ArrayList<>(map.keySet()).iterator());
            }
            case "values", "into_values", "values_mut" -> {
                if (name.equals("values_mut")) {
                    List<Object> slots = new ArrayList<>();
                    for (Object k : map.keySet()) {
                        slots.add(new Methods.Slot(null, 0, map, k));
                    }
                    return RIter.over(slots.iterator());
                }
                return RIter.over(new ArrayList<>(map.values()).iterator());
            }
            case "iter", "into_iter", "drain" -> {
                RIter it = Iters.of(in, m);
                if (name.equals("drain")) {
                    map.clear();
                }
                return it;
            }
            case "entry" -> {
                Object k = Methods.arg(args, 0);
                return new Entry(map, k);
            }
            default -> {
                return IterMethods.iterMethod(in, Iters.of(in, m), name, null, args, at);
            }
        }
    }

    /** {@code map.entry(k)}: {@code or_insert(v)} / {@code or_insert_with(f)} / {@code or_default()} give a place. */
    record Entry(Map<Object, Object> map, Object key) implements Methods.HasMethods {
        @Override
        public Object call(Interp in, String name, Object[] args, Insn at) {
            switch (name) {
                case "or_insert" -> map.putIfAbsent(key, args[0]);
                case "or_insert_with" -> {
                    if (!map.containsKey(key)) {
                        map.put(key, in.call(args[0], new Object[0], at));
                    }
                }
                case "or_default" -> map.putIfAbsent(key, RInt.lit(0));
                case "and_modify" -> {
                    if (map.containsKey(key)) {
                        in.call(args[0], new Object[] {new Methods.Slot(null, 0, map, key)}, at);
                    }
                    return this;
                }
                default -> {
                    return Methods.NO_SUCH;
                }
            }
            return new Methods.Slot(null, 0, map, key);
        }
    }
}
