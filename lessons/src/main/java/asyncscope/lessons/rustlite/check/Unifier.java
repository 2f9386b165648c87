package asyncscope.lessons.rustlite.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Type inference: fresh variables, unification with an undo trail, and the coercions rustc applies where a
 * value meets a declared type (a {@code &String} given where {@code &str} is expected, {@code &mut T} where
 * {@code &T} is, {@code !} anywhere). {@link #unify} answers false only when the two types certainly differ;
 * {@link Ty.Unknown} and generic parameters agree with everything. Also prints types the way rustc does.
 */
final class Unifier {
    private int nextId;
    private final List<Ty.Var> trail = new ArrayList<>();
    private final List<Ty.Var.Kind> trailKinds = new ArrayList<>();

    private final List<Ty.Var> numeric = new ArrayList<>();

    Ty.Var fresh(Ty.Var.Kind kind) {
        Ty.Var v = new Ty.Var(nextId++, kind);
        if (kind != Ty.Var.Kind.ANY) {
            numeric.add(v);
        }
        return v;
    }

    /** rustc's fallback at the end of type checking: a literal nothing constrained is an {@code i32} or an {@code f64}. */
    void defaultNumbers() {
        for (Ty.Var v : numeric) {
            Ty r = resolve(v);
            if (r instanceof Ty.Var w && w.kind != Ty.Var.Kind.ANY) {
                bind(w, new Ty.Prim(w.kind == Ty.Var.Kind.INT ? "i32" : "f64"));
            }
        }
    }

    Ty fresh() {
        return fresh(Ty.Var.Kind.ANY);
    }

    /** Follows bound variables to the first type that is not one. */
    Ty resolve(Ty t) {
        int guard = 0;
        while (t instanceof Ty.Var v && v.bound != null && guard++ < 10_000) {
            t = v.bound;
        }
        return t;
    }

    /** The type with every bound variable replaced, all the way down. */
    Ty zonk(Ty t) {
        return zonk(t, 0);
    }

    private Ty zonk(Ty t, int depth) {
        t = resolve(t);
        if (depth > 60) {
            return Ty.UNKNOWN;
        }
        if (t instanceof Ty.Ref r) {
            return new Ty.Ref(r.mutable(), zonk(r.inner(), depth + 1));
        }
        if (t instanceof Ty.Tuple tu) {
            return new Ty.Tuple(tu.items().stream().map(i -> zonk(i, depth + 1)).toList());
        }
        if (t instanceof Ty.Adt a) {
            return new Ty.Adt(a.def(), a.args().stream().map(i -> zonk(i, depth + 1)).toList());
        }
        if (t instanceof Ty.Array a) {
            return new Ty.Array(zonk(a.elem(), depth + 1), a.slice(), a.len());
        }
        if (t instanceof Ty.Future f) {
            return new Ty.Future(zonk(f.output(), depth + 1), f.fnName(), f.node());
        }
        return t;
    }

    int mark() {
        return trail.size();
    }

    void rollback(int mark) {
        for (int i = trail.size() - 1; i >= mark; i--) {
            Ty.Var v = trail.get(i);
            v.bound = null;
            v.kind = trailKinds.get(i);
            trail.remove(i);
            trailKinds.remove(i);
        }
    }

    private void bind(Ty.Var v, Ty t) {
        trail.add(v);
        trailKinds.add(v.kind);
        v.bound = t;
    }

    private void narrow(Ty.Var v, Ty.Var.Kind k) {
        trail.add(v);
        trailKinds.add(v.kind);
        v.kind = k;
    }

    /** Makes the types equal where they can be; false (and nothing changed) when they certainly differ. */
    boolean unify(Ty expected, Ty found) {
        int m = mark();
        if (unifyInner(expected, found, 0)) {
            return true;
        }
        rollback(m);
        return false;
    }

    /** Like {@link #unify} but changes nothing: would the types agree? */
    boolean compatible(Ty expected, Ty found) {
        int m = mark();
        boolean ok = unifyInner(expected, found, 0);
        rollback(m);
        return ok;
    }

    private boolean unifyInner(Ty a, Ty b, int depth) {
        a = resolve(a);
        b = resolve(b);
        if (a == b || depth > 60) {
            return true;
        }
        if (a instanceof Ty.Unknown || b instanceof Ty.Unknown || a instanceof Ty.Param || b instanceof Ty.Param) {
            return true;
        }
        if (b instanceof Ty.Never || a instanceof Ty.Never) {
            return true;
        }
        if (a instanceof Ty.Var va) {
            return bindVar(va, b);
        }
        if (b instanceof Ty.Var vb) {
            return bindVar(vb, a);
        }
        if (a instanceof Ty.Prim pa && b instanceof Ty.Prim pb) {
            return pa.name().equals(pb.name());
        }
        if (a instanceof Ty.Tuple ta && b instanceof Ty.Tuple tb) {
            if (ta.items().size() != tb.items().size()) {
                return false;
            }
            for (int i = 0; i < ta.items().size(); i++) {
                if (!unifyInner(ta.items().get(i), tb.items().get(i), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Ty.Ref ra && b instanceof Ty.Ref rb) {
            if (ra.mutable() && !rb.mutable()) {
                return false;
            }
            return unifyInner(ra.inner(), rb.inner(), depth + 1);
        }
        if (a instanceof Ty.Adt aa && b instanceof Ty.Adt ab) {
            if (aa.def() != ab.def()) {
                return false;
            }
            int n = Math.min(aa.args().size(), ab.args().size());
            for (int i = 0; i < n; i++) {
                if (!unifyInner(aa.args().get(i), ab.args().get(i), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Ty.Array xa && b instanceof Ty.Array xb) {
            if (xa.slice() != xb.slice() || xa.len() >= 0 && xb.len() >= 0 && xa.len() != xb.len()) {
                return false;
            }
            return unifyInner(xa.elem(), xb.elem(), depth + 1);
        }
        if (a instanceof Ty.Future fa && b instanceof Ty.Future fb) {
            unifyInner(fa.output(), fb.output(), depth + 1);
            return true;
        }
        if (isCallable(a) || isCallable(b)) {
            if (!(isCallable(a) && isCallable(b))) {
                return false;
            }
            // a fn item given where an `impl Fn(A) -> R` is wanted: its signature tells A and R (`opt.and_then(parse_it)`);
            // where they do not agree the callables still do (a coercion rustc may accept), and nothing is bound
            List<Ty> pa = params(a);
            List<Ty> pb = params(b);
            int m = mark();
            boolean ok = pa.size() != pb.size() || unifyInner(ret(a), ret(b), depth + 1);
            for (int i = 0; ok && i < pa.size() && pa.size() == pb.size(); i++) {
                ok = unifyInner(pa.get(i), pb.get(i), depth + 1);
            }
            if (!ok) {
                rollback(m);
            }
            return true;
        }
        return false;
    }

    private static List<Ty> params(Ty t) {
        return t instanceof Ty.FnTy f ? f.params() : ((Ty.Closure) t).params();
    }

    private static Ty ret(Ty t) {
        return t instanceof Ty.FnTy f ? f.ret() : ((Ty.Closure) t).ret();
    }

    private static boolean isCallable(Ty t) {
        return t instanceof Ty.FnTy || t instanceof Ty.Closure;
    }

    private boolean bindVar(Ty.Var v, Ty t) {
        if (t instanceof Ty.Var w) {
            Ty.Var.Kind k = v.kind == Ty.Var.Kind.ANY ? w.kind : v.kind;
            if (w.kind != Ty.Var.Kind.ANY && v.kind != Ty.Var.Kind.ANY && w.kind != v.kind) {
                return false;
            }
            if (w.kind != k) {
                narrow(w, k);
            }
            bind(v, w);
            return true;
        }
        if (v.kind == Ty.Var.Kind.INT && !(t instanceof Ty.Prim p && p.isInt())) {
            return false;
        }
        if (v.kind == Ty.Var.Kind.FLOAT && !(t instanceof Ty.Prim p && p.isFloat())) {
            return false;
        }
        if (occurs(v, t, 0)) {
            return true; // a cyclic type: say nothing rather than loop
        }
        bind(v, t);
        return true;
    }

    private boolean occurs(Ty.Var v, Ty t, int depth) {
        t = resolve(t);
        if (t == v) {
            return true;
        }
        if (depth > 60) {
            return true;
        }
        if (t instanceof Ty.Ref r) {
            return occurs(v, r.inner(), depth + 1);
        }
        if (t instanceof Ty.Tuple tu) {
            return tu.items().stream().anyMatch(i -> occurs(v, i, depth + 1));
        }
        if (t instanceof Ty.Adt a) {
            return a.args().stream().anyMatch(i -> occurs(v, i, depth + 1));
        }
        if (t instanceof Ty.Array a) {
            return occurs(v, a.elem(), depth + 1);
        }
        if (t instanceof Ty.Future f) {
            return occurs(v, f.output(), depth + 1);
        }
        return false;
    }

    /**
     * Whether a value of type {@code found} may stand where {@code expected} is declared (a coercion site:
     * {@code let x: T = ...}, an argument, a return value, a struct field). Unifies when it can; otherwise allows
     * rustc's coercions: {@code &mut T} to {@code &T}, deref coercion of references ({@code &String} to
     * {@code &str}, {@code &Vec<T>} to {@code &[T]}, {@code &Box<T>}/{@code &Arc<T>} to {@code &T}), an array
     * reference to a slice reference, {@code !} to anything, closures to function pointers.
     */
    boolean coerce(Ty expected, Ty found) {
        if (unify(expected, found)) {
            return true;
        }
        Ty e = resolve(expected);
        Ty f = resolve(found);
        if (e instanceof Ty.Ref re && f instanceof Ty.Ref rf) {
            if (re.mutable() && !rf.mutable()) {
                return false;
            }
            Ty inner = rf.inner();
            if (resolve(inner) instanceof Ty.Array fa && !fa.slice() && resolve(re.inner()) instanceof Ty.Array ea && ea.slice()) {
                return unify(ea.elem(), fa.elem()); // unsizing: &[T; N] to &[T]
            }
            for (int i = 0; i < 8; i++) {
                Ty next = derefStep(inner);
                if (next == null) {
                    return false;
                }
                if (resolve(next) instanceof Ty.Unknown) {
                    return true;
                }
                if (unify(re.inner(), next)) {
                    return true;
                }
                inner = next;
            }
            return true;
        }
        return false;
    }

    /** One step of auto-deref: what {@code *t} is, Unknown for a user Deref, or null when {@code t} does not deref. */
    Ty derefStep(Ty t) {
        t = resolve(t);
        if (t instanceof Ty.Ref r) {
            return r.inner();
        }
        if (t instanceof Ty.Adt a && a.def().deref != null) {
            return switch (a.def().deref) {
                case "arg0" -> a.arg(0);
                case "str" -> new Ty.Prim("str");
                case "slice" -> new Ty.Array(a.arg(0), true, -1);
                default -> Ty.UNKNOWN;
            };
        }
        if (t instanceof Ty.Array a && !a.slice()) {
            return null;
        }
        return null;
    }

    // ------------------------------------------------------------------ printing

    /** The type as rustc prints it between backticks: {@code Vec<{integer}>}, {@code &str}, {@code (i32, String)}. */
    String show(Ty t) {
        StringBuilder b = new StringBuilder();
        show(zonk(t), b, 0);
        return b.toString();
    }

    private void show(Ty t, StringBuilder b, int depth) {
        t = resolve(t);
        if (depth > 30) {
            b.append("_");
            return;
        }
        if (t instanceof Ty.Var v) {
            b.append(v.kind == Ty.Var.Kind.INT ? "{integer}" : v.kind == Ty.Var.Kind.FLOAT ? "{float}" : "_");
        } else if (t instanceof Ty.Prim p) {
            b.append(p.name());
        } else if (t instanceof Ty.Ref r) {
            b.append(r.mutable() ? "&mut " : "&");
            show(r.inner(), b, depth + 1);
        } else if (t instanceof Ty.Tuple tu) {
            b.append('(');
            for (int i = 0; i < tu.items().size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                show(tu.items().get(i), b, depth + 1);
            }
            if (tu.items().size() == 1) {
                b.append(',');
            }
            b.append(')');
        } else if (t instanceof Ty.Adt a) {
            b.append(a.def().display);
            if (!a.args().isEmpty() || a.def().lifetime) {
                b.append('<');
                if (a.def().lifetime) {
                    b.append("'_");
                    if (!a.args().isEmpty()) {
                        b.append(", ");
                    }
                }
                for (int i = 0; i < a.args().size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    show(a.args().get(i), b, depth + 1);
                }
                b.append('>');
            }
        } else if (t instanceof Ty.Array a) {
            b.append('[');
            show(a.elem(), b, depth + 1);
            if (!a.slice()) {
                b.append("; ").append(a.len() >= 0 ? String.valueOf(a.len()) : "_");
            }
            b.append(']');
        } else if (t instanceof Ty.Future f) {
            b.append("impl Future<Output = ");
            show(f.output(), b, depth + 1);
            b.append('>');
        } else if (t instanceof Ty.Never) {
            b.append('!');
        } else if (t instanceof Ty.Param p) {
            b.append(p.name());
        } else if (t instanceof Ty.Closure) {
            b.append("{closure}");
        } else if (t instanceof Ty.FnTy f) {
            b.append(f.sig() != null ? "fn item" : "fn pointer");
        } else {
            b.append('_');
        }
    }

    /** How a label names the type: {@code `u32`}, or {@code integer} / {@code floating-point number} for a bare literal. */
    String describe(Ty t) {
        Ty r = resolve(t);
        if (r instanceof Ty.Var v && v.kind == Ty.Var.Kind.INT) {
            return "integer";
        }
        if (r instanceof Ty.Var v && v.kind == Ty.Var.Kind.FLOAT) {
            return "floating-point number";
        }
        return "`" + show(t) + "`";
    }

    /** True when the type is fully known (no Unknown, no unbound variable of kind ANY, no generic parameter). */
    boolean known(Ty t) {
        return known(t, 0);
    }

    private boolean known(Ty t, int depth) {
        t = resolve(t);
        if (depth > 40) {
            return false;
        }
        if (t instanceof Ty.Unknown || t instanceof Ty.Param) {
            return false;
        }
        if (t instanceof Ty.Var v) {
            return v.kind != Ty.Var.Kind.ANY;
        }
        if (t instanceof Ty.Ref r) {
            return known(r.inner(), depth + 1);
        }
        if (t instanceof Ty.Tuple tu) {
            return tu.items().stream().allMatch(i -> known(i, depth + 1));
        }
        if (t instanceof Ty.Adt a) {
            return a.args().stream().allMatch(i -> known(i, depth + 1));
        }
        if (t instanceof Ty.Array a) {
            return known(a.elem(), depth + 1);
        }
        return true;
    }
}
