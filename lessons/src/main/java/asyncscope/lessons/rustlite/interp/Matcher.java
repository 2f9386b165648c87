package asyncscope.lessons.rustlite.interp;

import asyncscope.lessons.rustlite.compile.CPat;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RStruct;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.Values;
import java.util.ArrayList;
import java.util.List;

/** Matches a value against a compiled pattern, writing bindings into the frame's local slots. */
public final class Matcher {
    private Matcher() {}

    public static boolean match(CPat p, Object v, Object[] locals) {
        while (v instanceof Derefable d && !(p instanceof CPat.Bind) && !(p instanceof CPat.Wild)) {
            v = d.get();
        }
        Object u = Values.unwrapArc(v);
        if (p instanceof CPat.Wild w) {
            return true;
        } else if (p instanceof CPat.Bind b) {
            if (b.sub() != null && !match(b.sub(), v, locals)) {
                return false;
            }
            locals[b.slot()] = b.intTy() != null && v instanceof RInt r ? r.as(b.intTy()) : v;
            return true;
        } else if (p instanceof CPat.Lit l) {
            return Values.eq(l.value(), u);
        } else if (p instanceof CPat.Range r) {
            return Values.compare(u, r.lo()) >= 0 && (r.inclusive() ? Values.compare(u, r.hi()) <= 0 : Values.compare(u, r.hi()) < 0);
        } else if (p instanceof CPat.Or o) {
            for (CPat a : o.alts()) {
                if (match(a, v, locals)) {
                    return true;
                }
            }
            return false;
        } else if (p instanceof CPat.Tuple t) {
            if (!(u instanceof RTuple tup)) {
                return t.items().isEmpty() && u instanceof asyncscope.lessons.rustlite.value.Unit;
            }
            return seq(t.items(), t.rest(), List.of(tup.items()), locals);
        } else if (p instanceof CPat.Slice s) {
            if (!(u instanceof RVec vec)) {
                return false;
            }
            return seq(s.items(), s.rest(), vec.items, locals);
        } else if (p instanceof CPat.Variant vp) {
            if (u instanceof REnum e) {
                if (!e.variant.equals(vp.variant()) || vp.type() != null && !typeMatches(vp.type(), e.type)) {
                    return false;
                }
                if (vp.rest() >= 0) {
                    return seq(vp.items(), vp.rest(), List.of(e.fields), locals);
                }
                if (vp.items().size() != e.fields.length) {
                    return vp.items().isEmpty();
                }
                for (int i = 0; i < e.fields.length; i++) {
                    if (!match(vp.items().get(i), e.fields[i], locals)) {
                        return false;
                    }
                }
                return true;
            }
            if (u instanceof asyncscope.lessons.rustlite.value.RReverse r && vp.variant().equals("Reverse") && vp.items().size() == 1) {
                return match(vp.items().get(0), r.inner(), locals);
            }
            if (u instanceof RStruct s && s.info.name.equals(vp.variant()) && vp.rest() >= 0) {
                return seq(vp.items(), vp.rest(), List.of(s.fields), locals);
            }
            if (u instanceof RStruct s && s.info.name.equals(vp.variant())) {
                for (int i = 0; i < vp.items().size() && i < s.fields.length; i++) {
                    if (!match(vp.items().get(i), s.fields[i], locals)) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        } else if (p instanceof CPat.Struct sp) {
            if (sp.variant() != null) {
                if (!(u instanceof REnum e) || !e.variant.equals(sp.variant()) || e.fieldNames == null) {
                    return false;
                }
                for (int i = 0; i < sp.names().size(); i++) {
                    int k = e.fieldNames.indexOf(sp.names().get(i));
                    if (k < 0 || !match(sp.pats().get(i), e.fields[k], locals)) {
                        return false;
                    }
                }
                return true;
            }
            if (!(u instanceof RStruct s) || !s.info.name.equals(sp.type())) {
                return false;
            }
            for (int i = 0; i < sp.names().size(); i++) {
                int k = s.index(sp.names().get(i));
                if (k < 0 || !match(sp.pats().get(i), s.fields[k], locals)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean typeMatches(String want, String have) {
        return want.equals(have) || want.equals("Option") || want.equals("Result") || have.equals(want);
    }

    private static boolean seq(List<CPat> pats, int rest, List<Object> vals, Object[] locals) {
        if (rest < 0) {
            if (pats.size() != vals.size()) {
                return false;
            }
            for (int i = 0; i < pats.size(); i++) {
                if (!match(pats.get(i), vals.get(i), locals)) {
                    return false;
                }
            }
            return true;
        }
        int after = pats.size() - rest - 1;
        if (vals.size() < rest + after) {
            return false;
        }
        for (int i = 0; i < rest; i++) {
            if (!match(pats.get(i), vals.get(i), locals)) {
                return false;
            }
        }
        for (int i = 0; i < after; i++) {
            if (!match(pats.get(rest + 1 + i), vals.get(vals.size() - after + i), locals)) {
                return false;
            }
        }
        CPat restPat = pats.get(rest);
        if (restPat instanceof CPat.Bind b) {
            locals[b.slot()] = new RVec(new ArrayList<>(vals.subList(rest, vals.size() - after)));
        }
        return true;
    }

    /** Used by select!: does the value match, without keeping bindings. */
    public static boolean test(CPat p, Object v, int nlocals) {
        return match(p, v, new Object[Math.max(1, nlocals)]);
    }

}
