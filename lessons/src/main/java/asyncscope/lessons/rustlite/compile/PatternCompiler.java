package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.ast.Pat;
import asyncscope.lessons.rustlite.ast.Pos;
import asyncscope.lessons.rustlite.interp.Native;
import asyncscope.lessons.rustlite.parse.Parser;
import asyncscope.lessons.rustlite.prelude.Prelude;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.RChar;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.TypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles patterns ({@code let}, {@code match}, {@code if let}, {@code for}, select! branches) to {@link CPat}s:
 * bindings get local slots, literals and constants become run-time values, enum variants are checked to exist.
 */
final class PatternCompiler {
    private final Compiler comp;

    PatternCompiler(Compiler c) {
        this.comp = c;
    }

    CPat pattern(FnCtx cx, Pat p, Map<String, Integer> binds, IntTy intTy) {
        if (p instanceof Pat.Wild w) {
            return new CPat.Wild();
        } else if (p instanceof Pat.Rest r) {
            return new CPat.Wild();
        } else if (p instanceof Pat.Bind b) {
            Integer slot = binds.get(b.name());
            if (slot == null) {
                slot = cx.newSlot();
                binds.put(b.name(), slot);
            }
            CPat sub = b.sub() == null ? null : pattern(cx, b.sub(), binds, intTy);
            return new CPat.Bind(slot, sub, intTy);
        } else if (p instanceof Pat.Lit l) {
            return new CPat.Lit(litValue(l.value()));
        } else if (p instanceof Pat.Range r) {
            return new CPat.Range(litValue(r.lo()), litValue(r.hi()), r.inclusive());
        } else if (p instanceof Pat.Ref r) {
            return pattern(cx, r.inner(), binds, intTy);
        } else if (p instanceof Pat.Tuple t) {
            List<CPat> items = new ArrayList<>();
            int rest = -1;
            for (int i = 0; i < t.items().size(); i++) {
                if (t.items().get(i) instanceof Pat.Rest) {
                    rest = i;
                }
                items.add(pattern(cx, t.items().get(i), binds, null));
            }
            return new CPat.Tuple(items, rest);
        } else if (p instanceof Pat.Slice s) {
            List<CPat> items = new ArrayList<>();
            int rest = -1;
            for (int i = 0; i < s.items().size(); i++) {
                Pat q = s.items().get(i);
                if (q instanceof Pat.Rest || q instanceof Pat.Bind b && b.sub() instanceof Pat.Rest) {
                    rest = i;
                }
                items.add(pattern(cx, q, binds, null));
            }
            return new CPat.Slice(items, rest);
        } else if (p instanceof Pat.Or o) {
            List<CPat> alts = new ArrayList<>();
            for (Pat a : o.alts()) {
                alts.add(pattern(cx, a, binds, intTy));
            }
            return new CPat.Or(alts);
        } else if (p instanceof Pat.Variant v) {
            List<String> path = comp.expandPath(v.path());
            String last = path.get(path.size() - 1);
            String type = path.size() >= 2 ? path.get(path.size() - 2) : null;
            if (path.size() == 1) {
                Item.Const c = comp.consts.get(last);
                if (c != null && !v.hasParens()) {
                    return new CPat.Lit(comp.constValue(c));
                }
            }
            if (type != null && type.equals("Self")) {
                type = cx.selfType;
            }
            if (last.equals("Reverse") && v.items().size() == 1 && !comp.types.containsKey("Reverse")
                    && (type == null || type.equals("cmp"))) { // std::cmp::Reverse(x)
                return new CPat.Variant(null, last, List.of(pattern(cx, v.items().get(0), binds, null)));
            }
            if (!knownVariant(type, last, v.hasParens() ? v.items().size() : 0, v.pos())) {
                return new CPat.Wild();
            }
            List<CPat> items = new ArrayList<>();
            int rest = -1;
            for (Pat q : v.items()) {
                if (q instanceof Pat.Rest) {
                    rest = items.size();
                }
                items.add(pattern(cx, q, binds, null));
            }
            return new CPat.Variant(type, last, items, rest);
        } else if (p instanceof Pat.Struct s) {
            List<String> path = comp.expandPath(s.path());
            String last = path.get(path.size() - 1);
            String type = path.size() >= 2 ? path.get(path.size() - 2) : null;
            if ("Self".equals(last)) {
                last = cx.selfType;
            }
            if (type != null && type.equals("Self")) {
                type = cx.selfType;
            }
            if (type == null && !comp.types.containsKey(last)) {
                comp.error(s.pos(), "cannot find struct `" + last + "` in this scope");
            }
            List<String> names = new ArrayList<>();
            List<CPat> pats = new ArrayList<>();
            for (Pat.FieldPat fp : s.fields()) {
                names.add(fp.name());
                pats.add(pattern(cx, fp.pat(), binds, null));
            }
            return new CPat.Struct(type == null ? last : type, type == null ? null : last, names, pats);
        }
        throw new IllegalStateException("unknown pattern " + p);
    }


    private boolean knownVariant(String type, String variant, int arity, Pos pos) {
        if (type == null || type.equals("Option") || type.equals("Result")) {
            switch (variant) {
                case "Some", "Ok", "Err":
                    if (arity != 1) {
                        comp.error(pos, "this pattern has " + arity + " fields, but the corresponding tuple variant `" + variant + "` has 1 field");
                        return false;
                    }
                    return true;
                case "None":
                    return true;
                default:
                    break;
            }
            if (type == null) {
                TypeInfo ti = comp.types.get(variant);
                if (ti != null && ti.tuple) {
                    return true;
                }
                for (Item.Enum e : comp.enums.values()) {
                    for (Item.Variant v : e.variants()) {
                        if (v.name().equals(variant) && comp.imports.containsKey(variant)) {
                            return true;
                        }
                    }
                }
                comp.error(pos, "cannot find tuple struct or unit variant `" + variant + "` in this scope");
                return false;
            }
        }
        Item.Enum e = comp.enums.get(type);
        if (e == null) {
            if (Prelude.isBuiltinEnum(type)) {
                return true;
            }
            comp.error(pos, "failed to resolve: use of undeclared type `" + type + "`");
            return false;
        }
        for (Item.Variant v : e.variants()) {
            if (v.name().equals(variant)) {
                return true;
            }
        }
        comp.error(pos, "no variant named `" + variant + "` found for enum `" + type + "`");
        return false;
    }

    private Object litValue(Object v) {
        if (v instanceof Parser.PathConst pc) {
            if (pc.path().size() == 1 && comp.consts.containsKey(pc.path().get(0))) {
                return comp.constValue(comp.consts.get(pc.path().get(0)));
            }
            Object c = Prelude.lookup(comp.expandPath(pc.path()));
            if (c == null || c instanceof Native) {
                comp.error(new Pos(1, 1), "cannot find constant `" + String.join("::", pc.path()) + "` in this scope");
                return RInt.lit(0);
            }
            return c;
        }
        if (v instanceof Long l) {
            return RInt.lit(l);
        }
        if (v instanceof String s) {
            return new RStr(s);
        }
        if (v instanceof Parser.CharLit c) {
            return new RChar(c.text().codePointAt(0));
        }
        return v;
    }
}
