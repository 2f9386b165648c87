package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Derefable;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * More of {@code Iterator}'s methods: the lazy ones that stop early ({@code any}, {@code all}, {@code find},
 * {@code position}, {@code nth}, {@code find_map} — so they work on endless iterators such as {@code (1..)} or
 * {@code cycle()}), the stateful adapters ({@code scan}, {@code cycle}, {@code inspect}, {@code map_while}),
 * {@code peek}, and the splitting consumers ({@code partition}, {@code unzip}, {@code max_by}, {@code min_by}).
 */
final class IterAdapters {
    private IterAdapters() {}

    static boolean test(Interp in, Object f, Object v, Insn at) {
        return Values.truthy(in.call(f, new Object[] {v}, at), 0, 0);
    }

    static Object call(Interp in, RIter it, String name, Object[] args, Insn at) {
        switch (name) {
            case "as_str" -> {
                if (it instanceof Iters.Chars c) {
                    return new asyncscope.lessons.rustlite.value.RStr(c.rest());
                }
                return Methods.NO_SUCH;
            }
            case "peek" -> {
                Object v = it.peek();
                return v == null ? REnum.NONE : REnum.some(v);
            }
            case "any", "all" -> {
                boolean any = name.equals("any");
                while (it.hasNext()) {
                    if (test(in, args[0], it.next(), at) == any) {
                        return any;
                    }
                }
                return !any;
            }
            case "find" -> {
                while (it.hasNext()) {
                    Object v = it.next();
                    if (test(in, args[0], v, at)) {
                        return REnum.some(v);
                    }
                }
                return REnum.NONE;
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
            case "position" -> {
                long i = 0;
                while (it.hasNext()) {
                    if (test(in, args[0], it.next(), at)) {
                        return REnum.some(Methods.usize(i));
                    }
                    i++;
                }
                return REnum.NONE;
            }
            case "rposition" -> {
                List<Object> all = new ArrayList<>();
                while (it.hasNext()) {
                    all.add(it.next());
                }
                for (int i = all.size() - 1; i >= 0; i--) {
                    if (test(in, args[0], all.get(i), at)) {
                        return REnum.some(Methods.usize(i));
                    }
                }
                return REnum.NONE;
            }
            case "nth" -> {
                // skipItems jumps over a range instead of stepping through it ((0..u64::MAX).nth(1 << 40))
                it.skipItems(Methods.intArg(args, 0).v);
                return it.hasNext() ? REnum.some(it.next()) : REnum.NONE;
            }
            case "scan" -> {
                Object[] state = {new Place(args[0])};
                Object f = args[1];
                return new RIter() {
                    boolean over;

                    @Override
                    protected Object advance() {
                        if (over || !it.hasNext()) {
                            return null;
                        }
                        Object r = in.call(f, new Object[] {state[0], it.next()}, at);
                        if (r instanceof REnum e && e.is("Some")) {
                            return e.fields[0];
                        }
                        over = true;
                        return null;
                    }
                };
            }
            case "map_while" -> {
                Object f = args[0];
                return new RIter() {
                    boolean over;

                    @Override
                    protected Object advance() {
                        if (over || !it.hasNext()) {
                            return null;
                        }
                        Object r = in.call(f, new Object[] {it.next()}, at);
                        if (r instanceof REnum e && e.is("Some")) {
                            return e.fields[0];
                        }
                        over = true;
                        return null;
                    }
                };
            }
            case "inspect" -> {
                Object f = args[0];
                return new RIter() {
                    @Override
                    protected Object advance() {
                        if (!it.hasNext()) {
                            return null;
                        }
                        Object v = it.next();
                        in.call(f, new Object[] {v}, at);
                        return v;
                    }
                };
            }
            case "cycle" -> {
                List<Object> seen = new ArrayList<>();
                return new RIter() {
                    int i = -1;

                    @Override
                    protected Object advance() {
                        if (i < 0) {
                            if (it.hasNext()) {
                                Object v = it.next();
                                seen.add(v);
                                return v;
                            }
                            i = 0;
                        }
                        if (seen.isEmpty()) {
                            return null;
                        }
                        Object v = seen.get(i);
                        i = (i + 1) % seen.size();
                        return Methods.cloneValue(v);
                    }
                };
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
            default -> {
                return Methods.NO_SUCH;
            }
        }
    }

    static Object deref(Object o) {
        while (o instanceof Derefable d) {
            o = d.get();
        }
        return o;
    }

    /** The {@code &mut state} a {@code scan} closure receives. */
    static final class Place implements Derefable {
        Object value;

        Place(Object value) {
            this.value = value;
        }

        @Override
        public Object get() {
            return value;
        }

        @Override
        public void set(Object v) {
            value = v;
        }
    }
}
