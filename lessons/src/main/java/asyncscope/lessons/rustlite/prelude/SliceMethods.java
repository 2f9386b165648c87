package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.Unit;
import asyncscope.lessons.rustlite.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Slice methods beyond the basics: binary search ({@code Ok(index)} or {@code Err(insertion point)}),
 * {@code split_at}, {@code rotate_left/right}, {@code fill}, {@code starts_with}/{@code ends_with},
 * {@code split_first}/{@code split_last} and {@code dedup_by_key}.
 */
final class SliceMethods {
    private SliceMethods() {}

    /** {@code slice.chunks_exact(n)}: the full chunks, and {@code remainder()}, the last {@code len % n} items. */
    static final class ChunksExact extends RIter implements Methods.HasMethods {
        private final java.util.Iterator<Object> chunks;
        private final RVec rest;

        ChunksExact(java.util.Iterator<Object> chunks, RVec rest) {
            this.chunks = chunks;
            this.rest = rest;
        }

        @Override
        protected Object advance() {
            return chunks.hasNext() ? chunks.next() : null;
        }

        @Override
        public Object call(asyncscope.lessons.rustlite.interp.Interp in, String name, Object[] args, Insn at) {
            return name.equals("remainder") ? rest : Methods.NO_SUCH;
        }
    }

    private static Object search(Interp in, List<Object> l, Insn at, java.util.function.Function<Object, Integer> cmp) {
        int lo = 0;
        int hi = l.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = cmp.apply(l.get(mid));
            if (c == 0) {
                return REnum.ok(Methods.usize(mid));
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return REnum.err(Methods.usize(lo));
    }

    static int ord(Object o) {
        REnum e = (REnum) IterAdapters.deref(o);
        return e.is("Less") ? -1 : e.is("Greater") ? 1 : 0;
    }

    static Object call(Interp in, RVec v, String name, Object[] args, Insn at) {
        List<Object> l = v.items;
        switch (name) {
            case "binary_search" -> {
                Object x = Methods.arg(args, 0);
                return search(in, l, at, e -> Values.compare(IterAdapters.deref(e), x));
            }
            case "binary_search_by" -> {
                return search(in, l, at, e -> ord(in.call(args[0], new Object[] {e}, at)));
            }
            case "binary_search_by_key" -> {
                Object key = Methods.arg(args, 0);
                return search(in, l, at, e -> Values.compare(in.call(args[1], new Object[] {e}, at), key));
            }
            case "first_mut", "last_mut" -> {
                if (l.isEmpty()) {
                    return REnum.NONE;
                }
                return REnum.some(new Methods.Slot(l, name.equals("first_mut") ? 0 : l.size() - 1, null, null));
            }
            case "rposition" -> {
                for (int i = l.size() - 1; i >= 0; i--) {
                    if (Values.truthy(in.call(args[0], new Object[] {l.get(i)}, at), 0, 0)) {
                        return REnum.some(Methods.usize(i));
                    }
                }
                return REnum.NONE;
            }
            case "chunks_exact", "rchunks" -> {
                int n = (int) Methods.intArg(args, 0).v;
                if (n <= 0) {
                    throw new RPanic("chunk size must be non-zero");
                }
                List<Object> out = new ArrayList<>();
                if (name.equals("chunks_exact")) {
                    for (int i = 0; i + n <= l.size(); i += n) {
                        out.add(new RVec(new ArrayList<>(l.subList(i, i + n))));
                    }
                } else {
                    for (int end = l.size(); end > 0; end -= n) {
                        out.add(new RVec(new ArrayList<>(l.subList(Math.max(0, end - n), end))));
                    }
                }
                if (name.equals("chunks_exact")) {
                    RVec rest = new RVec(new ArrayList<>(l.subList(l.size() - l.size() % n, l.size())));
                    return new ChunksExact(out.iterator(), rest);
                }
                return RIter.over(out.iterator());
            }
            case "split", "splitn" -> {
                if (name.equals("splitn") || args.length != 1) {
                    return Methods.NO_SUCH;
                }
                List<Object> out = new ArrayList<>();
                List<Object> cur = new ArrayList<>();
                for (Object o : l) {
                    if (Values.truthy(in.call(args[0], new Object[] {o}, at), 0, 0)) {
                        out.add(new RVec(cur));
                        cur = new ArrayList<>();
                    } else {
                        cur.add(o);
                    }
                }
                out.add(new RVec(cur));
                return RIter.over(out.iterator());
            }
            case "split_at" -> {
                long k = Methods.intArg(args, 0).v;
                if (k > l.size()) {
                    throw new RPanic("mid > len");
                }
                return new RTuple(new Object[] {new RVec(new ArrayList<>(l.subList(0, (int) k))),
                    new RVec(new ArrayList<>(l.subList((int) k, l.size())))});
            }
            case "split_first", "split_last" -> {
                if (l.isEmpty()) {
                    return REnum.NONE;
                }
                boolean first = name.equals("split_first");
                Object one = l.get(first ? 0 : l.size() - 1);
                RVec rest = new RVec(new ArrayList<>(first ? l.subList(1, l.size()) : l.subList(0, l.size() - 1)));
                return REnum.some(new RTuple(new Object[] {one, rest}));
            }
            case "rotate_left", "rotate_right" -> {
                if (!l.isEmpty()) {
                    int k = (int) (Methods.intArg(args, 0).v % l.size());
                    java.util.Collections.rotate(l, name.equals("rotate_left") ? -k : k);
                }
                return Unit.UNIT;
            }
            case "fill" -> {
                Object x = Methods.arg(args, 0);
                for (int i = 0; i < l.size(); i++) {
                    l.set(i, Methods.cloneValue(x));
                }
                return Unit.UNIT;
            }
            case "starts_with", "ends_with" -> {
                List<Object> p = ((RVec) Methods.arg(args, 0)).items;
                if (p.size() > l.size()) {
                    return false;
                }
                int off = name.equals("starts_with") ? 0 : l.size() - p.size();
                for (int i = 0; i < p.size(); i++) {
                    if (!Values.eq(l.get(off + i), p.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            case "dedup_by_key" -> {
                List<Object> out = new ArrayList<>();
                Object prev = null;
                for (Object o : l) {
                    Object k = in.call(args[0], new Object[] {o}, at);
                    if (out.isEmpty() || !Values.eq(k, prev)) {
                        out.add(o);
                    }
                    prev = k;
                }
                l.clear();
                l.addAll(out);
                return Unit.UNIT;
            }
            default -> {
                return Methods.NO_SUCH;
            }
        }
    }
}
