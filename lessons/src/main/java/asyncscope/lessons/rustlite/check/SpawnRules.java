package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Pat;
import asyncscope.lessons.rustlite.ast.Stmt;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import asyncscope.lessons.rustlite.diag.Label;
import asyncscope.lessons.rustlite.diag.Note;
import asyncscope.lessons.rustlite.diag.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two rules of {@code tokio::spawn} the lessons teach. A spawned task may run on another worker thread and
 * outlive the function that spawned it, so its future must be {@code Send} — no {@code Rc}, {@code RefCell}
 * borrow or std {@code MutexGuard} alive across an {@code .await} ("future cannot be sent between threads
 * safely", with a note at that await) — and {@code 'static}: a non-{@code move} async block or closure that
 * borrows a local is refused (E0373, with the {@code move} hint).
 * <p>
 * A local is held across an await when it is in scope there and has not certainly been moved away first, or
 * was borrowed before it was moved (rustc then keeps it in the future's state — the oracle shows both). A move
 * inside a branch or loop makes the pass unsure, and it says nothing.
 */
final class SpawnRules {
    private final Facts facts;
    private final Unifier u;
    private final Report report;
    private final SourceIndex src;
    private final Items items;
    private final Moves moves;

    SpawnRules(Facts facts, Unifier u, Report report, SourceIndex src, Items items, Moves moves) {
        this.facts = facts;
        this.u = u;
        this.report = report;
        this.src = src;
        this.items = items;
        this.moves = moves;
    }

    // ------------------------------------------------------------------ Send

    /** A local that makes a future not Send, and the await it is held across. */
    record Held(Local local, Expr.Await at, String kind) {}

    /** Errors for spawned futures that are not Send (rustc reports them with the type errors). */
    List<Diagnostic> sendErrors() {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> reportedFns = new HashSet<>();
        for (Facts.Spawn s : facts.spawns) {
            if (!s.send()) {
                continue;
            }
            Expr arg = s.arg();
            if (arg instanceof Expr.Async a) {
                Held h = heldAcrossAwait(a.body(), a);
                String within = "{async block@" + src.source.file() + ":" + head(a) + "}";
                Span whole = src.span(s.call());
                if (h != null) {
                    out.addAll(sendError(whole, "future created by async block is not `Send`", within, h, s.bound()));
                    continue;
                }
                if (a.isMove()) {
                    for (Map.Entry<Local, Expr.Path> c : facts.captures.getOrDefault(a, Map.of()).entrySet()) {
                        String kind = notSend(c.getKey().ty);
                        if ("rc".equals(kind)) {
                            out.add(capturedError(whole, within, c.getKey(), c.getValue(), s.bound()));
                            break;
                        }
                    }
                }
            } else if (arg instanceof Expr.Call c && c.callee() instanceof Expr.Path p && facts.calls.get(c) != null) {
                Sig sig = facts.calls.get(c);
                if (!sig.user() || !sig.isAsync() || sig.item() == null || !reportedFns.add(sig.name())) {
                    continue;
                }
                Held h = heldAcrossAwait(sig.item().body(), sig.item().body());
                if (h != null) {
                    String within = "impl Future<Output = " + u.show(facts.type(sig.item().body()) instanceof Ty.Never ? Ty.UNIT
                            : retOf(c)) + ">";
                    out.addAll(sendError(src.span(c), "future returned by `" + sig.name() + "` is not `Send`", within, h, s.bound()));
                }
            }
        }
        return out;
    }

    private Ty retOf(Expr.Call c) {
        Ty t = u.resolve(facts.type(c));
        return t instanceof Ty.Future f ? f.output() : Ty.UNKNOWN;
    }

    /** {@code 11:18: 11:28}: where rustc says an async block is. */
    private String head(Expr.Async a) {
        Span h = src.asyncHeadSpan(a.pos());
        return h.line() + ":" + h.column() + ": " + h.endLine() + ":" + h.endColumn();
    }

    private List<Diagnostic> sendError(Span primary, String label, String within, Held h, String bound) {
        Local l = h.local();
        String type = u.show(l.ty);
        Note held = Note.note("future is not `Send` as this value is used across an await",
                Label.secondary(src.tokenSpan(l.pos), "has type `" + type + "` which is not `Send`"),
                Label.primary(src.tokenSpan(h.at().pos()), "await occurs here, with `" + l.name + "` maybe used later"));
        Note req = Note.note("required by a bound in `" + bound + "`");
        List<Diagnostic> out = new ArrayList<>();
        if (h.kind().equals("cell")) {
            Ty inner = u.resolve(l.ty) instanceof Ty.Adt a ? a.arg(0) : Ty.UNKNOWN;
            out.add(report.error(null, "future cannot be sent between threads safely", List.of(Label.primary(primary, label)),
                    List.of(Note.help("within `" + within + "`, the trait `Send` is not implemented for `NonNull<" + u.show(inner) + ">`"),
                            held, req)));
            out.add(report.error(null, "future cannot be sent between threads safely", List.of(Label.primary(primary, label)),
                    List.of(Note.help("the trait `Sync` is not implemented for `Cell<isize>`"),
                            Note.note("if you want to do aliasing and mutation between multiple threads, use `std::sync::RwLock` or "
                                    + "`std::sync::atomic::AtomicIsize` instead"), held, req)));
            return out;
        }
        out.add(report.error(null, "future cannot be sent between threads safely", List.of(Label.primary(primary, label)),
                List.of(Note.help("within `" + within + "`, the trait `Send` is not implemented for `" + type + "`"), held, req)));
        return out;
    }

    private Diagnostic capturedError(Span primary, String within, Local l, Expr.Path use, String bound) {
        String type = u.show(l.ty);
        return report.error(null, "future cannot be sent between threads safely",
                List.of(Label.primary(primary, "future created by async block is not `Send`")),
                List.of(Note.help("within `" + within + "`, the trait `Send` is not implemented for `" + type + "`"),
                        Note.note("captured value is not `Send`", Label.primary(src.span(use), "has type `" + type + "` which is not `Send`")),
                        Note.note("required by a bound in `" + bound + "`")));
    }

    /** Which kind of not-Send value a type is (rc, cell, guard), or null. */
    String notSend(Ty t) {
        Ty r = u.resolve(t);
        return r instanceof Ty.Adt a ? a.def().notSend : null;
    }

    private enum State { LIVE, MOVED, UNSURE }

    private static final class Track {
        final Local local;
        final String kind;
        State state = State.LIVE;
        boolean borrowed;

        Track(Local local, String kind) {
            this.local = local;
            this.kind = kind;
        }
    }

    /** The first not-Send local of {@code body} alive at one of its awaits (nested closures and async blocks excluded). */
    private Held heldAcrossAwait(Expr.Block body, Expr owner) {
        Held[] found = {null};
        List<Track> live = new ArrayList<>();
        block(body, owner, live, found, true, 0);
        return found[0];
    }

    private void block(Expr.Block b, Expr owner, List<Track> live, Held[] found, boolean straight, int d) {
        int mark = live.size();
        for (Stmt s : b.stmts()) {
            if (found[0] != null) {
                return;
            }
            if (s instanceof Stmt.Let l) {
                if (l.init() != null) {
                    walk(l.init(), owner, live, found, straight, d + 1, l.pat() instanceof Pat.Bind);
                }
                if (l.elseBlock() != null) {
                    walk(l.elseBlock(), owner, live, found, false, d + 1, false);
                }
                declare(l.pat(), live);
            } else if (s instanceof Stmt.ExprStmt es) {
                walk(es.expr(), owner, live, found, straight, d + 1, false);
            }
        }
        if (b.tail() != null && found[0] == null) {
            walk(b.tail(), owner, live, found, straight, d + 1, false);
        }
        while (live.size() > mark) {
            live.remove(live.size() - 1);
        }
    }

    private void declare(Pat p, List<Track> live) {
        if (p instanceof Pat.Bind b) {
            Local l = facts.bindings.get(b);
            if (l != null) {
                String kind = notSend(l.ty);
                if (kind != null) {
                    live.add(new Track(l, kind));
                }
            }
        }
    }

    /**
     * Walks an expression in evaluation order; {@code straight}: this code runs exactly once where it stands (not
     * in a branch or loop), so a move here is certain; {@code moving}: the expression's value is moved away.
     */
    private void walk(Expr e, Expr owner, List<Track> live, Held[] found, boolean straight, int d, boolean moving) {
        if (e == null || found[0] != null || d > 300) {
            return;
        }
        if (e instanceof Expr.Closure || e instanceof Expr.Async) {
            for (Local l : facts.captures.getOrDefault(e, Map.of()).keySet()) {
                Track t = track(live, l);
                if (t != null) {
                    boolean byMove = e instanceof Expr.Closure c ? c.isMove() : ((Expr.Async) e).isMove();
                    use(t, byMove, straight);
                }
            }
            return;
        }
        if (e instanceof Expr.Await a) {
            walk(a.future(), owner, live, found, straight, d + 1, true);
            for (Track t : live) {
                if (t.state == State.LIVE || t.state == State.MOVED && t.borrowed) {
                    found[0] = new Held(t.local, a, t.kind);
                    return;
                }
            }
            return;
        }
        if (e instanceof Expr.Path p) {
            Track t = track(live, facts.locals.get(p));
            if (t != null) {
                use(t, moving, straight);
            }
            return;
        }
        if (e instanceof Expr.Block b) {
            block(b, owner, live, found, straight, d + 1);
            return;
        }
        if (e instanceof Expr.Call c) {
            walk(c.callee(), owner, live, found, straight, d + 1, false);
            for (Expr a : c.args()) {
                walk(a, owner, live, found, straight, d + 1, true);
            }
            return;
        }
        if (e instanceof Expr.MethodCall m) {
            Facts.Resolved r = facts.methods.get(m);
            boolean consumes = r != null && r.sig().consumesSelf() && r.derefSteps() == 0;
            walk(m.receiver(), owner, live, found, straight, d + 1, consumes);
            for (Expr a : m.args()) {
                walk(a, owner, live, found, straight, d + 1, true);
            }
            return;
        }
        if (e instanceof Expr.Macro m) {
            for (Expr a : m.args()) {
                walk(a, owner, live, found, straight, d + 1, false);
            }
            for (Expr.Path p : facts.formatUses.getOrDefault(m, List.of())) {
                walk(p, owner, live, found, straight, d + 1, false);
            }
            return;
        }
        if (e instanceof Expr.If i) {
            walk(i.cond(), owner, live, found, straight, d + 1, false);
            walk(i.then(), owner, live, found, false, d + 1, false);
            walk(i.otherwise(), owner, live, found, false, d + 1, false);
            return;
        }
        if (e instanceof Expr.While || e instanceof Expr.WhileLet || e instanceof Expr.Loop || e instanceof Expr.For
                || e instanceof Expr.Match || e instanceof Expr.IfLet || e instanceof Expr.Select) {
            boolean[] first = {true};
            AstWalk.children(e, c -> {
                // the first child (condition, scrutinee, iterable) runs once; the rest may not, or many times
                boolean once = first[0] && !(e instanceof Expr.Loop) && !(e instanceof Expr.Select);
                first[0] = false;
                walk(c, owner, live, found, straight && once, d + 1, e instanceof Expr.For && once);
            }, s -> { });
            return;
        }
        if (e instanceof Expr.Ref || e instanceof Expr.Deref || e instanceof Expr.Field || e instanceof Expr.Index) {
            AstWalk.children(e, c -> walk(c, owner, live, found, straight, d + 1, false), s -> { });
            return;
        }
        if (e instanceof Expr.Return || e instanceof Expr.Break) {
            AstWalk.children(e, c -> walk(c, owner, live, found, straight, d + 1, true), s -> { });
            return;
        }
        AstWalk.children(e, c -> walk(c, owner, live, found, straight, d + 1, true), s -> { });
    }

    private static Track track(List<Track> live, Local l) {
        if (l == null) {
            return null;
        }
        for (Track t : live) {
            if (t.local == l) {
                return t;
            }
        }
        return null;
    }

    private static void use(Track t, boolean moving, boolean straight) {
        if (!moving) {
            t.borrowed = true;
            return;
        }
        if (t.state == State.LIVE) {
            t.state = straight ? State.MOVED : State.UNSURE;
        }
    }

    // ------------------------------------------------------------------ 'static (E0373)

    /** E0373 for a non-move async block or closure handed to a spawn that borrows a local (a borrow-checker error). */
    void staticErrors() {
        for (Facts.Spawn s : facts.spawns) {
            Expr arg = s.arg();
            boolean isAsync = arg instanceof Expr.Async;
            boolean isMove = arg instanceof Expr.Async a ? a.isMove() : arg instanceof Expr.Closure c && c.isMove();
            boolean applicable = s.closure() ? arg instanceof Expr.Closure : arg instanceof Expr.Async;
            if (!applicable || isMove) {
                continue;
            }
            Map<Local, Expr.Path> caps = facts.captures.getOrDefault(arg, Map.of());
            Set<Local> byValue = moves.capturedByValue(arg);
            Span head = isAsync ? src.tokenSpan(arg.pos()) : src.closureHeadSpan((Expr.Closure) arg);
            for (Map.Entry<Local, Expr.Path> c : caps.entrySet()) {
                Local l = c.getKey();
                if (byValue.contains(l) || !owned(l.ty)) {
                    continue;
                }
                String what = isAsync ? "async block" : "closure";
                List<Label> labels = new ArrayList<>();
                labels.add(Label.primary(head, "may outlive borrowed value `" + l.name + "`"));
                labels.add(Label.secondary(src.span(c.getValue()), "`" + l.name + "` is borrowed here"));
                List<Note> notes = new ArrayList<>();
                if (isAsync) {
                    notes.add(Note.note("async blocks are not executed immediately and must either take a reference or ownership of "
                            + "outside variables they use"));
                } else {
                    notes.add(Note.note("function requires argument type to outlive `'static`", Label.primary(src.span(s.call()), "")));
                }
                Span ins = isAsync ? src.tokenSpan(arg.pos()) : head;
                notes.add(Note.helpInsert("to force the " + what + " to take ownership of `" + l.name + "` (and any other referenced "
                        + "variables), use the `move` keyword", ins.line(), isAsync ? ins.endColumn() : ins.column(),
                        isAsync ? " move" : "move "));
                report.borrowErrors.add(report.error("E0373", what + " may outlive the current function, but it borrows `" + l.name
                        + "`, which is owned by the current function", labels, notes));
            }
        }
    }

    /** A type that is certainly not a reference (borrowing such a local is what E0373 is about). */
    private boolean owned(Ty t) {
        Ty r = u.resolve(t);
        return r instanceof Ty.Prim || r instanceof Ty.Adt || r instanceof Ty.Tuple tu && u.known(tu)
                || r instanceof Ty.Array a && !a.slice() || r instanceof Ty.Var v && v.kind != Ty.Var.Kind.ANY;
    }
}
