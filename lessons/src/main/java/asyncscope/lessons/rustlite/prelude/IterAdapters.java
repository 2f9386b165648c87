package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Derefable;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Iterator}'s lazy adapters: each wraps the iterator it is called on and runs nothing until an item is
 * asked for ({@code map}, {@code filter}, {@code zip}, {@code take}, {@code scan}, {@code cycle}...), plus
 * {@code next}/{@code peek}. {@link IterMethods} dispatches here first, then to {@link IterConsumers}.
 */
final class IterAdapters {
    private IterAdapters() {}

    static boolean test(Interp in, Object f, Object v, Insn at) {
        return Values.truthy(in.call(f, new Object[] {v}, at), 0, 0);
    }

    /** The adapter {@code name} over {@code it}, or {@link Methods#NO_SUCH}. */
    static Object adapt(Interp in, RIter it, String name, Object[] args, Insn at) {
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
            case "scan" -> {
                Object[] state = {new MutPlace(args[0])};
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

}
