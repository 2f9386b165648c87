package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.RChar;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RMap;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RRange;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.REnum;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns iterable values (ranges, Vecs, maps, strings, iterators, Options) into {@link RIter}s for {@code for} and adapters. */
public final class Iters {
    private Iters() {}

    public static RIter of(Interp in, Object v) {
        if (v instanceof RIter it) {
            return it;
        }
        if (v instanceof RRange r) {
            return range(r);
        }
        if (v instanceof RVec vec) {
            return RIter.over(new ArrayList<>(vec.items).iterator());
        }
        if (v instanceof RMap m) {
            List<Object> pairs = new ArrayList<>();
            for (Map.Entry<Object, Object> e : m.map.entrySet()) {
                pairs.add(new RTuple(new Object[] {e.getKey(), e.getValue()}));
            }
            return RIter.over(pairs.iterator());
        }
        if (v instanceof REnum e && e.type.equals("Option")) {
            return RIter.over(e.is("Some") ? List.of(e.fields[0]).iterator() : List.of().iterator());
        }
        if (v instanceof Iterable<?> it) {
            return RIter.over(it.iterator());
        }
        String user = asyncscope.lessons.rustlite.interp.Traits.userType(v);
        if (user != null && in.program.functions().containsKey(user + "::next")) {
            return userIterator(in, v);
        }
        throw new RPanic("`" + Fmt.debug(v, false) + "` is not an iterator");
    }

    /** A value of a type with a user {@code impl Iterator}: each step calls its {@code next}. */
    static RIter userIterator(Interp in, Object v) {
        return new RIter() {
            @Override
            protected Object advance() {
                Object r = Interp.deref(in.callMethod(v, "next", null, new Object[0], null));
                if (r instanceof REnum e && e.type.equals("Option")) {
                    return e.is("Some") ? e.fields[0] : null;
                }
                throw new RPanic("`next` returned " + Fmt.debug(r, false) + ", not an `Option`");
            }
        };
    }

    public static RIter range(RRange r) {
        if (r.lo() == null) {
            throw new RPanic("cannot iterate over a range without a start");
        }
        RInt lo = r.lo();
        RInt hi = r.hi();
        var ty = hi != null && lo.inferred ? hi.ty : lo.ty;
        boolean inf = lo.inferred && (hi == null || hi.inferred);
        // u64 and usize values from 2^63 up are negative longs: compare them unsigned (0..u64::MAX is not empty)
        boolean unsigned = !ty.signed && ty.bits == 64;
        long end = hi == null ? (unsigned ? -1L : Long.MAX_VALUE) : hi.v;
        boolean incl = r.inclusive();
        return new RIter() {
            long next = lo.v;
            boolean over;

            @Override
            protected Object advance() {
                int c = unsigned ? Long.compareUnsigned(next, end) : Long.compare(next, end);
                if (over || (incl ? c > 0 : c >= 0)) {
                    return null;
                }
                long v = next;
                if (v == end) {
                    over = true;
                } else {
                    next++;
                }
                return new RInt(v, ty, inf);
            }

            @Override
            protected long jump(long n) {
                int c = unsigned ? Long.compareUnsigned(next, end) : Long.compare(next, end);
                if (over || (incl ? c > 0 : c >= 0) || n == 0) {
                    return 0;
                }
                long left = end - next + (incl ? 1 : 0); // items left, unsigned (0 means all 2^64 of them)
                if (left != 0 && Long.compareUnsigned(n, left) >= 0) {
                    next = end;
                    over = true;
                    return left;
                }
                next += n;
                return n;
            }
        };
    }

    public static RIter chars(RStr s) {
        return new Chars(s.toString().codePoints().toArray());
    }

    /** {@code str::chars()}: also answers {@code as_str()}, the part not yet iterated. */
    static final class Chars extends RIter {
        private final int[] cps;
        private int i;

        Chars(int[] cps) {
            this.cps = cps;
        }

        @Override
        protected Object advance() {
            return i < cps.length ? new RChar(cps[i++]) : null;
        }

        String rest() {
            int from = hasPeekedItem() ? i - 1 : i;
            return new String(cps, from, cps.length - from);
        }
    }

    public static List<Object> drain(Interp in, Object v) {
        List<Object> out = new ArrayList<>();
        RIter it = of(in, v);
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }
}
