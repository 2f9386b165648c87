package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.ast.TypeRef;
import asyncscope.lessons.rustlite.diag.Span;
import asyncscope.lessons.rustlite.lex.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names, calls, methods, fields, indexing, {@code .await} and macros for {@link ExprTyper}. A name resolves to a
 * local, a function (the program's or the model's), an enum variant, a constant, or nothing known; a method to
 * the first signature found along the receiver's auto-deref chain (rustc's probe order: the program's impls,
 * then the model). E0425, E0061, E0599, E0609 and E0615 are reported only when every place the name could come
 * from is known to the checker.
 */
final class Calls {
    private final ExprTyper t;
    private final Unifier u;
    private final StdModel std;
    private final Items items;
    private final Report report;
    private final SourceIndex src;
    private final boolean openWorld;

    /** Methods every type has from std's blanket impls. */
    static final Set<String> BLANKET = Set.of("into", "try_into", "borrow", "borrow_mut", "type_id", "from", "try_from");
    /** Methods a reference has whatever it points to (Clone, Debug, comparisons... are implemented for &T). */
    static final Set<String> REF_METHODS = Set.of("clone", "to_owned", "clone_into", "borrow", "borrow_mut", "into", "try_into",
            "type_id", "to_string", "fmt", "eq", "ne", "cmp", "partial_cmp", "lt", "le", "gt", "ge", "hash", "max", "min", "clamp",
            "into_iter", "deref", "deref_mut", "as_ref", "as_mut", "iter", "next", "poll", "call", "call_mut", "call_once");
    /** What a method known only by name returns, where every std type agrees. */
    private static final Map<String, String> CONVENTIONAL = Map.ofEntries(Map.entry("len", "usize"), Map.entry("is_empty", "bool"),
            Map.entry("contains", "bool"), Map.entry("contains_key", "bool"), Map.entry("starts_with", "bool"),
            Map.entry("ends_with", "bool"), Map.entry("is_some", "bool"), Map.entry("is_none", "bool"), Map.entry("is_ok", "bool"),
            Map.entry("is_err", "bool"), Map.entry("eq", "bool"), Map.entry("ne", "bool"), Map.entry("lt", "bool"),
            Map.entry("le", "bool"), Map.entry("gt", "bool"), Map.entry("ge", "bool"));

    Calls(ExprTyper t) {
        this.t = t;
        this.u = t.u;
        this.std = t.std;
        this.items = t.items;
        this.report = t.report;
        this.src = t.src;
        boolean ext = items.imports.keySet().stream().anyMatch(k -> k.endsWith("Ext")) || items.blanket.containsKey("*");
        this.openWorld = ext;
    }

    TypeDef std(String key) {
        return std.types.get(key);
    }

    Ty adt(String key, Ty... args) {
        return new Ty.Adt(std(key), List.of(args));
    }

    // ------------------------------------------------------------------ dispatch

    Ty expr(Expr e, Ty expected, Report.Site site) {
        if (e instanceof Expr.Path p) {
            return t.fit(e, path(p), expected, site);
        }
        if (e instanceof Expr.Call c) {
            return call(c, expected, site);
        }
        if (e instanceof Expr.MethodCall m) {
            return method(m, expected, site);
        }
        if (e instanceof Expr.Field f) {
            return t.fit(e, field(f), expected, site);
        }
        if (e instanceof Expr.Index i) {
            return t.fit(e, index(i), expected, site);
        }
        if (e instanceof Expr.Await a) {
            Ty out = output(t.infer(a.future()));
            return t.fit(e, out, expected, site);
        }
        if (e instanceof Expr.StructLit s) {
            return t.fit(e, structLit(s), expected, site);
        }
        if (e instanceof Expr.Macro m) {
            return t.fit(e, macro(m), expected, site);
        }
        if (e instanceof Expr.Join j) {
            List<Ty> outs = new ArrayList<>();
            for (Expr f : j.futures()) {
                outs.add(output(t.infer(f)));
            }
            if (j.isTry()) {
                List<Ty> oks = new ArrayList<>();
                for (Ty o : outs) {
                    Ty r = u.resolve(o);
                    oks.add(r instanceof Ty.Adt a && a.def() == std("Result") ? a.arg(0) : Ty.UNKNOWN);
                }
                return t.fit(e, adt("Result", new Ty.Tuple(oks), Ty.UNKNOWN), expected, site);
            }
            return t.fit(e, new Ty.Tuple(outs), expected, site);
        }
        if (e instanceof Expr.Select s) {
            for (Expr.SelectArm a : s.arms()) {
                Ty out = output(t.infer(a.future()));
                t.scope.push();
                try {
                    t.bind(a.pat(), out, false);
                    if (a.precondition() != null) {
                        t.infer(a.precondition());
                    }
                    t.infer(a.body());
                } finally {
                    t.scope.pop();
                }
            }
            if (s.elseBody() != null) {
                t.infer(s.elseBody());
            }
            return Ty.UNKNOWN;
        }
        return Ty.UNKNOWN;
    }

    // ------------------------------------------------------------------ names

    /** What a value path names. */
    sealed interface Val {}

    record LocalVal(Local local) implements Val {}

    record FnVal(Sig sig, Ty owner, String path) implements Val {}

    record VariantVal(TypeDef def, Item.Variant variant) implements Val {}

    record BuiltinVal(String name) implements Val {}

    record StructVal(TypeDef def) implements Val {}

    record TypedVal(Ty ty) implements Val {}

    record SpecialVal(String path) implements Val {}

    record UnknownVal() implements Val {}

    record MissingVal() implements Val {}

    private static final Set<String> SPECIAL = Set.of("tokio::spawn", "tokio::task::spawn", "tokio::task::spawn_local",
            "tokio::task::spawn_blocking", "std::thread::spawn", "tokio::time::timeout");

    Val resolve(Expr.Path p) {
        List<String> segs = p.segments();
        if (segs.size() == 1) {
            String n = segs.get(0);
            Local l = t.scope.lookup(n);
            if (l != null) {
                return new LocalVal(l);
            }
            Sig f = items.fns.get(n);
            if (f != null) {
                return items.duplicates.contains(n) ? new UnknownVal() : new FnVal(f, null, n);
            }
            Item.Const c = items.consts.get(n);
            if (c != null) {
                return new TypedVal(t.types.user(c.type(), Map.of(), Ty.UNKNOWN));
            }
            TypeDef d = items.userTypes.get(n);
            if (d != null && !d.enumKind) {
                return new StructVal(d);
            }
            switch (n) {
                case "Some", "Ok", "Err", "None" -> {
                    return new BuiltinVal(n);
                }
                case "drop" -> {
                    return new FnVal(std.functions.get("std::mem::drop"), null, "std::mem::drop");
                }
                case "self" -> {
                    return new UnknownVal();
                }
                default -> { }
            }
            if (items.imports.containsKey(n)) {
                return resolveFull(items.expand(segs));
            }
            for (String g : items.globs) {
                List<String> full = new ArrayList<>(items.expand(List.of(g.split("::"))));
                full.add(n);
                Val v = resolveFull(full);
                if (!(v instanceof UnknownVal) && !(v instanceof MissingVal)) {
                    return v;
                }
            }
            if (items.opaqueGlobs() || items.modules.contains(n) || items.userTypes.containsKey(n) || items.traits.containsKey(n)
                    || items.aliases.contains(n)) {
                return new UnknownVal();
            }
            return new MissingVal();
        }
        return resolveFull(items.expand(segs));
    }

    private Val resolveFull(List<String> full) {
        String joined = String.join("::", full);
        if (SPECIAL.contains(joined)) {
            return new SpecialVal(joined);
        }
        Sig f = std.functions.get(joined);
        if (f != null) {
            return new FnVal(f, null, joined);
        }
        if (full.size() == 1) {
            String n = full.get(0);
            Sig uf = items.fns.get(n);
            if (uf != null) {
                return new FnVal(uf, null, n);
            }
            return switch (n) {
                case "Some", "Ok", "Err", "None" -> new BuiltinVal(n);
                default -> new UnknownVal();
            };
        }
        String last = full.get(full.size() - 1);
        List<String> owner = full.subList(0, full.size() - 1);
        if (owner.size() == 1 && (owner.get(0).equals("Option") || owner.get(0).equals("Result"))
                && Set.of("Some", "None", "Ok", "Err").contains(last)) {
            return new BuiltinVal(last);
        }
        String o = owner.get(owner.size() - 1);
        if (owner.size() == 1 && o.equals("Self")) {
            Ty st = u.resolve(t.selfTy);
            if (st instanceof Ty.Adt a) {
                return member(a.def(), st, last);
            }
            return new UnknownVal();
        }
        if (owner.size() == 1 && Types.PRIMS.contains(o) && !items.userTypes.containsKey(o)) {
            Ty prim = new Ty.Prim(o);
            if (last.equals("MAX") || last.equals("MIN")) {
                return new TypedVal(prim);
            }
            if (last.equals("BITS")) {
                return new TypedVal(new Ty.Prim("u32"));
            }
            Sig s = std.method(((Ty.Prim) prim).isInt() ? "int" : ((Ty.Prim) prim).isFloat() ? "float" : o, last);
            if (s != null) {
                return new FnVal(s, prim, joined);
            }
            return new UnknownVal();
        }
        if (full.size() >= 3 && (full.get(full.size() - 2).equals("consts")) && (joined.contains("f64") || joined.contains("f32"))) {
            return new TypedVal(new Ty.Prim(joined.contains("f32") ? "f32" : "f64"));
        }
        TypeDef d = items.defOfPath(owner);
        if (d != null) {
            return member(d, null, last);
        }
        return new UnknownVal();
    }

    /** {@code Type::name}: a variant, an associated function or a constant. */
    private Val member(TypeDef d, Ty ownerTy, String name) {
        if (d.user) {
            Item.Variant v = d.variants.get(name);
            if (v != null) {
                return new VariantVal(d, v);
            }
            List<Sig> sigs = d.userMethods.get(name);
            if (sigs != null && sigs.size() == 1) {
                return new FnVal(sigs.get(0), ownerTy, d.key + "::" + name);
            }
            return new UnknownVal();
        }
        Sig s = std.method(d.key, name);
        if (s != null) {
            return new FnVal(s, ownerTy, d.key + "::" + name);
        }
        if (d == std("Duration") && (name.equals("ZERO") || name.equals("MAX"))) {
            return new TypedVal(new Ty.Adt(d, List.of()));
        }
        return new UnknownVal();
    }

    Ty path(Expr.Path p) {
        Val v = resolve(p);
        if (v instanceof LocalVal lv) {
            useLocal(p, lv.local());
            return lv.local().ty;
        }
        if (v instanceof FnVal f) {
            Inst in = instantiate(f.sig(), f.owner(), ownerTurbofish(p), fnTurbofish(p), null);
            return new Ty.FnTy(in.params, in.ret, f.sig());
        }
        if (v instanceof TypedVal tv) {
            return tv.ty();
        }
        if (v instanceof BuiltinVal b) {
            if (b.name().equals("None")) {
                return adt("Option", p.generic() != null ? t.types.user(p.generic(), t.generics, t.selfTy) : u.fresh());
            }
            return Ty.UNKNOWN;
        }
        if (v instanceof VariantVal vv) {
            if (vv.variant().arity() == 0 && vv.variant().fieldNames() == null) {
                return userAdt(vv.def());
            }
            return Ty.UNKNOWN;
        }
        if (v instanceof StructVal sv) {
            Item.Struct s = (Item.Struct) sv.def().item;
            if (s.tuple() && s.fields().isEmpty()) {
                return userAdt(sv.def());
            }
            return Ty.UNKNOWN;
        }
        if (v instanceof MissingVal) {
            report.notFound(src.tokenSpan(p.pos()), p.segments().get(0), false);
        }
        return Ty.UNKNOWN;
    }

    /** Records that {@code p} uses {@code l}, and which closures and async blocks capture it by doing so. */
    void useLocal(Expr.Path p, Local l) {
        t.facts.locals.put(p, l);
        for (ExprTyper.Frame f : t.frames) {
            if (f.node == l.owner) {
                break;
            }
            t.facts.capture(f.node, l, p);
        }
    }

    Ty userAdt(TypeDef d) {
        List<Ty> args = new ArrayList<>();
        for (int i = 0; i < d.generics.size(); i++) {
            args.add(u.fresh());
        }
        return new Ty.Adt(d, args);
    }

    private TypeRef ownerTurbofish(Expr.Path p) {
        return p.generic() != null && !src.pathEndsWithGenerics(p.pos()) ? p.generic() : null;
    }

    private TypeRef fnTurbofish(Expr.Path p) {
        return p.generic() != null && src.pathEndsWithGenerics(p.pos()) ? p.generic() : null;
    }

    // ------------------------------------------------------------------ instantiating signatures

    static final class Inst {
        List<Ty> params;
        Ty ret;
        Ty self;
    }

    /**
     * The signature's types with fresh variables for its generics; {@code owner} (the receiver or the written type)
     * fixes the impl's parameters.
     */
    Inst instantiate(Sig s, Ty owner, TypeRef ownerTurbo, TypeRef fnTurbo, Expr callNode) {
        Map<String, Ty> g = new HashMap<>(s.user() ? t.generics : Map.of());
        for (String n : s.ownerGenerics()) {
            g.put(n, u.fresh());
        }
        for (String n : s.generics()) {
            g.put(n, u.fresh());
        }
        Ty self;
        TypeDef od = s.owner();
        if (od != null) {
            self = convert(s, s.ownerRef(), g, null);
        } else if (s.ownerRef() != null && !s.user()) {
            self = owner != null ? owner : Ty.UNKNOWN;
            if (s.ownerRef().name().equals("slice") && !s.ownerGenerics().isEmpty()) {
                Ty r = owner == null ? Ty.UNKNOWN : u.resolve(owner);
                g.put(s.ownerGenerics().get(0), r instanceof Ty.Array a ? a.elem() : Ty.UNKNOWN);
            }
        } else if (s.user() && s.ownerRef() != null) {
            self = Ty.UNKNOWN; // a blanket impl: Self is whatever the receiver is
            if (owner != null) {
                self = owner;
            }
        } else {
            self = Ty.UNKNOWN;
        }
        if (owner != null && od != null) {
            u.unify(self, owner);
        }
        if (ownerTurbo != null && od != null && !od.generics.isEmpty()) {
            Ty want = t.types.user(ownerTurbo, t.generics, t.selfTy);
            Ty sr = u.resolve(self);
            if (sr instanceof Ty.Adt a && !a.args().isEmpty()) {
                u.unify(a.args().get(0), want);
            }
        }
        if (fnTurbo != null && !s.generics().isEmpty()) {
            u.unify(g.get(s.generics().get(0)), t.types.user(fnTurbo, t.generics, t.selfTy));
        }
        Inst in = new Inst();
        in.self = self;
        in.params = new ArrayList<>();
        if (s.hasSelf() && callNode instanceof Expr.Call) {
            in.params.add(switch (s.selfKind()) {
                case "&self" -> new Ty.Ref(false, self);
                case "&mut self" -> new Ty.Ref(true, self);
                default -> self;
            });
        }
        for (TypeRef p : s.params()) {
            in.params.add(convert(s, p, g, self));
        }
        Ty ret = s.ret().form().equals(TypeRef.INFER_FORM) && s.ret().name().equals("_") && (s.user() || s.item() == null || true)
                ? retOrUnit(s) : convert(s, s.ret(), g, self);
        in.ret = s.isAsync() ? new Ty.Future(ret, s.name(), callNode) : ret;
        return in;
    }

    private Ty retOrUnit(Sig s) {
        return Ty.UNIT;
    }

    private Ty convert(Sig s, TypeRef r, Map<String, Ty> g, Ty self) {
        return s.user() ? t.types.user(r, g, self) : t.types.model(r, g, self);
    }

    // ------------------------------------------------------------------ calls

    Ty call(Expr.Call c, Ty expected, Report.Site site) {
        Expr callee = c.callee();
        if (callee instanceof Expr.Path p) {
            Val v = resolve(p);
            Span cs = src.span(callee);
            if (v instanceof LocalVal lv) {
                useLocal(p, lv.local());
                t.facts.types.put(callee, lv.local().ty);
                return t.fit(c, callValue(c, lv.local().ty), expected, site);
            }
            if (v instanceof FnVal f) {
                t.facts.calls.put(c, f.sig());
                boolean method = f.sig().hasSelf();
                Inst in = instantiate(f.sig(), f.owner(), ownerTurbofish(p), fnTurbofish(p), c);
                return t.fit(c, args(c, c.args(), in, cs, method ? "method" : "function", f.sig()), expected, site);
            }
            if (v instanceof BuiltinVal b) {
                return builtin(c, b.name(), expected, site, cs);
            }
            if (v instanceof VariantVal vv) {
                return t.fit(c, variantCall(c, vv.def(), vv.variant(), cs), expected, site);
            }
            if (v instanceof StructVal sv) {
                return t.fit(c, tupleStruct(c, sv.def(), cs), expected, site);
            }
            if (v instanceof SpecialVal sp) {
                return t.fit(c, special(c, sp.path()), expected, site);
            }
            if (v instanceof MissingVal) {
                report.notFound(src.tokenSpan(p.pos()), p.segments().get(0), true);
            }
            for (Expr a : c.args()) {
                t.infer(a);
            }
            t.mayDiverge = true;
            return Ty.UNKNOWN;
        }
        Ty ct = t.infer(callee);
        return t.fit(c, callValue(c, ct), expected, site);
    }

    private Ty callValue(Expr.Call c, Ty ct) {
        Ty r = u.resolve(ct);
        int guard = 0;
        while ((r instanceof Ty.Ref || r instanceof Ty.Adt a && a.def().deref != null) && guard++ < 4) {
            Ty n = u.derefStep(r);
            if (n == null) {
                break;
            }
            r = u.resolve(n);
        }
        List<Ty> ps = null;
        Ty ret = null;
        if (r instanceof Ty.Closure cl) {
            ps = cl.params();
            ret = cl.ret();
        } else if (r instanceof Ty.FnTy f) {
            ps = f.params();
            ret = f.ret();
        }
        if (ps == null || ps.size() != c.args().size()) {
            for (Expr a : c.args()) {
                t.infer(a);
            }
            t.mayDiverge = true;
            return Ty.UNKNOWN;
        }
        for (int i = 0; i < ps.size(); i++) {
            t.check(c.args().get(i), ps.get(i), null);
        }
        return ret;
    }

    /** Checks a call's arguments against the instantiated parameters (E0061 on a count mismatch); returns the result type. */
    private Ty args(Expr call, List<Expr> args, Inst in, Span callee, String what, Sig sig) {
        int want = in.params.size();
        int got = args.size();
        if (want != got) {
            List<Span> extra = new ArrayList<>();
            for (int i = want; i < got; i++) {
                extra.add(src.span(args.get(i)));
            }
            List<String> missing = new ArrayList<>();
            for (int i = got; i < want; i++) {
                missing.add("`" + u.show(in.params.get(i)) + "`");
            }
            Span def = sig.user() && sig.item() != null ? src.fnNameSpan(sig.item().pos()) : null;
            report.argCount(callee, what, want, got, def, extra, missing);
        }
        Report.Site site = report.argument(callee, what);
        for (int i = 0; i < got; i++) {
            if (i < want) {
                t.check(args.get(i), in.params.get(i), site);
            } else {
                t.infer(args.get(i));
            }
        }
        return in.ret;
    }

    private Ty builtin(Expr.Call c, String name, Ty expected, Report.Site site, Span cs) {
        if (name.equals("None") || c.args().size() != 1) {
            for (Expr a : c.args()) {
                t.infer(a);
            }
            return Ty.UNKNOWN;
        }
        Ty exp = expected == null ? null : u.resolve(expected);
        boolean option = name.equals("Some");
        TypeDef want = std(option ? "Option" : "Result");
        Report.Site argSite = report.argument(cs, "enum variant");
        Expr a = c.args().get(0);
        if (exp instanceof Ty.Adt ea && ea.def() == want) {
            Ty inner = name.equals("Err") ? ea.arg(1) : ea.arg(0);
            t.check(a, inner, argSite);
            return expected;
        }
        Ty v = t.infer(a);
        Ty made = option ? adt("Option", v) : name.equals("Ok") ? adt("Result", v, u.fresh()) : adt("Result", u.fresh(), v);
        return t.fit(c, made, expected, site);
    }

    private Ty variantCall(Expr.Call c, TypeDef d, Item.Variant v, Span cs) {
        Ty self = userAdt(d);
        Map<String, Ty> g = genericsOf(d, self);
        List<Ty> ps = new ArrayList<>();
        for (TypeRef r : v.types()) {
            ps.add(t.types.user(r, g, self));
        }
        if (v.fieldNames() != null) {
            for (Expr a : c.args()) {
                t.infer(a);
            }
            return Ty.UNKNOWN;
        }
        Inst in = new Inst();
        in.params = ps;
        in.ret = self;
        Span def = null;
        return argsNoDef(c, in, cs, "enum variant");
    }

    private Ty tupleStruct(Expr.Call c, TypeDef d, Span cs) {
        Ty self = userAdt(d);
        Map<String, Ty> g = genericsOf(d, self);
        Item.Struct s = (Item.Struct) d.item;
        if (!s.tuple()) {
            for (Expr a : c.args()) {
                t.infer(a);
            }
            return Ty.UNKNOWN;
        }
        Inst in = new Inst();
        in.params = new ArrayList<>();
        for (TypeRef r : s.types()) {
            in.params.add(t.types.user(r, g, self));
        }
        in.ret = self;
        return argsNoDef(c, in, cs, "struct");
    }

    private Ty argsNoDef(Expr.Call c, Inst in, Span cs, String what) {
        int want = in.params.size();
        int got = c.args().size();
        if (want != got) {
            List<Span> extra = new ArrayList<>();
            for (int i = want; i < got; i++) {
                extra.add(src.span(c.args().get(i)));
            }
            report.argCount(cs, what, want, got, null, extra, List.of());
        }
        Report.Site site = report.argument(cs, what);
        for (int i = 0; i < got; i++) {
            if (i < want) {
                t.check(c.args().get(i), in.params.get(i), site);
            } else {
                t.infer(c.args().get(i));
            }
        }
        return in.ret;
    }

    /** The generic parameters of a user type bound to the arguments of {@code ty} (fresh variables otherwise). */
    Map<String, Ty> genericsOf(TypeDef d, Ty ty) {
        Map<String, Ty> g = new HashMap<>(t.generics);
        Ty r = u.resolve(ty);
        for (int i = 0; i < d.generics.size(); i++) {
            g.put(d.generics.get(i), r instanceof Ty.Adt a && a.def() == d ? a.arg(i) : Ty.UNKNOWN);
        }
        return g;
    }

    /** {@code tokio::spawn}, {@code spawn_blocking}, {@code thread::spawn}, {@code timeout}: typed by their argument. */
    private Ty special(Expr.Call c, String path) {
        List<Ty> as = new ArrayList<>();
        for (Expr a : c.args()) {
            as.add(t.infer(a));
        }
        if (c.args().size() == 1) {
            switch (path) {
                case "tokio::spawn", "tokio::task::spawn" -> t.facts.spawns.add(new Facts.Spawn(c, c.args().get(0), "tokio::spawn", true, false));
                case "tokio::task::spawn_local" -> t.facts.spawns.add(new Facts.Spawn(c, c.args().get(0), "spawn_local", false, false));
                case "tokio::task::spawn_blocking", "std::thread::spawn" ->
                        t.facts.spawns.add(new Facts.Spawn(c, c.args().get(0), path, false, true));
                default -> { }
            }
        }
        switch (path) {
            case "tokio::spawn", "tokio::task::spawn", "tokio::task::spawn_local" -> {
                return as.size() == 1 ? adt("JoinHandle", output(as.get(0))) : Ty.UNKNOWN;
            }
            case "tokio::task::spawn_blocking" -> {
                Ty r = as.size() == 1 ? u.resolve(as.get(0)) : Ty.UNKNOWN;
                return adt("JoinHandle", r instanceof Ty.Closure cl ? cl.ret() : Ty.UNKNOWN);
            }
            case "tokio::time::timeout" -> {
                if (as.size() == 2) {
                    if (!u.coerce(adt("Duration"), as.get(0))) {
                        report.mismatch(c.args().get(0), adt("Duration"), as.get(0), report.argument(src.span(c.callee()), "function"));
                    }
                    return adt("Timeout", as.get(1));
                }
                return Ty.UNKNOWN;
            }
            default -> {
                return Ty.UNKNOWN;
            }
        }
    }

    /** What awaiting a value of type {@code f} gives. */
    Ty output(Ty f) {
        Ty r = u.resolve(f);
        if (r instanceof Ty.Future fu) {
            return fu.output();
        }
        if (r instanceof Ty.Adt a) {
            if (a.def() == std("Timeout")) {
                return adt("Result", output(a.arg(0)), Ty.UNKNOWN);
            }
            if (a.def() == std("Pin")) {
                Ty in = u.resolve(a.arg(0));
                if (in instanceof Ty.Adt b && b.def() == std("Box")) {
                    return output(b.arg(0));
                }
                return output(in);
            }
            if (a.def() == std("Box")) {
                return output(a.arg(0));
            }
            Sig aw = std.method(a.def().key, "__await");
            if (aw != null) {
                return instantiate(aw, r, null, null, null).ret;
            }
        }
        return Ty.UNKNOWN;
    }

    // ------------------------------------------------------------------ methods

    /** The outcome of looking a method up along the receiver's auto-deref chain. */
    record Probe(Sig sig, int steps, Ty at, boolean exists, boolean open) {
        static final Probe OPEN = new Probe(null, 0, null, false, true);
        static final Probe MISSING = new Probe(null, 0, null, false, false);
    }

    Probe probe(Ty recv, String name) {
        List<Ty> chain = new ArrayList<>();
        Ty cur = recv;
        for (int i = 0; i < 8 && cur != null; i++) {
            Ty r = u.resolve(cur);
            chain.add(r);
            if (r instanceof Ty.Unknown || r instanceof Ty.Var v && v.kind == Ty.Var.Kind.ANY || r instanceof Ty.Param) {
                break;
            }
            cur = u.derefStep(r);
        }
        boolean open = openWorld;
        for (int i = 0; i < chain.size(); i++) {
            Ty s = chain.get(i);
            Sig sig = signature(s, name);
            if (sig != null) {
                return new Probe(sig, i, s, true, false);
            }
            if (isOpen(s)) {
                open = true;
                break;
            }
        }
        if (open) {
            return Probe.OPEN;
        }
        for (int i = 0; i < chain.size(); i++) {
            Ty s = chain.get(i);
            if (!(s instanceof Ty.Ref) && exists(s, name)) {
                return new Probe(null, i, s, true, false);
            }
        }
        for (int i = 0; i < chain.size(); i++) {
            Ty s = chain.get(i);
            if (s instanceof Ty.Ref && REF_METHODS.contains(name)) {
                return new Probe(null, i, s, true, false);
            }
        }
        return Probe.MISSING;
    }

    private Sig signature(Ty s, String name) {
        if (s instanceof Ty.Adt a && a.def().user) {
            List<Sig> sigs = a.def().userMethods.get(name);
            if (sigs != null && !sigs.isEmpty()) {
                return sigs.size() == 1 ? sigs.get(0) : null;
            }
        }
        if (!(s instanceof Ty.Ref)) {
            List<Sig> b = items.blanket.get(name);
            if (b != null && b.size() == 1) {
                return b.get(0);
            }
        }
        if (s instanceof Ty.Adt a && !a.def().user) {
            Map<String, List<Sig>> ext = items.stdExtensions.get(a.def());
            if (ext != null && ext.containsKey(name)) {
                return ext.get(name).size() == 1 ? ext.get(name).get(0) : null;
            }
            return std.method(a.def().key, name);
        }
        String key = modelKey(s);
        return key == null ? null : std.method(key, name);
    }

    private static String modelKey(Ty s) {
        if (s instanceof Ty.Prim p) {
            if (p.isInt()) {
                return "int";
            }
            if (p.isFloat()) {
                return "float";
            }
            return p.name();
        }
        if (s instanceof Ty.Var v) {
            return v.kind == Ty.Var.Kind.INT ? "int" : v.kind == Ty.Var.Kind.FLOAT ? "float" : null;
        }
        if (s instanceof Ty.Array) {
            return "slice";
        }
        return null;
    }

    private boolean isOpen(Ty s) {
        if (s instanceof Ty.Unknown || s instanceof Ty.Param || s instanceof Ty.Never || s instanceof Ty.FnTy || s instanceof Ty.Closure
                || s instanceof Ty.Future) {
            return true;
        }
        if (s instanceof Ty.Var v) {
            return v.kind == Ty.Var.Kind.ANY;
        }
        if (s instanceof Ty.Adt a) {
            if (items.blanket.keySet().stream().anyMatch(k -> !k.equals("*")) && false) {
                return true;
            }
            return !a.def().closed() || a.def().deref != null && a.def().deref.equals("open");
        }
        return false;
    }

    private boolean exists(Ty s, String name) {
        if (BLANKET.contains(name) || items.blanket.containsKey(name)) {
            return true;
        }
        if (s instanceof Ty.Adt a) {
            TypeDef d = a.def();
            if (d.user) {
                return d.methods.contains(name) || d.userMethods.containsKey(name)
                        || (name.equals("to_owned") || name.equals("clone_into")) && d.methods.contains("clone")
                        || name.equals("to_string") && d.traits.contains("Display");
            }
            Map<String, List<Sig>> ext = items.stdExtensions.get(d);
            return d.methods.contains(name) || ext != null && ext.containsKey(name);
        }
        Set<String> names = switch (s.getClass().getSimpleName()) {
            case "Prim" -> std.methodNames.get(((Ty.Prim) s).name());
            case "Var" -> std.methodNames.get(((Ty.Var) s).kind == Ty.Var.Kind.INT ? "i32" : "f64");
            case "Array" -> union(std.methodNames.get("slice"), ((Ty.Array) s).slice() ? Set.of() : std.methodNames.get("array"));
            case "Tuple" -> std.methodNames.get(((Ty.Tuple) s).items().isEmpty() ? "unit" : "tuple");
            default -> null;
        };
        return names == null || names.contains(name);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a == null ? Set.of() : a);
        if (b != null) {
            s.addAll(b);
        }
        return s;
    }

    private Ty method(Expr.MethodCall m, Ty expected, Report.Site site) {
        Ty recv = t.infer(m.receiver());
        Ty rr = u.resolve(recv);
        Span name = src.tokenSpan(m.pos());
        Ty special = specialMethod(m, rr);
        if (special != null) {
            return t.fit(m, special, expected, site);
        }
        Probe p = probe(recv, m.name());
        if (p.sig() != null) {
            Sig s = p.sig();
            t.facts.methods.put(m, new Facts.Resolved(s, p.steps()));
            if (!s.hasSelf()) {
                // an associated function called with method syntax: rustc's E0599 has its own wording; say nothing
                for (Expr a : m.args()) {
                    t.infer(a);
                }
                return Ty.UNKNOWN;
            }
            Inst in = instantiate(s, p.at(), null, m.turbofish(), m);
            Ty ret = args(m, m.args(), in, name, "method", s);
            if (s.consumesSelf() && p.steps() > 0 && !s.user()) {
                ret = Ty.UNKNOWN; // a by-value method reached through a reference: the real impl may differ
            }
            return t.fit(m, ret, expected, site);
        }
        for (Expr a : m.args()) {
            t.infer(a);
        }
        if (p.open()) {
            t.mayDiverge = true;
            return Ty.UNKNOWN;
        }
        if (p.exists()) {
            t.mayDiverge = true;
            Ty at = p.at();
            if (m.name().equals("clone") && !(at instanceof Ty.Ref)) {
                return t.fit(m, at, expected, site);
            }
            if (m.name().equals("to_string")) {
                return t.fit(m, adt("String"), expected, site);
            }
            if (m.name().equals("to_owned") && at instanceof Ty.Prim pr && pr.name().equals("str")) {
                return t.fit(m, adt("String"), expected, site);
            }
            String conv = CONVENTIONAL.get(m.name());
            if (conv != null) {
                return t.fit(m, new Ty.Prim(conv), expected, site);
            }
            return Ty.UNKNOWN;
        }
        noMethod(m, rr, name);
        return Ty.UNKNOWN;
    }

    private void noMethod(Expr.MethodCall m, Ty recv, Span name) {
        Set<String> iteratorMethods = std.methodNames.get("Iterator");
        if (iteratorMethods != null && iteratorMethods.contains(m.name())) {
            // rustc finds Iterator's method through `&mut I: Iterator`; its wording then depends on the type (oracle):
            // only the types whose wording is known are reported
            if (recv instanceof Ty.Adt a && !a.def().user) {
                switch (a.def().key) {
                    case "Vec" -> report.boundsNotMet(name, m.name(), "struct", recv);
                    case "String" -> report.notAnIterator(name, recv, "`" + u.show(recv) + "` is not an iterator");
                    case "HashMap" -> report.notAnIterator(name, recv, "no method named `" + m.name() + "` found for struct `"
                            + u.show(recv) + "` in the current scope");
                    default -> { }
                }
            }
            return;
        }
        String kind;
        String shown;
        Span defined = null;
        String what = null;
        if (recv instanceof Ty.Adt a) {
            TypeDef d = a.def();
            kind = d.enumKind ? "enum" : "struct";
            shown = !d.generics.isEmpty() && d.deref == null ? d.declared() : u.show(recv);
            if (d.user && d.item != null) {
                defined = src.itemHeadSpan(d.item.pos());
                what = kind;
            }
        } else if (recv instanceof Ty.Ref) {
            kind = "reference";
            shown = u.show(recv);
        } else if (recv instanceof Ty.Array) {
            kind = "array";
            shown = u.show(recv);
        } else if (recv instanceof Ty.Tuple tu) {
            kind = tu.items().isEmpty() ? "unit type" : "tuple";
            shown = u.show(recv);
        } else {
            kind = "type";
            shown = u.show(recv);
        }
        report.noMethod(name, m.name(), recv, kind, shown, defined, what);
    }

    /** Methods typed by their arguments: {@code Runtime::block_on}, {@code JoinSet::spawn}, {@code Runtime::spawn}. */
    private Ty specialMethod(Expr.MethodCall m, Ty recv) {
        Ty base = t.strip(recv);
        if (!(base instanceof Ty.Adt a) || a.def().user) {
            return null;
        }
        if ((m.name().equals("copied") || m.name().equals("cloned")) && m.args().isEmpty() && recv instanceof Ty.Adt ra
                && (ra.def() == std("Option") || ra.def() == std("Iter")) && u.resolve(ra.arg(0)) instanceof Ty.Ref inner) {
            // Option<&T> / an iterator of &T to T (rustc requires T: Copy / Clone)
            return new Ty.Adt(ra.def(), List.of(inner.inner()));
        }
        if (a.def() == std("Runtime") && m.name().equals("block_on") && m.args().size() == 1) {
            return output(t.infer(m.args().get(0)));
        }
        if ((a.def() == std("Runtime") || a.def() == std("JoinSet")) && m.name().equals("spawn") && m.args().size() == 1) {
            Ty f = t.infer(m.args().get(0));
            t.facts.spawns.add(new Facts.Spawn(m, m.args().get(0), a.def() == std("JoinSet") ? "JoinSet::<T>::spawn" : "Runtime::spawn",
                    true, false));
            if (a.def() == std("JoinSet")) {
                u.unify(a.arg(0), output(f));
                return Ty.UNKNOWN;
            }
            return adt("JoinHandle", output(f));
        }
        return null;
    }

    // ------------------------------------------------------------------ fields and indexing

    private Ty field(Expr.Field f) {
        Ty recv = t.infer(f.receiver());
        Ty cur = recv;
        boolean stdOnly = false;
        Span name = src.index(f.pos()) >= 0 && src.token(src.index(f.pos())).text().equals(".")
                ? src.spanOf(src.index(f.pos()) + 1, src.index(f.pos()) + 1) : src.tokenSpan(f.pos());
        for (int i = 0; i < 8 && cur != null; i++) {
            Ty r = u.resolve(cur);
            if (r instanceof Ty.Unknown || r instanceof Ty.Var || r instanceof Ty.Param || r instanceof Ty.Never) {
                return Ty.UNKNOWN;
            }
            if (r instanceof Ty.Adt a) {
                TypeDef d = a.def();
                if (d.user) {
                    if (d.deref != null) {
                        return Ty.UNKNOWN;
                    }
                    TypeRef ft = d.fields.get(f.name());
                    if (ft != null) {
                        return t.types.user(ft, genericsOf(d, r), r);
                    }
                } else if (d == std("Range") || d == std("RangeInclusive")) {
                    return f.name().equals("start") || f.name().equals("end") ? a.arg(0) : Ty.UNKNOWN;
                } else if (d.deref == null) {
                    stdOnly = true; // std types' fields are private: E0616, not E0609; only a method name is E0615
                }
            } else if (r instanceof Ty.Tuple tu) {
                if (f.name().matches("\\d+")) {
                    int k = Integer.parseInt(f.name());
                    if (k < tu.items().size()) {
                        return tu.items().get(k);
                    }
                }
            } else if (r instanceof Ty.Prim || r instanceof Ty.FnTy || r instanceof Ty.Closure || r instanceof Ty.Future
                    || r instanceof Ty.Array) {
                return Ty.UNKNOWN;
            }
            cur = u.derefStep(r);
        }
        Ty r0 = u.resolve(recv);
        if (!u.known(r0) && !(r0 instanceof Ty.Tuple)) {
            return Ty.UNKNOWN;
        }
        Probe p = probe(recv, f.name());
        if (p.exists() || p.sig() != null) {
            if (!BLANKET.contains(f.name())) {
                report.methodNotField(name, f.name(), recv);
            }
            return Ty.UNKNOWN;
        }
        if (p.open() || stdOnly) {
            return Ty.UNKNOWN;
        }
        List<String> available = null;
        Ty base = t.strip(recv);
        if (base instanceof Ty.Tuple tu) {
            available = new ArrayList<>();
            for (int k = 0; k < tu.items().size(); k++) {
                available.add(String.valueOf(k));
            }
        }
        report.noField(name, f.name(), recv, available);
        return Ty.UNKNOWN;
    }

    private Ty index(Expr.Index i) {
        Ty recv = t.infer(i.receiver());
        Ty idx = t.infer(i.index());
        Ty base = t.strip(recv);
        Ty ir = u.resolve(idx);
        boolean range = ir instanceof Ty.Adt a && (a.def() == std("Range") || a.def() == std("RangeInclusive"))
                || i.index() instanceof Expr.Range;
        if (base instanceof Ty.Adt a) {
            if (a.def() == std("Vec") || a.def() == std("VecDeque")) {
                return range ? new Ty.Array(a.arg(0), true, -1) : isIntLike(ir) ? a.arg(0) : Ty.UNKNOWN;
            }
            if (a.def() == std("HashMap") || a.def() == std("BTreeMap")) {
                return a.arg(1);
            }
            if (a.def() == std("String")) {
                return range ? new Ty.Prim("str") : Ty.UNKNOWN;
            }
        }
        if (base instanceof Ty.Array a) {
            return range ? new Ty.Array(a.elem(), true, -1) : isIntLike(ir) ? a.elem() : Ty.UNKNOWN;
        }
        if (base instanceof Ty.Prim p && p.name().equals("str") && range) {
            return new Ty.Prim("str");
        }
        return Ty.UNKNOWN;
    }

    private static boolean isIntLike(Ty r) {
        return r instanceof Ty.Prim p && p.isInt() || r instanceof Ty.Var v && v.kind == Ty.Var.Kind.INT;
    }

    // ------------------------------------------------------------------ struct literals

    private Ty structLit(Expr.StructLit s) {
        List<String> full = items.expand(s.path());
        TypeDef d = null;
        Item.Variant variant = null;
        if (full.size() == 1 && full.get(0).equals("Self")) {
            Ty st = u.resolve(t.selfTy);
            d = st instanceof Ty.Adt a && a.def().user ? a.def() : null;
        } else {
            d = items.defOfPath(full);
            if (d == null && full.size() >= 2) {
                List<String> owner = full.subList(0, full.size() - 1);
                TypeDef e = owner.size() == 1 && owner.get(0).equals("Self") && u.resolve(t.selfTy) instanceof Ty.Adt a ? a.def()
                        : items.defOfPath(owner);
                if (e != null && e.user && e.enumKind) {
                    variant = e.variants.get(full.get(full.size() - 1));
                    d = variant == null ? null : e;
                }
            }
        }
        if (d == null || !d.user || d.enumKind && variant == null) {
            for (Expr.FieldInit f : s.fields()) {
                t.infer(f.value());
            }
            if (s.base() != null) {
                t.infer(s.base());
            }
            return Ty.UNKNOWN;
        }
        Ty self = userAdt(d);
        Map<String, Ty> g = genericsOf(d, self);
        Map<String, TypeRef> fields = new HashMap<>();
        if (variant != null) {
            if (variant.fieldNames() != null) {
                for (int k = 0; k < variant.fieldNames().size() && k < variant.types().size(); k++) {
                    fields.put(variant.fieldNames().get(k), variant.types().get(k));
                }
            }
        } else {
            fields.putAll(d.fields);
        }
        for (Expr.FieldInit f : s.fields()) {
            TypeRef ft = fields.get(f.name());
            if (ft == null) {
                t.infer(f.value());
            } else {
                t.check(f.value(), t.types.user(ft, g, self), null);
            }
        }
        if (s.base() != null) {
            t.check(s.base(), self, null);
        }
        return self;
    }

    // ------------------------------------------------------------------ patterns' types

    /** The element type a slice pattern binds. */
    Ty elementOf(Ty r) {
        r = u.resolve(r);
        if (r instanceof Ty.Array a) {
            return a.elem();
        }
        return Ty.UNKNOWN;
    }

    /** The field types of the variant (or tuple struct) {@code path} when matched against {@code scrut}. */
    List<Ty> variantFields(List<String> path, Ty scrut, int n) {
        List<String> full = items.expand(path);
        String last = full.get(full.size() - 1);
        Ty r = u.resolve(scrut);
        if (r instanceof Ty.Adt a && (a.def() == std("Option") || a.def() == std("Result"))
                && (full.size() == 1 || full.size() == 2 && (full.get(0).equals("Option") || full.get(0).equals("Result")))) {
            switch (last) {
                case "Some", "Ok" -> {
                    return List.of(a.arg(0));
                }
                case "Err" -> {
                    return List.of(a.arg(1));
                }
                default -> {
                    return List.of();
                }
            }
        }
        TypeDef d = null;
        Item.Variant v = null;
        if (r instanceof Ty.Adt a && a.def().user && a.def().enumKind) {
            TypeDef e = a.def();
            Item.Variant cand = e.variants.get(last);
            if (cand != null && (full.size() == 1 || full.get(full.size() - 2).equals(e.key) || full.get(full.size() - 2).equals("Self"))) {
                d = e;
                v = cand;
            }
        }
        if (d != null) {
            Map<String, Ty> g = genericsOf(d, r);
            List<Ty> out = new ArrayList<>();
            for (TypeRef tr : v.types()) {
                out.add(t.types.user(tr, g, r));
            }
            return out;
        }
        if (r instanceof Ty.Adt a && a.def().user && !a.def().enumKind && a.def().tuple && full.size() == 1
                && full.get(0).equals(a.def().key)) {
            Map<String, Ty> g = genericsOf(a.def(), r);
            List<Ty> out = new ArrayList<>();
            for (TypeRef tr : ((Item.Struct) a.def().item).types()) {
                out.add(t.types.user(tr, g, r));
            }
            return out;
        }
        return List.of();
    }

    Ty structPatField(List<String> path, Ty scrut, String name) {
        Ty r = u.resolve(scrut);
        if (!(r instanceof Ty.Adt a) || !a.def().user) {
            return Ty.UNKNOWN;
        }
        TypeDef d = a.def();
        List<String> full = items.expand(path);
        Map<String, Ty> g = genericsOf(d, r);
        if (!d.enumKind && full.get(full.size() - 1).equals(d.key) || full.size() == 1 && full.get(0).equals("Self") && !d.enumKind) {
            TypeRef ft = d.fields.get(name);
            return ft == null ? Ty.UNKNOWN : t.types.user(ft, g, r);
        }
        if (d.enumKind) {
            Item.Variant v = d.variants.get(full.get(full.size() - 1));
            if (v != null && v.fieldNames() != null) {
                int k = v.fieldNames().indexOf(name);
                if (k >= 0 && k < v.types().size()) {
                    return t.types.user(v.types().get(k), g, r);
                }
            }
        }
        return Ty.UNKNOWN;
    }

    /** What a {@code for} loop over a value of this type binds. */
    Ty itemOf(Ty it) {
        Ty r = u.resolve(it);
        if (r instanceof Ty.Adt a) {
            TypeDef d = a.def();
            if (d == std("Range") || d == std("RangeInclusive") || d == std("Iter") || d == std("Vec") || d == std("VecDeque")
                    || d == std("HashSet") || d == std("BTreeSet") || d == std("Option")) {
                return a.arg(0);
            }
            if (d == std("HashMap") || d == std("BTreeMap")) {
                return new Ty.Tuple(List.of(a.arg(0), a.arg(1)));
            }
            return Ty.UNKNOWN;
        }
        if (r instanceof Ty.Array a && !a.slice()) {
            return a.elem();
        }
        if (r instanceof Ty.Ref ref) {
            Ty in = u.resolve(ref.inner());
            boolean mut = ref.mutable();
            if (in instanceof Ty.Adt a) {
                TypeDef d = a.def();
                if (d == std("Vec") || d == std("VecDeque") || d == std("HashSet") || d == std("BTreeSet")) {
                    return new Ty.Ref(mut, a.arg(0));
                }
                if (d == std("HashMap") || d == std("BTreeMap")) {
                    return new Ty.Tuple(List.of(new Ty.Ref(false, a.arg(0)), new Ty.Ref(mut, a.arg(1))));
                }
            }
            if (in instanceof Ty.Array a) {
                return new Ty.Ref(mut, a.elem());
            }
        }
        return Ty.UNKNOWN;
    }

    // ------------------------------------------------------------------ macros

    private static final Set<String> NEVER_MACROS = Set.of("panic", "unreachable", "todo", "unimplemented");

    private Ty macro(Expr.Macro m) {
        String n = m.name();
        List<Expr> args = m.args();
        int fmt = switch (n) {
            case "println", "print", "eprintln", "eprint", "format", "panic", "unreachable", "todo", "unimplemented" -> 0;
            case "write", "writeln" -> 1;
            case "assert" -> 1;
            case "assert_eq", "assert_ne", "debug_assert_eq" -> 2;
            default -> -1;
        };
        Set<String> named = new HashSet<>();
        for (int k = 0; k < args.size(); k++) {
            Expr a = args.get(k);
            if (a instanceof Expr.Assign as && as.op().equals("=") && as.target() instanceof Expr.Path p && p.segments().size() == 1
                    && k > fmt && fmt >= 0) {
                named.add(p.segments().get(0));
                t.infer(as.value());
                continue;
            }
            if (k == fmt && a instanceof Expr.Lit) {
                continue;
            }
            t.infer(a);
        }
        if (fmt >= 0 && fmt < args.size() && args.get(fmt) instanceof Expr.Lit l && l.value() instanceof String) {
            formatNames(m, l, named);
        }
        if (NEVER_MACROS.contains(n)) {
            return Ty.NEVER;
        }
        if (n.equals("pin")) {
            // tokio::pin!(x) shadows x with a pinned reference to it
            for (Expr a : args) {
                if (a instanceof Expr.Path p && p.segments().size() == 1) {
                    t.declare(p.segments().get(0), Ty.UNKNOWN, true, p.pos(), false, null);
                }
            }
            return Ty.UNIT;
        }
        return switch (n) {
            case "format" -> adt("String");
            case "write", "writeln" -> adt("Result", Ty.UNIT, Ty.UNKNOWN);
            case "dbg" -> args.size() == 1 ? t.facts.type(args.get(0)) : Ty.UNKNOWN;
            case "println", "print", "eprintln", "eprint", "assert", "assert_eq", "assert_ne", "debug_assert", "debug_assert_eq",
                    "debug_assert_ne" -> Ty.UNIT;
            default -> Ty.UNKNOWN;
        };
    }

    /** E0425 for a {@code {name}} in a format string that names nothing in scope. */
    private void formatNames(Expr.Macro m, Expr.Lit l, Set<String> named) {
        int ti = src.index(l.pos());
        if (ti < 0) {
            return;
        }
        Token tok = src.token(ti);
        String raw = tok.text();
        int line = tok.line();
        int col = tok.column();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                line++;
                col = 1;
                continue;
            }
            if (c == '{') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '{') {
                    i++;
                    col += 2;
                    continue;
                }
                int j = i + 1;
                while (j < raw.length() && (Character.isLetterOrDigit(raw.charAt(j)) || raw.charAt(j) == '_')) {
                    j++;
                }
                String name = raw.substring(i + 1, j);
                if (!name.isEmpty() && !Character.isDigit(name.charAt(0)) && j < raw.length() && (raw.charAt(j) == '}' || raw.charAt(j) == ':')
                        && !named.contains(name)) {
                    Local loc = t.scope.lookup(name);
                    if (loc != null) {
                        Expr.Path fake = new Expr.Path(new asyncscope.lessons.rustlite.ast.Pos(line, col + 1), List.of(name), null);
                        useLocal(fake, loc);
                        t.facts.types.put(fake, loc.ty);
                        t.facts.formatUses.computeIfAbsent(m, k -> new ArrayList<>()).add(fake);
                    } else if (!items.consts.containsKey(name) && !items.opaqueGlobs() && !items.imports.containsKey(name)) {
                        report.notFound(new Span(line, col + 1, line, col + 1 + name.length()), name, false);
                    }
                }
            }
            col++;
        }
    }
}
