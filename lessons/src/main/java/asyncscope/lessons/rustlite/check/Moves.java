package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Pat;
import asyncscope.lessons.rustlite.ast.Stmt;
import asyncscope.lessons.rustlite.diag.Label;
import asyncscope.lessons.rustlite.diag.Note;
import asyncscope.lessons.rustlite.diag.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Use after move (E0382): a flow-sensitive pass over each body that follows which locals (and fields of locals)
 * may have been moved on some path to each point — through branches (a move in either arm counts), loops (a move
 * in one iteration reaches the next), {@code break}/{@code return} (code after them is unreachable), closures and
 * async blocks (a {@code move} capture, or a use by value inside, moves the variable at the closure).
 * <p>
 * A move is recorded only when the value's type is known not to be {@code Copy}; where the pass cannot tell how a
 * value is used (a {@code match} scrutinee, a destructuring {@code let}, an unknown method) it assumes a borrow,
 * which can only hide errors, never invent them. Each use of a moved value is reported once per set of moves that
 * reach it, with rustc's labels.
 */
final class Moves {
    private final Facts facts;
    private final Unifier u;
    private final Report report;
    private final SourceIndex src;

    /** Where a value was moved and how rustc labels it. */
    record Site(Span span, String label, Expr loop, List<Label> extra) {}

    /** What is moved of one local: all of it (at {@code whole} sites) and/or some fields. */
    private static final class Moved {
        Set<Site> whole = new LinkedHashSet<>();
        Map<String, Set<Site>> fields = new HashMap<>();

        Moved copy() {
            Moved m = new Moved();
            m.whole = new LinkedHashSet<>(whole);
            for (Map.Entry<String, Set<Site>> e : fields.entrySet()) {
                m.fields.put(e.getKey(), new LinkedHashSet<>(e.getValue()));
            }
            return m;
        }

        boolean isEmpty() {
            return whole.isEmpty() && fields.isEmpty();
        }
    }

    /** The moved locals at a point; null when the point cannot be reached. */
    private Map<Local, Moved> state = new HashMap<>();

    private final class LoopCtx {
        final Expr node;
        final List<Map<Local, Moved>> breaks = new ArrayList<>();
        final List<Map<Local, Moved>> continues = new ArrayList<>();
        final String label;

        LoopCtx(Expr node, String label) {
            this.node = node;
            this.label = label;
        }
    }

    private final Deque<LoopCtx> loops = new ArrayDeque<>();
    private final Set<String> reported = new HashSet<>();
    private final Map<Expr, Set<Local>> movedInside = new IdentityHashMap<>();
    private int depth;

    Moves(Facts facts, Unifier u, Report report, SourceIndex src) {
        this.facts = facts;
        this.u = u;
        this.report = report;
        this.src = src;
    }

    void body(Expr.Block b) {
        state = new HashMap<>();
        loops.clear();
        expr(b, Mode.MOVE);
    }

    private enum Mode { MOVE, BORROW }

    // ------------------------------------------------------------------ Copy or not

    /** TRUE: moving a value of this type moves it; FALSE: it is Copy (or only borrowed); null: not known (then: no move). */
    Boolean moves(Ty t) {
        return moves(t, 0);
    }

    private Boolean moves(Ty t, int d) {
        Ty r = u.resolve(t);
        if (d > 20) {
            return null;
        }
        if (r instanceof Ty.Prim || r instanceof Ty.FnTy || r instanceof Ty.Never) {
            return false;
        }
        if (r instanceof Ty.Var v) {
            return v.kind == Ty.Var.Kind.ANY ? null : false;
        }
        if (r instanceof Ty.Ref ref) {
            return ref.mutable() ? null : false;
        }
        if (r instanceof Ty.Future) {
            return true;
        }
        if (r instanceof Ty.Tuple tu) {
            return all(tu.items(), d);
        }
        if (r instanceof Ty.Array a) {
            return a.slice() ? null : moves(a.elem(), d + 1);
        }
        if (r instanceof Ty.Adt a) {
            TypeDef def = a.def();
            if (Boolean.FALSE.equals(def.copy)) {
                return true;
            }
            if (Boolean.TRUE.equals(def.copy)) {
                return def.generics.isEmpty() || a.args().isEmpty() ? false : all(a.args(), d);
            }
            if (def.key.equals("Option") || def.key.equals("Result")) {
                return all(a.args(), d);
            }
            return null;
        }
        return null;
    }

    /** A compound type moves if any part moves; is Copy if every part is; else unknown. */
    private Boolean all(List<Ty> parts, int d) {
        boolean unknown = false;
        for (Ty p : parts) {
            Boolean m = moves(p, d + 1);
            if (Boolean.TRUE.equals(m)) {
                return true;
            }
            if (m == null) {
                unknown = true;
            }
        }
        return unknown ? null : false;
    }

    // ------------------------------------------------------------------ state

    private static Map<Local, Moved> copy(Map<Local, Moved> s) {
        if (s == null) {
            return null;
        }
        Map<Local, Moved> c = new HashMap<>();
        for (Map.Entry<Local, Moved> e : s.entrySet()) {
            c.put(e.getKey(), e.getValue().copy());
        }
        return c;
    }

    private static Map<Local, Moved> join(Map<Local, Moved> a, Map<Local, Moved> b) {
        if (a == null) {
            return copy(b);
        }
        if (b == null) {
            return copy(a);
        }
        Map<Local, Moved> c = copy(a);
        for (Map.Entry<Local, Moved> e : b.entrySet()) {
            Moved m = c.computeIfAbsent(e.getKey(), k -> new Moved());
            m.whole.addAll(e.getValue().whole);
            for (Map.Entry<String, Set<Site>> f : e.getValue().fields.entrySet()) {
                m.fields.computeIfAbsent(f.getKey(), k -> new LinkedHashSet<>()).addAll(f.getValue());
            }
        }
        return c;
    }

    private static boolean sameMoves(Map<Local, Moved> a, Map<Local, Moved> b) {
        if (a == null || b == null) {
            return a == b;
        }
        for (Map.Entry<Local, Moved> e : b.entrySet()) {
            Moved m = a.get(e.getKey());
            if (m == null ? !e.getValue().isEmpty() : !m.whole.containsAll(e.getValue().whole)
                    || !m.fields.keySet().containsAll(e.getValue().fields.keySet())) {
                return false;
            }
        }
        return true;
    }

    private Expr currentLoop() {
        return loops.isEmpty() ? null : loops.peek().node;
    }

    private void move(Local l, Site s) {
        if (state == null) {
            return;
        }
        Moved m = state.computeIfAbsent(l, k -> new Moved());
        m.whole = new LinkedHashSet<>(List.of(s));
        m.fields.clear();
    }

    private void moveField(Local l, String field, Site s) {
        if (state == null) {
            return;
        }
        Moved m = state.computeIfAbsent(l, k -> new Moved());
        m.fields.put(field, new LinkedHashSet<>(List.of(s)));
    }

    private void reinit(Local l) {
        if (state != null) {
            state.remove(l);
        }
    }

    // ------------------------------------------------------------------ uses

    /**
     * A use of local {@code l} (a whole use, or of its {@code field}) at {@code at}: E0382 when some path brings a
     * move of it here. {@code borrow} picks rustc's wording; {@code closure} is the closure whose capture this use is.
     */
    private void use(Local l, String field, Span at, boolean borrow, Expr closure, Span inner, boolean moveClosure) {
        if (state == null) {
            return;
        }
        Moved m = state.get(l);
        if (m == null || m.isEmpty()) {
            return;
        }
        Set<Site> sites;
        String what;
        boolean partial = false;
        String partField = null;
        if (!m.whole.isEmpty()) {
            sites = m.whole;
            what = l.name;
        } else if (field != null && m.fields.containsKey(field)) {
            sites = m.fields.get(field);
            what = l.name + "." + field;
        } else if (field == null) {
            partField = m.fields.keySet().iterator().next();
            sites = m.fields.get(partField);
            what = l.name;
            partial = true;
        } else {
            return;
        }
        String key = l.id + "|" + what + "|" + System.identityHashCode(sites.iterator().next()) + "|" + sites.size() + "|" + at;
        String siteKey = l.id + "|" + what + "|" + siteIds(sites);
        if (!reported.add(siteKey) || !reported.add(key)) {
            return;
        }
        String verb = borrow ? "borrow" : "use";
        String message = verb + " of " + (partial ? "partially moved" : "moved") + " value: `" + what + "`";
        List<Label> labels = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Ty shown = partial || what.contains(".") ? fieldType(l, partial ? partField : field) : l.ty;
        String typeText = shown == null ? null : u.show(shown);
        boolean selfSite = false;
        for (Site s : sites) {
            if (s.span().equals(at)) {
                selfSite = true;
            }
        }
        if (!what.contains(".") && !partial && typeText != null && l.pos != null) {
            labels.add(Label.secondary(src.tokenSpan(l.pos), "move occurs because `" + l.name + "` has type `" + typeText
                    + "`, which does not implement the `Copy` trait"));
        }
        boolean loopLabelled = false;
        for (Site s : sites) {
            boolean previousIteration = s.loop() != null && isInside(at, s.loop()) && !before(s.span(), at);
            if (previousIteration && !loopLabelled) {
                labels.add(Label.secondary(loopHead(s.loop()), "inside of this loop"));
                loopLabelled = true;
            }
            String label = previousIteration ? "value moved here, in previous iteration of loop"
                    : partial ? "value partially moved here" : s.label();
            if (!s.span().equals(at)) {
                labels.add(Label.secondary(s.span(), label));
                labels.addAll(s.extra());
            } else {
                labels.add(Label.primary(at, label));
            }
        }
        if (!selfSite) {
            String useLabel = "value " + (borrow ? "borrowed" : "used") + " here after " + (partial ? "partial move" : "move");
            labels.add(Label.primary(at, useLabel));
            if (inner != null) {
                labels.add(Label.secondary(inner, (borrow ? "borrow" : "use") + " occurs due to use in closure"));
            }
        }
        if (what.contains(".") && typeText != null) {
            notes.add(Note.note("move occurs because `" + what + "` has type `" + typeText + "`, which does not implement the `Copy` trait"));
        } else if (partial && typeText != null) {
            notes.add(Note.note("partial move occurs because `" + l.name + "." + partField + "` has type `" + typeText
                    + "`, which does not implement the `Copy` trait"));
        }
        report.borrowErrors.add(report.error("E0382", message, labels, notes));
    }

    private static String siteIds(Set<Site> sites) {
        StringBuilder b = new StringBuilder();
        for (Site s : sites) {
            b.append(s.span()).append(';');
        }
        return b.toString();
    }

    /** True when {@code a} starts strictly before {@code b}. */
    private static boolean before(Span a, Span b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }

    private boolean isInside(Span at, Expr loop) {
        int end = src.end(loop);
        if (end < 0) {
            return false;
        }
        Span ls = src.span(loop);
        return (at.line() > ls.line() || at.line() == ls.line() && at.column() >= ls.column())
                && (at.line() < ls.endLine() || at.line() == ls.endLine() && at.column() < ls.endColumn());
    }

    /** {@code while cond}, {@code for pat in iter}, {@code loop}: the part rustc labels "inside of this loop". */
    private Span loopHead(Expr loop) {
        Span start = src.tokenSpan(loop.pos());
        Expr last = loop instanceof Expr.While w ? w.cond() : loop instanceof Expr.For f ? f.iter()
                : loop instanceof Expr.WhileLet wl ? wl.value() : null;
        if (last == null) {
            return start;
        }
        Span e = src.span(last);
        return new Span(start.line(), start.column(), e.endLine(), e.endColumn());
    }

    private Ty fieldType(Local l, String field) {
        Ty r = u.resolve(l.ty);
        if (r instanceof Ty.Adt a && a.def().user && a.def().fields.containsKey(field)) {
            for (Map.Entry<Expr, Ty> e : facts.types.entrySet()) {
                if (e.getKey() instanceof Expr.Field f && f.name().equals(field) && f.receiver() instanceof Expr.Path p
                        && facts.locals.get(p) == l) {
                    return e.getValue();
                }
            }
        }
        if (r instanceof Ty.Tuple tu && field.matches("\\d+") && Integer.parseInt(field) < tu.items().size()) {
            return tu.items().get(Integer.parseInt(field));
        }
        return null;
    }

    // ------------------------------------------------------------------ expressions

    private void expr(Expr e, Mode mode) {
        if (e == null || state == null) {
            return;
        }
        if (++depth > 300) {
            depth--;
            return;
        }
        try {
            exprInner(e, mode);
        } finally {
            depth--;
        }
    }

    private void exprInner(Expr e, Mode mode) {
        if (e instanceof Expr.Path p) {
            Local l = facts.locals.get(p);
            if (l == null) {
                return;
            }
            Span at = src.span(p);
            Boolean mv = moves(l.ty);
            if (mode == Mode.MOVE && Boolean.TRUE.equals(mv)) {
                use(l, null, at, false, null, null, false);
                move(l, new Site(at, "value moved here", currentLoop(), List.of()));
            } else {
                use(l, null, at, mode == Mode.BORROW, null, null, false);
            }
            return;
        }
        if (e instanceof Expr.Field f) {
            field(f, mode);
            return;
        }
        if (e instanceof Expr.Lit) {
            return;
        }
        if (e instanceof Expr.Continue c) {
            LoopCtx lc = findLoop(c.label());
            if (lc != null) {
                lc.continues.add(copy(state));
            }
            state = null;
            return;
        }
        if (e instanceof Expr.Block b) {
            for (Stmt s : b.stmts()) {
                stmt(s);
            }
            if (b.tail() != null) {
                expr(b.tail(), mode);
            }
            return;
        }
        if (e instanceof Expr.Call c) {
            expr(c.callee(), Mode.BORROW);
            for (Expr a : c.args()) {
                expr(a, Mode.MOVE);
            }
            return;
        }
        if (e instanceof Expr.MethodCall m) {
            Facts.Resolved r = facts.methods.get(m);
            boolean consumes = r != null && r.sig().consumesSelf() && r.derefSteps() == 0;
            if (consumes && m.receiver() instanceof Expr.Path p && facts.locals.get(p) != null
                    && Boolean.TRUE.equals(moves(facts.locals.get(p).ty))) {
                Local l = facts.locals.get(p);
                Span at = src.span(p);
                use(l, null, at, false, null, null, false);
                Span call = src.tokenSpan(m.pos());
                int end = src.end(m);
                if (end >= 0) {
                    call = new Span(call.line(), call.column(), src.token(end).endLine(), src.token(end).endColumn() + 1);
                }
                move(l, new Site(call, "`" + l.name + "` moved due to this method call", currentLoop(), List.of()));
            } else {
                expr(m.receiver(), consumes ? Mode.MOVE : Mode.BORROW);
            }
            for (Expr a : m.args()) {
                expr(a, Mode.MOVE);
            }
            return;
        }
        if (e instanceof Expr.Await a) {
            if (a.future() instanceof Expr.Path p && facts.locals.get(p) != null && Boolean.TRUE.equals(moves(facts.locals.get(p).ty))) {
                Local l = facts.locals.get(p);
                use(l, null, src.span(p), false, null, null, false);
                move(l, new Site(src.tokenSpan(a.pos()), "`" + l.name + "` moved due to this await", currentLoop(), List.of()));
            } else {
                expr(a.future(), Mode.MOVE);
            }
            return;
        }
        if (e instanceof Expr.Index i) {
            expr(i.receiver(), Mode.BORROW);
            expr(i.index(), Mode.MOVE);
            return;
        }
        if (e instanceof Expr.Try t) {
            expr(t.operand(), Mode.MOVE);
            return;
        }
        if (e instanceof Expr.Ref r) {
            expr(r.operand(), Mode.BORROW);
            return;
        }
        if (e instanceof Expr.Deref d) {
            expr(d.operand(), Mode.BORROW);
            return;
        }
        if (e instanceof Expr.Cast c) {
            expr(c.operand(), Mode.MOVE);
            return;
        }
        if (e instanceof Expr.Unary un) {
            expr(un.operand(), Mode.MOVE);
            return;
        }
        if (e instanceof Expr.Binary b) {
            binary(b);
            return;
        }
        if (e instanceof Expr.Assign a) {
            expr(a.value(), Mode.MOVE);
            if (a.op().equals("=") && a.target() instanceof Expr.Path p && facts.locals.get(p) != null) {
                reinit(facts.locals.get(p));
            } else if (a.op().equals("=") && a.target() instanceof Expr.Field f && f.receiver() instanceof Expr.Path p
                    && facts.locals.get(p) != null && state != null) {
                Moved m = state.get(facts.locals.get(p));
                if (m != null) {
                    m.fields.remove(f.name());
                }
            } else {
                expr(a.target(), Mode.BORROW);
            }
            return;
        }
        if (e instanceof Expr.If i) {
            expr(i.cond(), Mode.BORROW);
            branches(List.of(i.then()), i.otherwise(), mode);
            return;
        }
        if (e instanceof Expr.IfLet i) {
            expr(i.value(), Mode.BORROW);
            bound(i.pat());
            branches(List.of(i.then()), i.otherwise(), mode);
            return;
        }
        if (e instanceof Expr.Match m) {
            expr(m.scrutinee(), Mode.BORROW);
            Map<Local, Moved> before = copy(state);
            Map<Local, Moved> after = null;
            boolean any = false;
            for (Expr.Arm arm : m.arms()) {
                state = copy(before);
                bound(arm.pat());
                if (arm.guard() != null) {
                    expr(arm.guard(), Mode.BORROW);
                }
                expr(arm.body(), mode);
                after = any ? join(after, state) : copy(state);
                any = true;
            }
            state = any ? after : before;
            return;
        }
        if (e instanceof Expr.While w) {
            loop(w, w.label(), () -> expr(w.cond(), Mode.BORROW), w.body(), true);
            return;
        }
        if (e instanceof Expr.WhileLet w) {
            loop(w, w.label(), () -> {
                expr(w.value(), Mode.BORROW);
                bound(w.pat());
            }, w.body(), true);
            return;
        }
        if (e instanceof Expr.For f) {
            Expr it = f.iter();
            if (it instanceof Expr.Path p && facts.locals.get(p) != null && Boolean.TRUE.equals(moves(facts.locals.get(p).ty))) {
                Local l = facts.locals.get(p);
                Span at = src.span(p);
                use(l, null, at, false, null, null, false);
                move(l, new Site(at, "`" + l.name + "` moved due to this implicit call to `.into_iter()`", currentLoop(), List.of()));
            } else {
                expr(it, Mode.MOVE);
            }
            loop(f, f.label(), () -> bound(f.pat()), f.body(), true);
            return;
        }
        if (e instanceof Expr.Loop l) {
            loop(l, l.label(), null, l.body(), false);
            return;
        }
        if (e instanceof Expr.Break b) {
            if (b.value() != null) {
                expr(b.value(), Mode.MOVE);
            }
            LoopCtx lc = findLoop(b.label());
            if (lc != null && state != null) {
                lc.breaks.add(copy(state));
            }
            state = null;
            return;
        }
        if (e instanceof Expr.Return r) {
            if (r.value() != null) {
                expr(r.value(), Mode.MOVE);
            }
            state = null;
            return;
        }
        if (e instanceof Expr.Closure c) {
            closure(c, c.body(), c.isMove(), src.closureHeadSpan(c));
            return;
        }
        if (e instanceof Expr.Async a) {
            closure(a, a.body(), a.isMove(), src.asyncHeadSpan(a.pos()));
            return;
        }
        if (e instanceof Expr.Macro m) {
            boolean moving = m.name().equals("dbg");
            for (Expr a : m.args()) {
                if (a instanceof Expr.Assign as && as.op().equals("=") && as.target() instanceof Expr.Path) {
                    expr(as.value(), Mode.BORROW);
                } else {
                    expr(a, moving ? Mode.MOVE : Mode.BORROW);
                }
            }
            for (Expr.Path p : facts.formatUses.getOrDefault(m, List.of())) {
                expr(p, Mode.BORROW);
            }
            if (m.name().equals("panic") || m.name().equals("unreachable") || m.name().equals("todo") || m.name().equals("unimplemented")) {
                state = null;
            }
            return;
        }
        if (e instanceof Expr.Select s) {
            for (Expr.SelectArm a : s.arms()) {
                expr(a.future(), Mode.BORROW);
                if (a.precondition() != null) {
                    expr(a.precondition(), Mode.BORROW);
                }
            }
            Map<Local, Moved> before = copy(state);
            Map<Local, Moved> after = null;
            List<Expr> bodies = new ArrayList<>();
            s.arms().forEach(a -> bodies.add(a.body()));
            if (s.elseBody() != null) {
                bodies.add(s.elseBody());
            }
            for (Expr b : bodies) {
                state = copy(before);
                expr(b, mode);
                after = after == null ? copy(state) : join(after, state);
            }
            state = bodies.isEmpty() ? before : after;
            return;
        }
        if (e instanceof Expr.Matches m) {
            expr(m.value(), Mode.BORROW);
            if (m.guard() != null) {
                expr(m.guard(), Mode.BORROW);
            }
            return;
        }
        if (e instanceof Expr.StructLit s) {
            for (Expr.FieldInit f : s.fields()) {
                expr(f.value(), Mode.MOVE);
            }
            if (s.base() != null) {
                expr(s.base(), Mode.BORROW);
            }
            return;
        }
        // tuples, arrays, ranges, join!: their parts are moved into the new value
        AstWalk.children(e, c -> expr(c, Mode.MOVE), s -> { });
    }

    private void field(Expr.Field f, Mode mode) {
        if (f.receiver() instanceof Expr.Path p && facts.locals.get(p) != null) {
            Local l = facts.locals.get(p);
            Span at = src.span(f);
            boolean owned = !(u.resolve(l.ty) instanceof Ty.Ref) && u.resolve(l.ty) instanceof Ty.Adt a && a.def().user
                    || u.resolve(l.ty) instanceof Ty.Tuple;
            Boolean mv = moves(facts.type(f));
            if (mode == Mode.MOVE && owned && Boolean.TRUE.equals(mv)) {
                use(l, f.name(), at, false, null, null, false);
                moveField(l, f.name(), new Site(at, "value moved here", currentLoop(), List.of()));
            } else {
                use(l, f.name(), at, mode == Mode.BORROW || !Boolean.FALSE.equals(mv), null, null, false);
            }
            return;
        }
        expr(f.receiver(), Mode.BORROW);
    }

    private void binary(Expr.Binary b) {
        switch (b.op()) {
            case "==", "!=", "<", ">", "<=", ">=" -> {
                expr(b.left(), Mode.BORROW);
                expr(b.right(), Mode.BORROW);
            }
            case "&&", "||" -> {
                expr(b.left(), Mode.BORROW);
                Map<Local, Moved> before = copy(state);
                expr(b.right(), Mode.BORROW);
                state = join(before, state);
            }
            default -> {
                Ty lt = u.resolve(facts.type(b.left()));
                if (b.op().equals("+") && b.left() instanceof Expr.Path p && facts.locals.get(p) != null
                        && lt instanceof Ty.Adt a && a.def().key.equals("String")) {
                    Local l = facts.locals.get(p);
                    use(l, null, src.span(p), false, null, null, false);
                    move(l, new Site(src.span(b), "`" + l.name + "` moved due to usage in operator", currentLoop(), List.of()));
                } else {
                    expr(b.left(), Mode.MOVE);
                }
                expr(b.right(), Mode.MOVE);
            }
        }
    }

    private void branches(List<Expr> thens, Expr otherwise, Mode mode) {
        Map<Local, Moved> before = copy(state);
        expr(thens.get(0), mode);
        Map<Local, Moved> afterThen = state;
        state = copy(before);
        if (otherwise != null) {
            expr(otherwise, mode);
        }
        state = join(afterThen, state);
    }

    private interface Head {
        void run();
    }

    /** A loop: its body runs twice (a move in one iteration reaches the next); after it, what any exit brings. */
    private void loop(Expr node, String label, Head head, Expr.Block body, boolean mayNotRun) {
        Map<Local, Moved> entry = copy(state);
        if (head != null) {
            head.run();
        }
        Map<Local, Moved> afterHead = copy(state);
        LoopCtx lc = new LoopCtx(node, label);
        loops.push(lc);
        try {
            expr(body, Mode.BORROW);
            Map<Local, Moved> back = state;
            for (Map<Local, Moved> c : lc.continues) {
                back = join(back, c);
            }
            if (back != null && loops.size() < 6 && !sameMoves(entry, back)) {
                state = join(entry, back);
                if (head != null) {
                    head.run();
                }
                lc.continues.clear();
                expr(body, Mode.BORROW);
                Map<Local, Moved> back2 = state;
                for (Map<Local, Moved> c : lc.continues) {
                    back2 = join(back2, c);
                }
                back = join(back, back2);
            }
            Map<Local, Moved> exit = null;
            for (Map<Local, Moved> b : lc.breaks) {
                exit = join(exit, b);
            }
            if (mayNotRun) {
                exit = join(exit, join(afterHead, back));
            }
            state = exit;
        } finally {
            loops.pop();
        }
    }

    private LoopCtx findLoop(String label) {
        for (LoopCtx l : loops) {
            if (label == null || label.equals(l.label)) {
                return l;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ closures and async blocks

    /**
     * A closure or async block: its captures are uses at the point it is created (E0382 if one was moved), and a
     * {@code move} capture — or a use by value inside the body — moves the variable into it. Its body is checked
     * on its own, with its captures starting out unmoved.
     */
    private void closure(Expr node, Expr body, boolean isMove, Span head) {
        Map<Local, Expr.Path> caps = facts.captures.getOrDefault(node, Map.of());
        Set<Local> movedIn = bodyMoves(node, body);
        for (Map.Entry<Local, Expr.Path> c : caps.entrySet()) {
            Local l = c.getKey();
            Boolean mv = moves(l.ty);
            boolean byValue = Boolean.TRUE.equals(mv) && (isMove || movedIn.contains(l));
            Span inner = src.span(c.getValue());
            use(l, null, head, !byValue && !isMove, node, inner, isMove);
            if (byValue) {
                move(l, new Site(head, "value moved into closure here", currentLoop(),
                        List.of(Label.secondary(inner, "variable moved due to use in closure"))));
            }
        }
    }

    /** The captures a closure or async block takes by value (because it is {@code move}, or its body moves them). */
    Set<Local> capturedByValue(Expr node) {
        Set<Local> out = new HashSet<>();
        boolean isMove = node instanceof Expr.Closure c ? c.isMove() : node instanceof Expr.Async a && a.isMove();
        for (Local l : facts.captures.getOrDefault(node, Map.of()).keySet()) {
            if (Boolean.TRUE.equals(moves(l.ty)) && (isMove || movedAnywhere(node, l))) {
                out.add(l);
            }
        }
        return out;
    }

    /** Checks a closure's body in isolation; returns the captured locals the body moves. */
    private Set<Local> bodyMoves(Expr node, Expr body) {
        Set<Local> done = movedInside.get(node);
        if (done != null) {
            return done;
        }
        Map<Local, Moved> savedState = state;
        Deque<LoopCtx> savedLoops = new ArrayDeque<>(loops);
        loops.clear();
        state = new HashMap<>();
        Set<Local> result = new HashSet<>();
        try {
            expr(body, Mode.MOVE);
        } finally {
            Map<Local, Expr.Path> caps = facts.captures.getOrDefault(node, Map.of());
            Map<Local, Moved> end = state;
            // a capture is by value when any path through the body moves it
            collectMoved(node, caps.keySet(), result);
            state = savedState;
            loops.clear();
            loops.addAll(savedLoops);
            if (end != null) {
                for (Local l : caps.keySet()) {
                    Moved m = end.get(l);
                    if (m != null && !m.whole.isEmpty()) {
                        result.add(l);
                    }
                }
            }
        }
        movedInside.put(node, Collections.unmodifiableSet(result));
        return result;
    }

    /** Captures the body moves on any path (even one that ends in a return). */
    private void collectMoved(Expr node, Set<Local> caps, Set<Local> out) {
        for (Local l : caps) {
            if (movedAnywhere(node, l)) {
                out.add(l);
            }
        }
    }

    private boolean movedAnywhere(Expr node, Local l) {
        boolean[] found = {false};
        scan(node instanceof Expr.Closure c ? c.body() : node instanceof Expr.Async a ? a.body() : node, l, found, 0);
        return found[0];
    }

    /** Whether {@code l} is used by value somewhere in {@code e} (outside nested closures that only borrow). */
    private void scan(Expr e, Local l, boolean[] found, int d) {
        if (e == null || found[0] || d > 200) {
            return;
        }
        if (e instanceof Expr.Call c) {
            for (Expr a : c.args()) {
                if (a instanceof Expr.Path p && facts.locals.get(p) == l) {
                    found[0] = true;
                }
            }
        } else if (e instanceof Expr.MethodCall m) {
            Facts.Resolved r = facts.methods.get(m);
            if (r != null && r.sig().consumesSelf() && r.derefSteps() == 0 && m.receiver() instanceof Expr.Path p && facts.locals.get(p) == l) {
                found[0] = true;
            }
            for (Expr a : m.args()) {
                if (a instanceof Expr.Path p && facts.locals.get(p) == l) {
                    found[0] = true;
                }
            }
        } else if (e instanceof Expr.Await a && a.future() instanceof Expr.Path p && facts.locals.get(p) == l) {
            found[0] = true;
        } else if (e instanceof Expr.Return r && r.value() instanceof Expr.Path p && facts.locals.get(p) == l) {
            found[0] = true;
        } else if (e instanceof Expr.Async a && a.isMove() || e instanceof Expr.Closure c && c.isMove()) {
            if (facts.captures.getOrDefault(e, Map.of()).containsKey(l)) {
                found[0] = true;
            }
        } else if (e instanceof Expr.Block b) {
            for (Stmt s : b.stmts()) {
                if (s instanceof Stmt.Let let && let.init() instanceof Expr.Path p && facts.locals.get(p) == l && let.pat() instanceof Pat.Bind) {
                    found[0] = true;
                }
            }
            if (b.tail() instanceof Expr.Path p && facts.locals.get(p) == l) {
                found[0] = true;
            }
        } else if (e instanceof Expr.For f && f.iter() instanceof Expr.Path p && facts.locals.get(p) == l) {
            found[0] = true;
        }
        AstWalk.children(e, c -> scan(c, l, found, d + 1), s -> { });
    }

    // ------------------------------------------------------------------ statements

    private void stmt(Stmt s) {
        if (state == null) {
            return;
        }
        if (s instanceof Stmt.ExprStmt es) {
            expr(es.expr(), Mode.BORROW);
            return;
        }
        if (s instanceof Stmt.Let l) {
            if (l.init() != null) {
                boolean binds = l.pat() instanceof Pat.Bind b && b.sub() == null;
                expr(l.init(), binds ? Mode.MOVE : Mode.BORROW);
            }
            if (l.elseBlock() != null) {
                Map<Local, Moved> before = copy(state);
                expr(l.elseBlock(), Mode.BORROW);
                state = before;
            }
            bound(l.pat());
        }
    }

    /** A pattern's bindings hold fresh values from here on (a loop's next iteration binds them anew). */
    private void bound(Pat p) {
        if (p == null || state == null) {
            return;
        }
        if (p instanceof Pat.Bind b) {
            Local l = facts.bindings.get(b);
            if (l != null) {
                state.remove(l);
            }
            bound(b.sub());
        } else if (p instanceof Pat.Tuple t) {
            t.items().forEach(this::bound);
        } else if (p instanceof Pat.Variant v) {
            v.items().forEach(this::bound);
        } else if (p instanceof Pat.Struct st) {
            st.fields().forEach(f -> bound(f.pat()));
        } else if (p instanceof Pat.Or o) {
            o.alts().forEach(this::bound);
        } else if (p instanceof Pat.Ref r) {
            bound(r.inner());
        } else if (p instanceof Pat.Slice sl) {
            sl.items().forEach(this::bound);
        }
    }
}
