package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RMap;
import asyncscope.lessons.rustlite.value.RRange;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Map methods beyond the basics: {@code retain}, BTreeMap's ordered ones ({@code first_key_value},
 * {@code last_key_value}, {@code pop_first}, {@code pop_last}, {@code range}) and {@code get_key_value}.
 */
final class MapMethods {
    private MapMethods() {}

    private static Object entry(Map.Entry<Object, Object> e) {
        return e == null ? REnum.NONE : REnum.some(new RTuple(new Object[] {e.getKey(), e.getValue()}));
    }

    private static Map.Entry<Object, Object> end(RMap m, boolean first) {
        Map.Entry<Object, Object> found = null;
        for (Map.Entry<Object, Object> e : m.map.entrySet()) {
            if (first) {
                return e;
            }
            found = e;
        }
        return found;
    }

    static Object call(Interp in, RMap m, String name, Object[] args, Insn at) {
        switch (name) {
            case "retain" -> {
                m.map.entrySet().removeIf(e -> !Values.truthy(in.call(args[0], new Object[] {e.getKey(),
                    new Methods.Slot(null, 0, m.map, e.getKey())}, at), 0, 0));
                return asyncscope.lessons.rustlite.value.Unit.UNIT;
            }
            case "first_key_value", "last_key_value" -> {
                return entry(end(m, name.startsWith("first")));
            }
            case "pop_first", "pop_last" -> {
                Map.Entry<Object, Object> e = end(m, name.equals("pop_first"));
                if (e == null) {
                    return REnum.NONE;
                }
                Object r = entry(e);
                m.map.remove(e.getKey());
                return r;
            }
            case "get_key_value" -> {
                Object k = Methods.arg(args, 0);
                return m.map.containsKey(k) ? REnum.some(new RTuple(new Object[] {k, m.map.get(k)})) : REnum.NONE;
            }
            case "range" -> {
                Object ra = Methods.arg(args, 0);
                Object lo;
                Object hi;
                boolean incl;
                if (ra instanceof RRange r) {
                    lo = r.lo();
                    hi = r.hi();
                    incl = r.inclusive();
                } else if (ra instanceof KeyRange r) {
                    lo = r.lo();
                    hi = r.hi();
                    incl = r.inclusive();
                } else {
                    return Methods.NO_SUCH;
                }
                List<Object> out = new ArrayList<>();
                for (Map.Entry<Object, Object> e : m.map.entrySet()) {
                    Object k = e.getKey();
                    boolean above = lo == null || Values.compare(k, lo) >= 0;
                    boolean below = hi == null || (incl ? Values.compare(k, hi) <= 0 : Values.compare(k, hi) < 0);
                    if (above && below) {
                        out.add(new RTuple(new Object[] {k, e.getValue()}));
                    }
                }
                return RIter.over(out.iterator());
            }
            default -> {
                return Methods.NO_SUCH;
            }
        }
    }
}
