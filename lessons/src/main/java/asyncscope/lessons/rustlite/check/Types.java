package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a written type ({@link TypeRef}) into a checker type: in the program (names resolve through the
 * program's items and imports; {@code _} is a fresh inference variable) and in the std model (names are the
 * model's). Generic parameters map to what the caller gives (fresh variables when a call is instantiated, or
 * {@link Ty.Param} inside the generic function itself). A name the checker does not know is {@link Ty#UNKNOWN}.
 */
final class Types {
    static final Set<String> PRIMS = Set.of("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128",
            "usize", "f32", "f64", "bool", "char", "str");

    private final Items items;
    private final StdModel std;
    private final Unifier u;

    Types(Items items, StdModel std, Unifier u) {
        this.items = items;
        this.std = std;
        this.u = u;
    }

    /** A type written in the program. */
    Ty user(TypeRef t, Map<String, Ty> generics, Ty self) {
        return convert(t, generics, self, true, 0);
    }

    /** A type written in the std model. */
    Ty model(TypeRef t, Map<String, Ty> generics, Ty self) {
        return convert(t, generics, self, false, 0);
    }

    private Ty convert(TypeRef t, Map<String, Ty> generics, Ty self, boolean user, int depth) {
        if (t == null || depth > 40) {
            return Ty.UNKNOWN;
        }
        Ty base = convertReferent(t, generics, self, user, depth);
        return switch (t.ref()) {
            case TypeRef.SHARED -> new Ty.Ref(false, base);
            case TypeRef.MUT -> new Ty.Ref(true, base);
            default -> base;
        };
    }

    private List<Ty> all(List<TypeRef> ts, Map<String, Ty> generics, Ty self, boolean user, int depth) {
        List<Ty> out = new ArrayList<>();
        for (TypeRef a : ts) {
            out.add(convert(a, generics, self, user, depth + 1));
        }
        return out;
    }

    private Ty convertReferent(TypeRef t, Map<String, Ty> generics, Ty self, boolean user, int depth) {
        switch (t.form()) {
            case TypeRef.INFER_FORM:
                return user ? u.fresh() : Ty.UNKNOWN;
            case TypeRef.NEVER:
                return Ty.NEVER;
            case TypeRef.UNIT:
                return Ty.UNIT;
            case TypeRef.TUPLE:
                return new Ty.Tuple(all(t.args(), generics, self, user, depth));
            case TypeRef.ARRAY:
            case TypeRef.SLICE:
                return new Ty.Array(t.args().isEmpty() ? Ty.UNKNOWN : convert(t.args().get(0), generics, self, user, depth + 1),
                        t.form().equals(TypeRef.SLICE), -1);
            case TypeRef.FN:
                return fnType(t, generics, self, user, depth);
            case TypeRef.IMPL:
            case TypeRef.DYN:
                return bound(t, generics, self, user, depth);
            case TypeRef.FN_SUGAR:
                return Ty.UNKNOWN;
            default:
                break;
        }
        String name = t.name();
        if (t.path().equals("Self") || name.equals("Self") && !t.path().contains("::")) {
            return self == null ? Ty.UNKNOWN : self;
        }
        if (!t.path().contains("::")) {
            Ty g = generics.get(name);
            if (g != null) {
                return g;
            }
            if (PRIMS.contains(name) && (!user || !items.userTypes.containsKey(name))) {
                return new Ty.Prim(name);
            }
        }
        if (t.path().contains("::") && t.path().startsWith("Self::") || generics.containsKey(t.path().split("::")[0])) {
            return Ty.UNKNOWN; // an associated type
        }
        if (user) {
            List<String> full = items.expand(List.of(t.path().split("::")));
            String joined = String.join("::", full);
            if (joined.equals("std::fmt::Result") || joined.equals("core::fmt::Result")) {
                return new Ty.Adt(std.types.get("Result"), List.of(Ty.UNIT, Ty.UNKNOWN));
            }
            if (joined.equals("std::io::Result")) {
                return new Ty.Adt(std.types.get("Result"), List.of(t.args().isEmpty() ? Ty.UNKNOWN
                        : convert(t.args().get(0), generics, self, true, depth + 1), Ty.UNKNOWN));
            }
        }
        TypeDef def = user ? items.def(t) : std.types.get(name);
        if (def == null) {
            return Ty.UNKNOWN;
        }
        List<Ty> args = all(t.args(), generics, self, user, depth);
        if (def.user && args.size() != def.generics.size()) {
            return Ty.UNKNOWN;
        }
        while (args.size() < def.generics.size()) {
            args.add(user ? u.fresh() : Ty.UNKNOWN);
        }
        return new Ty.Adt(def, args);
    }

    private Ty fnType(TypeRef t, Map<String, Ty> generics, Ty self, boolean user, int depth) {
        if (t.args().size() != 2) {
            return Ty.UNKNOWN;
        }
        List<Ty> params = all(t.args().get(0).args(), generics, self, user, depth);
        return new Ty.FnTy(params, convert(t.args().get(1), generics, self, user, depth + 1), null);
    }

    /** {@code impl Trait} / {@code dyn Trait}: closures, futures and iterators are understood; other traits are unknown. */
    private Ty bound(TypeRef t, Map<String, Ty> generics, Ty self, boolean user, int depth) {
        switch (t.name()) {
            case "Fn", "FnMut", "FnOnce" -> {
                return fnType(t, generics, self, user, depth);
            }
            case "Future" -> {
                Ty out = t.args().isEmpty() ? Ty.UNKNOWN : convert(t.args().get(0), generics, self, user, depth + 1);
                return new Ty.Future(out, null, null);
            }
            case "Iterator" -> {
                Ty item = t.args().isEmpty() ? Ty.UNKNOWN : convert(t.args().get(0), generics, self, user, depth + 1);
                return new Ty.Adt(std.types.get("Iter"), List.of(item));
            }
            default -> {
                return Ty.UNKNOWN;
            }
        }
    }
}
