package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Pat;
import asyncscope.lessons.rustlite.ast.Pos;
import asyncscope.lessons.rustlite.ast.Stmt;
import asyncscope.lessons.rustlite.ast.TypeRef;
import asyncscope.lessons.rustlite.diag.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The type pass over function bodies: infers each expression's type, pushing declared types down to where a
 * value is written (so a mismatch is reported at the innermost wrong value, as rustc does), and reports
 * E0308 where two known types certainly differ. Statements, control flow, patterns, operators and closures
 * live here; paths, calls, methods, fields and macros in {@link Calls}. Every type it cannot know is
 * {@link Ty#UNKNOWN}, which never produces an error.
 */
final class ExprTyper {
    final Items items;
    final StdModel std;
    final Unifier u;
    final Types types;
    final Facts facts;
    final Report report;
    final SourceIndex src;
    final Calls calls;

    final Scope scope = new Scope();
    private int nextLocal;
    Map<String, Ty> generics = new HashMap<>();
    Ty selfTy = Ty.UNKNOWN;

    /** A body being checked: a function, a closure or an async block. */
    static final class Frame {
        final Expr node;
        final Ty ret;
        final boolean async;
        final Span retSpan;

        Frame(Expr node, Ty ret, boolean async, Span retSpan) {
            this.node = node;
            this.ret = ret;
            this.async = async;
            this.retSpan = retSpan;
        }
    }

    final Deque<Frame> frames = new ArrayDeque<>();

    private static final class LoopFrame {
        final String label;
        final Ty breakTy;
        boolean broke;

        LoopFrame(String label, Ty breakTy) {
            this.label = label;
            this.breakTy = breakTy;
        }
    }

    private final Deque<LoopFrame> loops = new ArrayDeque<>();

    /** Set when something in the current block may not return (a {@code !} value, or a call the checker cannot see into). */
    boolean mayDiverge;
    private int depth;

    ExprTyper(Items items, StdModel std, Unifier u, Facts facts, Report report, SourceIndex src) {
        this.items = items;
        this.std = std;
        this.u = u;
        this.types = new Types(items, std, u);
        this.facts = facts;
        this.report = report;
        this.src = src;
        this.calls = new Calls(this);
    }

    Frame frame() {
        return frames.peek();
    }

    // ------------------------------------------------------------------ bodies

    void body(Items.Body b) {
        Map<String, Ty> g = new HashMap<>();
        for (String n : b.ownerGenerics()) {
            g.put(n, new Ty.Param(n));
        }
        for (String n : Ast.names(b.fn().generics())) {
            g.put(n, new Ty.Param(n));
        }
        generics = g;
        selfTy = b.ownerRef() == null || b.traitDefault() ? Ty.UNKNOWN : types.user(b.ownerRef(), g, null);
        Ty ret = b.fn().ret().form().equals(TypeRef.INFER_FORM) ? Ty.UNIT : types.user(b.fn().ret(), g, selfTy);
        Span retSpan = src.retTypeSpan(b.fn().pos());
        Expr.Block body = b.fn().body();
        frames.push(new Frame(body, ret, b.fn().isAsync(), retSpan));
        scope.push();
        loops.clear();
        try {
            if (b.fn().hasSelf()) {
                TypeRef written = b.fn().selfType();
                Ty st = switch (Ast.selfKind(b.fn())) {
                    case "&self" -> new Ty.Ref(false, selfTy);
                    case "&mut self" -> new Ty.Ref(true, selfTy);
                    // `self: Box<Self>`, `self: Rc<Self>`: the receiver has the type written
                    default -> written != null && !written.name().equals("Self") ? types.user(written, g, selfTy) : selfTy;
                };
                declare("self", st, false, b.fn().pos(), true, null);
            }
            for (Expr.Param p : b.fn().params()) {
                bind(p.pat(), types.user(p.type(), g, selfTy), true);
            }
            mayDiverge = false;
            Ty bodyTy;
            if (body.tail() != null) {
                bodyTy = block(body, ret, report.returnType(retSpan, ret));
            } else {
                bodyTy = block(body, null, null);
                missingTail(b, body, bodyTy, ret, retSpan);
            }
            facts.types.put(body, bodyTy);
        } finally {
            scope.pop();
            frames.pop();
        }
    }

    private void missingTail(Items.Body b, Expr.Block body, Ty bodyTy, Ty ret, Span retSpan) {
        Ty r = u.resolve(ret);
        if (retSpan == null || !u.known(r) || r instanceof Ty.Never || bodyTy instanceof Ty.Never || mayDiverge) {
            return;
        }
        if (r instanceof Ty.Tuple t && t.items().isEmpty()) {
            return;
        }
        if (b.fn().isAsync()) {
            // rustc points at the async fn's body (the future's output is what the block makes)
            report.mismatch(src.span(body), ret, Ty.UNIT, Report.Site.PLAIN);
            return;
        }
        Span semi = null;
        if (!body.stmts().isEmpty() && body.stmts().get(body.stmts().size() - 1) instanceof Stmt.ExprStmt es && es.semi()) {
            Ty last = facts.type(es.expr());
            if (u.known(last) && u.compatible(ret, last)) {
                int end = src.end(es.expr());
                if (end >= 0) {
                    semi = src.spanOf(end + 1, end + 1);
                }
            }
        }
        report.missingTail(retSpan, src.fnNameSpan(b.fn().pos()), ret, semi);
    }

    Local declare(String name, Ty ty, boolean mutable, Pos pos, boolean param, Pat pat) {
        Local l = new Local(name, ty, mutable, pos, frame().node, nextLocal++, param);
        scope.declare(l);
        if (pat != null) {
            facts.bindings.put(pat, l);
        }
        facts.declared.computeIfAbsent(frame().node, k -> new java.util.LinkedHashMap<>()).put(l, Boolean.TRUE);
        return l;
    }

    // ------------------------------------------------------------------ expressions

    Ty infer(Expr e) {
        return check(e, null, null);
    }

    /** Checks {@code e} where a value of type {@code expected} is wanted (null: anything); returns e's type. */
    Ty check(Expr e, Ty expected, Report.Site site) {
        if (++depth > 400) {
            depth--;
            return Ty.UNKNOWN;
        }
        try {
            Ty t = checkInner(e, expected, site == null ? Report.Site.PLAIN : site);
            if (t == null) {
                t = Ty.UNKNOWN;
            }
            if (u.resolve(t) instanceof Ty.Never) {
                mayDiverge = true;
            }
            facts.types.put(e, t);
            return t;
        } finally {
            depth--;
        }
    }

    /** After inferring a value that does not pass the expectation further down: does it fit? */
    Ty fit(Expr e, Ty t, Ty expected, Report.Site site) {
        if (expected != null && !u.coerce(expected, t)) {
            report.mismatch(e, expected, t, site);
        }
        return t;
    }

    private Ty checkInner(Expr e, Ty expected, Report.Site site) {
        if (e instanceof Expr.Lit l) {
            return fit(e, literal(l), expected, site);
        }
        if (e instanceof Expr.Block b) {
            scope.push();
            try {
                return block(b, expected, site);
            } finally {
                scope.pop();
            }
        }
        if (e instanceof Expr.If i) {
            return ifExpr(i, expected, site);
        }
        if (e instanceof Expr.IfLet i) {
            Ty v = infer(i.value());
            scope.push();
            Ty then;
            try {
                bind(i.pat(), v, false);
                then = check(i.then(), i.otherwise() == null ? null : expected, site);
            } finally {
                scope.pop();
            }
            if (i.otherwise() == null) {
                return Ty.UNIT;
            }
            return branches(i.then(), then, i.otherwise(), expected, site);
        }
        if (e instanceof Expr.Match m) {
            return match(m, expected, site);
        }
        if (e instanceof Expr.Tuple t) {
            Ty exp = expected == null ? null : u.resolve(expected);
            List<Ty> items = new ArrayList<>();
            for (int k = 0; k < t.items().size(); k++) {
                Ty want = exp instanceof Ty.Tuple et && et.items().size() == t.items().size() ? et.items().get(k) : null;
                items.add(check(t.items().get(k), want, want == null ? null : site));
            }
            Ty ty = new Ty.Tuple(items);
            if (exp instanceof Ty.Tuple et && et.items().size() == t.items().size()) {
                return ty;
            }
            return fit(e, ty, expected, site);
        }
        if (e instanceof Expr.Array a) {
            return array(a, expected, site);
        }
        if (e instanceof Expr.Repeat r) {
            Ty el = infer(r.value());
            check(r.count(), new Ty.Prim("usize"), null);
            boolean vec = src.tokenIs(r.pos(), "vec");
            long n = r.count() instanceof Expr.Lit l && l.value() instanceof Long v ? v : -1;
            return fit(e, vec ? new Ty.Adt(std.types.get("Vec"), List.of(el)) : new Ty.Array(el, false, n), expected, site);
        }
        if (e instanceof Expr.Closure c) {
            return closure(c, expected);
        }
        if (e instanceof Expr.Async a) {
            Ty ret = u.fresh();
            frames.push(new Frame(a, ret, true, null));
            boolean saved = mayDiverge;
            Ty body;
            try {
                body = infer(a.body());
            } finally {
                frames.pop();
                mayDiverge = saved;
            }
            if (!(u.resolve(body) instanceof Ty.Never)) {
                u.unify(ret, body);
            }
            return fit(e, new Ty.Future(ret, null, a), expected, site);
        }
        if (e instanceof Expr.Loop l) {
            LoopFrame lf = new LoopFrame(l.label(), u.fresh());
            loops.push(lf);
            boolean saved = mayDiverge;
            try {
                infer(l.body());
            } finally {
                loops.pop();
            }
            mayDiverge = saved;
            return fit(e, lf.broke ? lf.breakTy : Ty.NEVER, expected, site);
        }
        if (e instanceof Expr.While w) {
            check(w.cond(), new Ty.Prim("bool"), null);
            loopBody(w.label(), w.body());
            return fit(e, Ty.UNIT, expected, site);
        }
        if (e instanceof Expr.WhileLet w) {
            Ty v = infer(w.value());
            scope.push();
            try {
                bind(w.pat(), v, false);
                loopBody(w.label(), w.body());
            } finally {
                scope.pop();
            }
            return fit(e, Ty.UNIT, expected, site);
        }
        if (e instanceof Expr.For f) {
            Ty it = infer(f.iter());
            if (u.resolve(it) instanceof Ty.Adt a && a.def().user && !a.def().traits.contains("Iterator")
                    && !a.def().traits.contains("IntoIterator") && items.blanket.isEmpty()) {
                report.notIterable(src.span(f.iter()), it);
            }
            scope.push();
            try {
                bind(f.pat(), calls.itemOf(it), false);
                loopBody(f.label(), f.body());
            } finally {
                scope.pop();
            }
            return fit(e, Ty.UNIT, expected, site);
        }
        if (e instanceof Expr.Break b) {
            LoopFrame lf = findLoop(b.label());
            if (b.value() != null) {
                Ty v = infer(b.value());
                if (lf != null) {
                    lf.broke = true;
                    u.unify(lf.breakTy, v);
                }
            } else if (lf != null) {
                lf.broke = true;
                u.unify(lf.breakTy, Ty.UNIT);
            }
            return Ty.NEVER;
        }
        if (e instanceof Expr.Continue) {
            return Ty.NEVER;
        }
        if (e instanceof Expr.Return r) {
            Frame f = frame();
            if (r.value() != null) {
                check(r.value(), f.ret, f.retSpan == null ? null : report.returnType(f.retSpan, f.ret));
            } else if (f.node instanceof Expr.Block && u.known(f.ret) && !(u.resolve(f.ret) instanceof Ty.Tuple t && t.items().isEmpty())
                    && !(u.resolve(f.ret) instanceof Ty.Never)) {
                report.mismatch(src.tokenSpan(r.pos()), f.ret, Ty.UNIT, Report.Site.PLAIN);
            }
            return Ty.NEVER;
        }
        if (e instanceof Expr.Unary un) {
            Ty full = u.resolve(infer(un.operand()));
            Ty t = strip(full);
            Ty r = u.resolve(t);
            String bad = noUnaryImpl(un.op(), full, r);
            if (bad != null) {
                Span at = src.span(un);
                if (at != null) {
                    report.noUnary(at, un.op(), u.show(full), bad.isEmpty() ? null : bad);
                    return Ty.UNKNOWN;
                }
            }
            if (un.op().equals("!") && (r instanceof Ty.Prim p && (p.name().equals("bool") || p.isInt()) || r instanceof Ty.Var v && v.kind == Ty.Var.Kind.INT)) {
                return fit(e, t, expected, site);
            }
            if (un.op().equals("-") && isNumeric(r)) {
                return fit(e, t, expected, site);
            }
            return Ty.UNKNOWN;
        }
        if (e instanceof Expr.Binary b) {
            return fit(e, binary(b), expected, site);
        }
        if (e instanceof Expr.Assign a) {
            assign(a);
            return fit(e, Ty.UNIT, expected, site);
        }
        if (e instanceof Expr.Ref r) {
            // `&[a, b]` where a slice is wanted: the elements meet the wanted element type (`&[&dyn Trait]` takes
            // references to different types), rather than the first element's
            Ty want = expected == null ? null : u.resolve(expected);
            Ty inner = r.operand() instanceof Expr.Array && want instanceof Ty.Ref wr && u.resolve(wr.inner()) instanceof Ty.Array
                    ? check(r.operand(), u.resolve(wr.inner()), site) : infer(r.operand());
            return fit(e, new Ty.Ref(r.mutable(), inner), expected, site);
        }
        if (e instanceof Expr.Deref d) {
            Ty t = infer(d.operand());
            Ty r = u.resolve(t);
            if (r instanceof Ty.Unknown || r instanceof Ty.Var) {
                return Ty.UNKNOWN;
            }
            Ty in = u.derefStep(r);
            return in == null ? Ty.UNKNOWN : fit(e, in, expected, site);
        }
        if (e instanceof Expr.Cast c) {
            infer(c.operand());
            return fit(e, types.user(c.type(), generics, selfTy), expected, site);
        }
        if (e instanceof Expr.Try t) {
            Ty in = u.resolve(infer(t.operand()));
            if (in instanceof Ty.Adt a && (a.def() == std.types.get("Result") || a.def() == std.types.get("Option"))) {
                return fit(e, a.arg(0), expected, site);
            }
            return Ty.UNKNOWN;
        }
        if (e instanceof Expr.Range r) {
            Ty lo = r.lo() == null ? null : infer(r.lo());
            Ty hi = r.hi() == null ? null : infer(r.hi());
            if (lo != null && hi != null && !u.unify(lo, hi) && isNumeric(u.resolve(lo)) && isNumeric(u.resolve(hi))) {
                report.mismatch(r.hi(), lo, hi, Report.Site.PLAIN);
            }
            if (lo == null || hi == null && r.inclusive()) {
                return Ty.UNKNOWN;
            }
            return new Ty.Adt(std.types.get(r.inclusive() ? "RangeInclusive" : "Range"), List.of(lo));
        }
        if (e instanceof Expr.Matches m) {
            Ty v = infer(m.value());
            scope.push();
            try {
                bind(m.pat(), v, false);
                if (m.guard() != null) {
                    check(m.guard(), new Ty.Prim("bool"), null);
                }
            } finally {
                scope.pop();
            }
            return fit(e, new Ty.Prim("bool"), expected, site);
        }
        return calls.expr(e, expected, site);
    }

    static boolean isNumeric(Ty r) {
        return r instanceof Ty.Prim p && (p.isInt() || p.isFloat()) || r instanceof Ty.Var v && v.kind != Ty.Var.Kind.ANY;
    }

    /** The type with references taken off (operators on numbers work through {@code &}). */
    Ty strip(Ty t) {
        Ty r = u.resolve(t);
        int guard = 0;
        while (r instanceof Ty.Ref ref && guard++ < 8) {
            r = u.resolve(ref.inner());
        }
        return r;
    }

    private Ty literal(Expr.Lit l) {
        Object v = l.value();
        String suffix = l.suffix() == null ? "" : l.suffix();
        if (v instanceof Long || v instanceof java.math.BigInteger) {
            return Types.PRIMS.contains(suffix) ? new Ty.Prim(suffix) : u.fresh(Ty.Var.Kind.INT);
        }
        if (v instanceof Double) {
            return suffix.equals("f32") || suffix.equals("f64") ? new Ty.Prim(suffix) : u.fresh(Ty.Var.Kind.FLOAT);
        }
        if (v instanceof Boolean) {
            return new Ty.Prim("bool");
        }
        if (suffix.equals("char")) {
            return new Ty.Prim("char");
        }
        if (suffix.equals("str")) {
            int i = src.index(l.pos());
            boolean bytes = i < 0 || src.token(i).text().startsWith("b");
            return bytes ? Ty.UNKNOWN : new Ty.Ref(false, new Ty.Prim("str"));
        }
        return Ty.UNKNOWN;
    }

    // ------------------------------------------------------------------ blocks and statements

    /** The statements of {@code b} in the current scope; its type is the tail's, {@code ()}, or {@code !} when it diverges. */
    Ty block(Expr.Block b, Ty expected, Report.Site site) {
        boolean saved = mayDiverge;
        mayDiverge = false;
        boolean diverges = false;
        for (Stmt s : b.stmts()) {
            if (stmt(s)) {
                diverges = true;
            }
        }
        Ty t;
        if (b.tail() != null) {
            t = check(b.tail(), expected, site);
        } else {
            t = diverges ? Ty.NEVER : Ty.UNIT;
            if (expected != null && !diverges && !mayDiverge) {
                Ty exp = u.resolve(expected);
                if (u.known(exp) && !u.compatible(exp, Ty.UNIT) && !(exp instanceof Ty.Never) && b.stmts().size() <= 1000) {
                    Span sp = src.tokenSpan(b.pos());
                    int end = src.end(b);
                    if (end >= 0) {
                        sp = new Span(sp.line(), sp.column(), src.token(end).endLine(), src.token(end).endColumn() + 1);
                    }
                    report.mismatch(sp, expected, Ty.UNIT, site);
                }
            }
        }
        mayDiverge = saved || mayDiverge || diverges;
        return t;
    }

    /** Checks one statement; true when it certainly diverges. */
    private boolean stmt(Stmt s) {
        if (s instanceof Stmt.ItemStmt) {
            return false;
        }
        if (s instanceof Stmt.ExprStmt es) {
            Ty t = infer(es.expr());
            return u.resolve(t) instanceof Ty.Never;
        }
        Stmt.Let l = (Stmt.Let) s;
        Ty declared = l.type() == null ? null : types.user(l.type(), generics, selfTy);
        Ty t;
        if (l.init() != null) {
            t = check(l.init(), declared, declared == null ? null : report.let(src.letTypeSpan(l.pos())));
            if (declared != null) {
                t = declared;
            }
        } else {
            t = declared != null ? declared : u.fresh();
        }
        if (l.elseBlock() != null) {
            infer(l.elseBlock());
        }
        bind(l.pat(), t, false);
        return l.init() != null && u.resolve(facts.type(l.init())) instanceof Ty.Never;
    }

    private void loopBody(String label, Expr.Block body) {
        loops.push(new LoopFrame(label, u.fresh()));
        boolean saved = mayDiverge;
        try {
            infer(body);
        } finally {
            loops.pop();
            mayDiverge = saved;
        }
    }

    private LoopFrame findLoop(String label) {
        for (LoopFrame f : loops) {
            if (label == null || label.equals(f.label)) {
                return f;
            }
        }
        return null;
    }

    private Ty ifExpr(Expr.If i, Ty expected, Report.Site site) {
        check(i.cond(), new Ty.Prim("bool"), null);
        if (i.otherwise() == null) {
            infer(i.then());
            return Ty.UNIT;
        }
        Ty then = check(i.then(), expected, site);
        return branches(i.then(), then, i.otherwise(), expected, site);
    }

    /** The else branch of an if: against the expectation, or against the then branch's type. */
    private Ty branches(Expr.Block then, Ty thenTy, Expr otherwise, Ty expected, Report.Site site) {
        if (expected != null) {
            Ty o = check(otherwise, expected, site);
            return u.resolve(thenTy) instanceof Ty.Never ? o : thenTy;
        }
        if (u.resolve(thenTy) instanceof Ty.Never) {
            return infer(otherwise);
        }
        Expr thenTail = then.tail() != null ? then.tail() : then;
        return checkBranch(otherwise, thenTy, report.ifElse(src.span(thenTail)));
    }

    /** An else-branch or a later match arm against the type of the first: mismatches are reported at its tail. */
    private Ty checkBranch(Expr e, Ty want, Report.Site site) {
        if (e instanceof Expr.Block b) {
            scope.push();
            try {
                if (b.tail() != null) {
                    boolean saved = mayDiverge;
                    boolean diverges = false;
                    for (Stmt s : b.stmts()) {
                        diverges |= stmt(s);
                    }
                    Ty t = diverges ? infer(b.tail()) : checkBranch(b.tail(), want, site);
                    mayDiverge = saved || mayDiverge;
                    facts.types.put(b, t);
                    return t;
                }
                Ty t = block(b, null, null);
                facts.types.put(b, t);
                if (!(u.resolve(t) instanceof Ty.Never) && !mayDiverge && !u.unify(want, t) && u.known(want)) {
                    report.mismatch(b, want, t, site);
                }
                return t;
            } finally {
                scope.pop();
            }
        }
        if (e instanceof Expr.If || e instanceof Expr.IfLet || e instanceof Expr.Match) {
            return check(e, want, site);
        }
        Ty t = infer(e);
        if (!u.unify(want, t) && !(u.resolve(t) instanceof Ty.Never)) {
            report.mismatch(e, want, t, site);
        }
        return t;
    }

    private Ty match(Expr.Match m, Ty expected, Report.Site site) {
        Ty scrut = infer(m.scrutinee());
        Ty first = null;
        Expr firstBody = null;
        boolean allNever = true;
        for (Expr.Arm a : m.arms()) {
            scope.push();
            try {
                bind(a.pat(), scrut, false);
                if (a.guard() != null) {
                    check(a.guard(), new Ty.Prim("bool"), null);
                }
                Ty t;
                if (expected != null && first != null) {
                    Span head = src.tokenSpan(m.pos());
                    t = check(a.body(), expected, report.matchArms(head, src.span(firstBody), first));
                } else if (expected != null) {
                    t = check(a.body(), expected, site);
                } else if (first == null) {
                    t = infer(a.body());
                } else {
                    Span head = src.tokenSpan(m.pos());
                    t = checkBranch(a.body(), first, report.matchArms(head, src.span(firstBody), first));
                }
                if (!(u.resolve(t) instanceof Ty.Never)) {
                    allNever = false;
                    if (first == null) {
                        first = t;
                        firstBody = a.body() instanceof Expr.Block b && b.tail() != null ? b.tail() : a.body();
                    }
                }
            } finally {
                scope.pop();
            }
        }
        if (allNever) {
            return Ty.NEVER;
        }
        return expected != null ? expected : first;
    }

    private Ty array(Expr.Array a, Ty expected, Report.Site site) {
        boolean vec = src.tokenIs(a.pos(), "vec");
        Ty exp = expected == null ? null : u.resolve(expected);
        Ty elem = null;
        if (vec && exp instanceof Ty.Adt ad && ad.def() == std.types.get("Vec")) {
            elem = ad.arg(0);
        } else if (!vec && exp instanceof Ty.Array ar) {
            elem = ar.elem();
        }
        Ty el = elem != null ? elem : u.fresh();
        boolean first = true;
        for (Expr item : a.items()) {
            if (elem != null) {
                check(item, elem, site);
            } else if (first) {
                u.unify(el, infer(item));
            } else {
                Ty t = infer(item);
                if (!u.coerce(el, t)) {
                    report.mismatch(item, el, t, Report.Site.PLAIN);
                }
            }
            first = false;
        }
        Ty t = vec ? new Ty.Adt(std.types.get("Vec"), List.of(el)) : new Ty.Array(el, false, a.items().size());
        return elem != null ? t : fit(a, t, expected, site);
    }

    private Ty closure(Expr.Closure c, Ty expected) {
        Ty exp = expected == null ? null : u.resolve(expected);
        List<Ty> params = new ArrayList<>();
        Ty ret;
        if (exp instanceof Ty.FnTy f && f.params().size() == c.params().size()) {
            for (int k = 0; k < c.params().size(); k++) {
                TypeRef written = c.params().get(k).type();
                Ty p = written.form().equals(TypeRef.INFER_FORM) ? f.params().get(k) : types.user(written, generics, selfTy);
                params.add(p);
            }
            ret = c.isAsync() ? u.fresh() : f.ret();
        } else {
            for (Expr.Param p : c.params()) {
                params.add(types.user(p.type(), generics, selfTy));
            }
            ret = u.fresh();
        }
        frames.push(new Frame(c, c.isAsync() ? u.fresh() : ret, c.isAsync(), null));
        scope.push();
        boolean saved = mayDiverge;
        LoopFrame[] savedLoops = loops.toArray(new LoopFrame[0]);
        loops.clear();
        try {
            for (int k = 0; k < c.params().size(); k++) {
                bind(c.params().get(k).pat(), params.get(k), true);
            }
            Ty body = infer(c.body());
            if (!c.isAsync() && !(u.resolve(body) instanceof Ty.Never)) {
                u.unify(ret, body);
            }
            if (c.isAsync()) {
                u.unify(frame().ret, body);
                ret = new Ty.Future(frame().ret, null, c);
            }
        } finally {
            scope.pop();
            frames.pop();
            mayDiverge = saved;
            for (int k = savedLoops.length - 1; k >= 0; k--) {
                loops.push(savedLoops[k]);
            }
        }
        return new Ty.Closure(params, ret, c);
    }

    // ------------------------------------------------------------------ operators

    private Ty binary(Expr.Binary b) {
        String op = b.op();
        Ty bool = new Ty.Prim("bool");
        if (op.equals("&&") || op.equals("||")) {
            check(b.left(), bool, null);
            check(b.right(), bool, null);
            return bool;
        }
        Ty l = infer(b.left());
        Ty r = infer(b.right());
        Ty ls = strip(l);
        Ty rs = strip(r);
        Ty lr = u.resolve(l);
        Ty rr = u.resolve(r);
        String missing = missingOperator(op, lr, rr);
        if (missing == null && op.equals("+") && lr instanceof Ty.Ref lref && u.resolve(lref.inner()) instanceof Ty.Prim sp
                && sp.name().equals("str") && isStringLike(rr)) {
            missing = "cannot add `" + u.show(rr) + "` to `" + u.show(lr) + "`"; // `"a" + b`: no Add for &str
        }
        if (missing != null) {
            int i = src.end(b.left());
            Span at = i >= 0 && src.token(i + 1).text().equals(op) ? src.spanOf(i + 1, i + 1) : null;
            if (at != null) {
                report.noOperator(at, missing, src.span(b.left()), lr, src.span(b.right()), rr);
                return java.util.Set.of("==", "!=", "<", ">", "<=", ">=").contains(op) ? bool : Ty.UNKNOWN;
            }
        }
        switch (op) {
            case "==", "!=", "<", ">", "<=", ">=" -> {
                if (isNumeric(lr) && isNumeric(rr) || isPrim(lr, "bool") && isPrim(rr, "bool") || isPrim(lr, "char") && isPrim(rr, "char")
                        || isNumeric(lr) && (isPrim(rr, "bool") || isPrim(rr, "char"))
                        || (isPrim(lr, "bool") || isPrim(lr, "char")) && isNumeric(rr)) {
                    if (!u.unify(lr, rr)) {
                        report.mismatch(b.right(), lr, rr, Report.Site.PLAIN);
                    }
                }
                return bool;
            }
            case "<<", ">>" -> {
                return isNumeric(ls) && isNumeric(rs) ? ls : Ty.UNKNOWN;
            }
            case "+" -> {
                if (ls instanceof Ty.Adt a && a.def() == std.types.get("String") && lr instanceof Ty.Adt) {
                    Ty want = new Ty.Ref(false, new Ty.Prim("str"));
                    if (u.known(rr) && !u.coerce(want, rr)) {
                        report.mismatch(b.right(), want, rr, Report.Site.PLAIN);
                    }
                    return ls;
                }
                return arith(b, ls, rs);
            }
            case "-", "*", "/", "%", "&", "|", "^" -> {
                if ((op.equals("&") || op.equals("|") || op.equals("^")) && isPrim(ls, "bool") && isPrim(rs, "bool")) {
                    return bool;
                }
                return arith(b, ls, rs);
            }
            default -> {
                return Ty.UNKNOWN;
            }
        }
    }

    /** A String, &str or &String: what `+` after a &str would want to add. */
    private boolean isStringLike(Ty t) {
        Ty r = u.resolve(t);
        if (r instanceof Ty.Ref ref) {
            r = u.resolve(ref.inner());
        }
        return r instanceof Ty.Prim p && p.name().equals("str") || r instanceof Ty.Adt a && a.def() == std.types.get("String");
    }

    /**
     * Why rustc refuses unary {@code op} on a value of type {@code full} (E0600): "" (refused, no note), the note,
     * or null when it is accepted or the type is not fully known. Integers, floats and bool take what std gives them;
     * a program's type needs its own {@code Neg}/{@code Not}.
     */
    private String noUnaryImpl(String op, Ty full, Ty stripped) {
        if (!op.equals("-") && !op.equals("!")) {
            return null;
        }
        if (full instanceof Ty.Prim p) {
            if (op.equals("-") && p.isInt() && p.name().startsWith("u")) {
                return "unsigned values cannot be negated";
            }
            if (op.equals("-") && (p.name().equals("bool") || p.name().equals("char"))) {
                return "";
            }
            if (op.equals("!") && (p.isFloat() || p.name().equals("char"))) {
                return "";
            }
            return null;
        }
        if (full instanceof Ty.Ref ref && u.resolve(ref.inner()) instanceof Ty.Prim sp && sp.name().equals("str")) {
            return "";
        }
        if (full instanceof Ty.Adt a && a.def() == std.types.get("String")) {
            return "";
        }
        if (full instanceof Ty.Adt a && a.def().user && items.blanket.isEmpty()
                && !a.def().traits.contains(op.equals("-") ? "Neg" : "Not")) {
            return "";
        }
        return null;
    }

    /** The type rustc names in E0368 when {@code op} (an operator-assignment) has no impl for the target, or null. */
    private String noOpAssignImpl(String op, Ty target) {
        String trait = switch (op) {
            case "+=" -> "AddAssign";
            case "-=" -> "SubAssign";
            case "*=" -> "MulAssign";
            case "/=" -> "DivAssign";
            case "%=" -> "RemAssign";
            default -> null;
        };
        if (trait == null) {
            return null;
        }
        if (target instanceof Ty.Ref ref && !ref.mutable() && u.resolve(ref.inner()) instanceof Ty.Prim sp && sp.name().equals("str")) {
            return u.show(target);
        }
        if (target instanceof Ty.Adt a && a.def() == std.types.get("String") && !op.equals("+=")) {
            return u.show(target);
        }
        if (target instanceof Ty.Prim p && (p.name().equals("bool") || p.name().equals("char"))) {
            return p.name();
        }
        if (target instanceof Ty.Adt a && a.def().user && items.blanket.isEmpty() && !a.def().traits.contains(trait)) {
            return u.show(target);
        }
        return null;
    }

    /**
     * rustc's E0369 first line when {@code lhs op rhs} has no impl: the left side is a value (not a reference) of the
     * program's own type, which neither derives nor implements the operator's trait, and no blanket impl could give
     * it one. Null otherwise (including every type Rust-lite does not fully know).
     */
    private String missingOperator(String op, Ty lr, Ty rr) {
        String trait = switch (op) {
            case "+" -> "Add";
            case "-" -> "Sub";
            case "*" -> "Mul";
            case "/" -> "Div";
            case "%" -> "Rem";
            case "==", "!=" -> "PartialEq";
            case "<", ">", "<=", ">=" -> "PartialOrd";
            default -> null;
        };
        if (trait == null || !(lr instanceof Ty.Adt a) || !a.def().user || a.def().traits.contains(trait) || !items.blanket.isEmpty()) {
            return null;
        }
        String l = u.show(lr);
        String r = u.show(rr);
        if (trait.startsWith("Partial")) {
            return "binary operation `" + op + "` cannot be applied to type `" + l + "`";
        }
        if (!u.known(rr) && !(rr instanceof Ty.Var)) {
            return null;
        }
        return switch (op) {
            case "+" -> "cannot add `" + r + "` to `" + l + "`";
            case "-" -> "cannot subtract `" + r + "` from `" + l + "`";
            case "*" -> "cannot multiply `" + l + "` by `" + r + "`";
            case "/" -> "cannot divide `" + l + "` by `" + r + "`";
            default -> "cannot calculate the remainder of `" + l + "` divided by `" + r + "`";
        };
    }

    private Ty arith(Expr.Binary b, Ty ls, Ty rs) {
        if (isNumeric(ls) && isNumeric(rs)) {
            if (!u.unify(ls, rs)) {
                report.mismatch(b.right(), ls, rs, Report.Site.PLAIN);
            }
            return ls;
        }
        return Ty.UNKNOWN;
    }

    static boolean isPrim(Ty t, String name) {
        return t instanceof Ty.Prim p && p.name().equals(name);
    }

    private void assign(Expr.Assign a) {
        Ty target = infer(a.target());
        if (a.op().equals("=")) {
            check(a.value(), target, null);
            return;
        }
        Ty v = infer(a.value());
        String badType = noOpAssignImpl(a.op(), u.resolve(target));
        if (badType != null) {
            Span whole = src.span(a.target(), a.value());
            Span tspan = src.span(a.target());
            if (whole != null && tspan != null) {
                report.noOpAssign(whole, tspan, a.op(), badType);
                return;
            }
        }
        Ty ts = strip(target);
        Ty vs = strip(v);
        if (a.op().equals("+=") && ts instanceof Ty.Adt ad && ad.def() == std.types.get("String")) {
            Ty want = new Ty.Ref(false, new Ty.Prim("str"));
            if (u.known(v) && !u.coerce(want, v)) {
                report.mismatch(a.value(), want, v, Report.Site.PLAIN);
            }
            return;
        }
        if (!a.op().equals("<<=") && !a.op().equals(">>=") && u.resolve(target) instanceof Ty.Prim && isNumeric(ts)
                && isNumeric(u.resolve(v)) && !u.unify(ts, vs)) {
            report.mismatch(a.value(), ts, vs, Report.Site.PLAIN);
        }
    }

    // ------------------------------------------------------------------ patterns

    /** Declares the bindings of {@code p} matched against a value of type {@code t} (match ergonomics included). */
    void bind(Pat p, Ty t, boolean param) {
        bind(p, t, param, false, 0);
    }

    private void bind(Pat p, Ty t, boolean param, boolean byRef, int d) {
        if (d > 100) {
            return;
        }
        Ty r = u.resolve(t);
        if (p instanceof Pat.Bind b) {
            Ty bt = byRef ? new Ty.Ref(false, t) : t;
            declare(b.name(), bt, b.mutable(), b.pos(), param, b);
            if (b.sub() != null) {
                bind(b.sub(), t, param, byRef, d + 1);
            }
            return;
        }
        if (p instanceof Pat.Ref rp) {
            bind(rp.inner(), r instanceof Ty.Ref ref ? ref.inner() : Ty.UNKNOWN, param, false, d + 1);
            return;
        }
        if (p instanceof Pat.Or o) {
            if (!o.alts().isEmpty()) {
                bind(o.alts().get(0), t, param, byRef, d + 1);
            }
            return;
        }
        // a non-reference pattern against a reference matches through it; bindings become references
        if (r instanceof Ty.Ref ref && !(p instanceof Pat.Wild) && !(p instanceof Pat.Lit) && !(p instanceof Pat.Range)) {
            bind(p, ref.inner(), param, true, d + 1);
            return;
        }
        if (p instanceof Pat.Tuple tp) {
            List<Pat> ps = tp.items();
            boolean rest = ps.stream().anyMatch(x -> x instanceof Pat.Rest);
            for (int k = 0; k < ps.size(); k++) {
                Ty it = !rest && r instanceof Ty.Tuple tt && tt.items().size() == ps.size() ? tt.items().get(k) : Ty.UNKNOWN;
                bind(ps.get(k), it, param, byRef, d + 1);
            }
            return;
        }
        if (p instanceof Pat.Slice sp) {
            Ty el = calls.elementOf(r);
            for (Pat q : sp.items()) {
                bind(q, q instanceof Pat.Bind qb && qb.sub() instanceof Pat.Rest ? Ty.UNKNOWN : el, param, byRef, d + 1);
            }
            return;
        }
        if (p instanceof Pat.Variant v) {
            List<Ty> fields = calls.variantFields(v.path(), r, v.items().size());
            for (int k = 0; k < v.items().size(); k++) {
                bind(v.items().get(k), k < fields.size() ? fields.get(k) : Ty.UNKNOWN, param, byRef, d + 1);
            }
            return;
        }
        if (p instanceof Pat.Struct sp) {
            for (Pat.FieldPat f : sp.fields()) {
                bind(f.pat(), calls.structPatField(sp.path(), r, f.name()), param, byRef, d + 1);
            }
        }
    }
}
