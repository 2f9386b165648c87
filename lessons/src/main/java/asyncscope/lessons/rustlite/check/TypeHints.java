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
    public static final TypeHints NONE = new TypeHints(Map.of(), Set.of(), Set.of(), Set.of());

    private final Map<Expr, TypeRef> types;
    private final Set<Pat> ownedParams;
    private final Set<Expr> f32Literals;
    private final Set<Expr> ownedCalls;

    private TypeHints(Map<Expr, TypeRef> types, Set<Pat> ownedParams, Set<Expr> f32Literals, Set<Expr> ownedCalls) {
        this.types = types;
        this.ownedParams = ownedParams;
        this.f32Literals = f32Literals;
        this.ownedCalls = ownedCalls;
    }

    /**
     * Whether a call's result is an owned value of a type that is not Copy ({@code weak.upgrade()} is an
     * {@code Option<Rc<T>>}; {@code v.get(0)} is an {@code Option<&T>}, a borrow): a temporary of that kind is
     * dropped at the end of its statement.
     */
    public boolean ownsValue(Expr e) {
        return ownedCalls.contains(e);
    }

    /** Whether an unsuffixed float literal is an {@code f32} by inference ({@code let x: f32 = 0.1}, {@code v * 2.0} with v: f32). */
    public boolean isF32(Expr.Lit l) {
        return f32Literals.contains(l);
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

    /**
     * {@code collect()} is modelled as {@code fn collect<C>(self) -> C}: what C is made from is rustc's
     * {@code FromIterator}, which the model cannot say. Once C is known ({@code let v: Vec<(String, u32)> = ...}),
     * the iterator's item is linked to it as FromIterator does — {@code Vec<T>}/{@code VecDeque<T>}/sets/heaps from
     * T, maps from {@code (K, V)}, {@code Result<Vec<T>, E>} from {@code Result<T, E>}, {@code Option<Vec<T>>} from
     * {@code Option<T>} — so types inside the chain ({@code s.parse()} in a closure) are known. Silent when they
     * do not fit.
     */
    static void linkCollects(Facts facts, Unifier u) {
        for (int round = 0; round < 2; round++) {
            for (Map.Entry<Expr.MethodCall, Facts.Resolved> e : facts.methods.entrySet()) {
                Expr.MethodCall m = e.getKey();
                if (!m.name().equals("collect") || !m.args().isEmpty()) {
                    continue;
                }
                if (!(u.resolve(facts.type(m.receiver())) instanceof Ty.Adt it) || !it.def().key.equals("Iter")) {
                    continue;
                }
                Ty item = it.arg(0);
                Ty target = u.resolve(facts.type(m));
                Ty from = fromIterator(target, u);
                if (from != null) {
                    u.unify(from, item);
                }
            }
        }
    }

    /** The item type a collection is collected from, or null when it is not one of std's known FromIterator impls. */
    private static Ty fromIterator(Ty target, Unifier u) {
        if (!(target instanceof Ty.Adt a)) {
            return null;
        }
        return switch (a.def().key) {
            case "Vec", "VecDeque", "HashSet", "BTreeSet", "BinaryHeap" -> a.arg(0);
            case "HashMap", "BTreeMap" -> new Ty.Tuple(List.of(a.arg(0), a.arg(1)));
            case "Result", "Option" -> {
                Ty inner = fromIterator(u.resolve(a.arg(0)), u);
                if (inner == null) {
                    yield null;
                }
                yield new Ty.Adt(a.def(), a.def().key.equals("Result") ? List.of(inner, a.arg(1)) : List.of(inner));
            }
            default -> null;
        };
    }

    static TypeHints of(Facts facts, Unifier u, Moves moves) {
        Map<Expr, TypeRef> out = new IdentityHashMap<>();
        Set<Pat> owned = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Expr> f32 = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Expr> ownedCalls = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<Expr, Ty> e : facts.types.entrySet()) {
            if ((e.getKey() instanceof Expr.Call || e.getKey() instanceof Expr.MethodCall) && !(u.resolve(e.getValue()) instanceof Ty.Ref)
                    && !(u.resolve(e.getValue()) instanceof Ty.Future) && Boolean.TRUE.equals(moves.moves(e.getValue()))) {
                ownedCalls.add(e.getKey());
            }
            if (e.getKey() instanceof Expr.Lit l && l.value() instanceof Double && u.zonk(e.getValue()) instanceof Ty.Prim p
                    && p.name().equals("f32")) {
                f32.add(l);
            }
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
                // a default needs the whole type; the others only its outer name (`Result<u8, _>` for try_into)
                boolean whole = m.name().equals("unwrap_or_default") || m.name().equals("or_default");
                TypeRef t = typeRef(u.zonk(e.getValue()), 0, whole);
                if (t != null) {
                    out.put(m, t);
                }
            }
        }
        return new TypeHints(out, owned, f32, ownedCalls);
    }

    /** The type as the compiler writes types, or null when any part of it is not known. */
    static TypeRef typeRef(Ty t, int depth, boolean whole) {
        return whole ? typeRef(t, depth) : partial(t, depth);
    }

    /** Like {@link #typeRef(Ty, int)}, but a part that is not known becomes {@code _} (only the top must be known). */
    static TypeRef partial(Ty t, int depth) {
        TypeRef r = typeRef(t, depth);
        if (r != null || depth > 20) {
            return r;
        }
        if (t instanceof Ty.Adt a) {
            List<TypeRef> args = new ArrayList<>();
            for (Ty x : a.args()) {
                TypeRef p = partial(x, depth + 1);
                args.add(p == null ? TypeRef.INFER : p);
            }
            return new TypeRef(a.def().key, args);
        }
        return depth == 0 ? null : TypeRef.INFER;
    }

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
            if (el == null) {
                return null;
            }
            // an array keeps its length in the path (`[3]`), for `v.try_into()` into `[T; 3]`
            return a.slice() || a.len() < 0 ? TypeRef.of("Vec", List.of(el), a.slice() ? TypeRef.SLICE : TypeRef.ARRAY)
                    : new TypeRef("Vec", List.of(el), TypeRef.NONE, TypeRef.ARRAY, "[" + a.len() + "]");
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
