package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Pat;
import asyncscope.lessons.rustlite.ast.TypeRef;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the type pass inferred for the calls whose behaviour depends on their result type, handed to the compiler:
 * {@code s.parse()}, {@code n.try_into()}, {@code it.collect()}, {@code sum()}/{@code product()}, {@code .into()},
 * {@code unwrap_or_default()} and {@code entry(k).or_default()}. rustc infers those from how the result is used
 * later, not only from a {@code let} annotation; here they get the type the checker settled on. Only types known
 * all the way down are handed over (a hint never guesses).
 */
public final class TypeHints {
    public static final TypeHints NONE = new TypeHints(Map.of(), Set.of());

    private final Map<Expr, TypeRef> types;
    private final Set<Pat> ownedParams;

    private TypeHints(Map<Expr, TypeRef> types, Set<Pat> ownedParams) {
        this.types = types;
        this.ownedParams = ownedParams;
    }

    /** The inferred result type of a type-directed call, or null. */
    public TypeRef type(Expr e) {
        return types.get(e);
    }

    /**
     * Whether a closure parameter receives its argument by value, as a type that is not Copy ({@code opt.map(|rc| ..)},
     * {@code v.into_iter().for_each(|s| ..)}): the closure owns it and drops it when the call ends unless it moved
     * it on. A parameter whose type is a reference or not known is a borrow.
     */
    public boolean ownsParam(Pat p) {
        return ownedParams.contains(p);
    }

    /** The calls whose result type decides what they do at run time. */
    public static final Set<String> DIRECTED = Set.of("parse", "try_into", "collect", "sum", "product", "into",
            "unwrap_or_default", "or_default");

    static TypeHints of(Facts facts, Unifier u, Moves moves) {
        Map<Expr, TypeRef> out = new IdentityHashMap<>();
        Set<Pat> owned = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<Expr, Ty> e : facts.types.entrySet()) {
            if (e.getKey() instanceof Expr.Closure c) {
                for (Expr.Param p : c.params()) {
                    Local l = p.pat() instanceof Pat.Bind ? facts.bindings.get(p.pat()) : null;
                    if (l != null && !(u.resolve(l.ty) instanceof Ty.Ref) && Boolean.TRUE.equals(moves.moves(l.ty))) {
                        owned.add(p.pat());
                    }
                }
            }
        }
        for (Map.Entry<Expr, Ty> e : facts.types.entrySet()) {
            if (e.getKey() instanceof Expr.MethodCall m && DIRECTED.contains(m.name()) && m.turbofish() == null) {
                TypeRef t = typeRef(u.zonk(e.getValue()), 0);
                if (t != null) {
                    out.put(m, t);
                }
            }
        }
        return new TypeHints(out, owned);
    }

    /** The type as the compiler writes types, or null when any part of it is not known. */
    static TypeRef typeRef(Ty t, int depth) {
        if (depth > 20) {
            return null;
        }
        if (t instanceof Ty.Prim p) {
            return new TypeRef(p.name(), List.of());
        }
        if (t instanceof Ty.Ref r) {
            TypeRef in = typeRef(r.inner(), depth + 1);
            return in == null ? null : in.asRef(r.mutable());
        }
        if (t instanceof Ty.Tuple tu) {
            List<TypeRef> items = list(tu.items(), depth);
            return items == null ? null : items.isEmpty() ? TypeRef.of("()", List.of(), TypeRef.UNIT) : TypeRef.of("tuple", items, TypeRef.TUPLE);
        }
        if (t instanceof Ty.Adt a) {
            List<TypeRef> args = list(a.args(), depth);
            return args == null ? null : new TypeRef(a.def().key, args);
        }
        if (t instanceof Ty.Array a) {
            TypeRef el = typeRef(a.elem(), depth + 1);
            return el == null ? null : TypeRef.of("Vec", List.of(el), a.slice() ? TypeRef.SLICE : TypeRef.ARRAY);
        }
        return null;
    }

    private static List<TypeRef> list(List<Ty> ts, int depth) {
        List<TypeRef> out = new ArrayList<>();
        for (Ty x : ts) {
            TypeRef r = typeRef(x, depth + 1);
            if (r == null) {
                return null;
            }
            out.add(r);
        }
        return out;
    }
}
