package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Pat;
import asyncscope.lessons.rustlite.ast.Stmt;
import asyncscope.lessons.rustlite.diag.Diagnostic;
import asyncscope.lessons.rustlite.diag.Label;
import asyncscope.lessons.rustlite.diag.Note;
import asyncscope.lessons.rustlite.value.IntTy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * rustc's two deny-by-default lints on integer arithmetic whose operands it knows at compile time: an operation
 * that would overflow ({@code arithmetic_overflow}: {@code 255u8 + 1}, {@code i32::MIN} negated, a shift by the
 * width or more) and one that would panic ({@code unconditional_panic}: a division or remainder by zero,
 * {@code i32::MIN / -1}). rustc finds the operands by constant propagation; this pass knows literals, integer
 * constants ({@code i64::MAX}) and immutable {@code let} bindings of those, the values rustc is sure to know, so
 * a program it refuses is one rustc refuses (it may miss some rustc would refuse, never the other way).
 */
final class ConstLints {
    private final SourceIndex src;
    private final String file;
    private final List<Diagnostic> errors = new ArrayList<>();
    private boolean overflowNoted;
    private boolean panicNoted;
    /** Names bound anywhere in the body other than by a plain `let` (closure parameters, patterns): never constant. */
    private final Set<String> unstable = new HashSet<>();
    private final Set<Expr> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** A known integer: its value and type (null: an unsuffixed literal whose type is still open, i32 by default). */
    private record Known(BigInteger v, IntTy ty) {
        IntTy type() {
            return ty == null ? IntTy.I32 : ty;
        }
    }

    ConstLints(SourceIndex src, String file) {
        this.src = src;
        this.file = file;
    }

    List<Diagnostic> errors() {
        return errors;
    }

    void body(Expr.Block body) {
        unstable.clear();
        collectUnstable(body);
        block(body, new HashMap<>());
    }

    private void collectUnstable(Expr e) {
        if (e instanceof Expr.Closure c) {
            for (var p : c.params()) {
                bindNames(p.pat(), unstable);
            }
        }
        AstWalk.children(e, this::collectUnstable, s -> {
            if (s instanceof Stmt.Let l && !(l.pat() instanceof Pat.Bind b && !b.mutable() && b.sub() == null)) {
                bindNames(l.pat(), unstable);
            }
        });
        for (Pat p : patternsOf(e)) {
            bindNames(p, unstable);
        }
    }

    /** The patterns an expression binds names with (match arms, if let, while let, for). */
    private static List<Pat> patternsOf(Expr e) {
        List<Pat> out = new ArrayList<>();
        for (var c : e.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(e);
                if (v instanceof Pat p) {
                    out.add(p);
                } else if (v instanceof List<?> l) {
                    for (Object o : l) {
                        if (o instanceof Pat p) {
                            out.add(p);
                        } else if (o instanceof Expr.Arm arm) {
                            out.add(arm.pat());
                        }
                    }
                }
            } catch (ReflectiveOperationException ex) {
                // a component that cannot be read holds no pattern this pass needs
            }
        }
        return out;
    }

    private static void bindNames(Pat p, Set<String> into) {
        if (p == null) {
            return;
        }
        if (p instanceof Pat.Bind b) {
            into.add(b.name());
            bindNames(b.sub(), into);
            return;
        }
        for (var c : p.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(p);
                if (v instanceof Pat q) {
                    bindNames(q, into);
                } else if (v instanceof List<?> l) {
                    for (Object o : l) {
                        if (o instanceof Pat q) {
                            bindNames(q, into);
                        } else if (o instanceof Pat.FieldPat f) {
                            bindNames(f.pat(), into);
                        }
                    }
                }
            } catch (ReflectiveOperationException ex) {
                // nothing bound there
            }
        }
    }

    private void block(Expr.Block b, Map<String, Known> outer) {
        Map<String, Known> env = new HashMap<>(outer);
        for (Stmt s : b.stmts()) {
            if (s instanceof Stmt.Let l) {
                Known k = null;
                if (l.init() != null) {
                    expr(l.init(), env);
                    k = eval(l.init(), env, l.type() == null ? null : IntTy.parse(l.type().name()));
                }
                if (l.elseBlock() != null) {
                    expr(l.elseBlock(), env);
                }
                if (l.pat() instanceof Pat.Bind bind) {
                    if (k != null && !bind.mutable() && bind.sub() == null && !unstable.contains(bind.name())
                            && (l.type() == null || IntTy.parse(l.type().name()) != null)) {
                        IntTy t = l.type() == null ? k.ty : IntTy.parse(l.type().name());
                        env.put(bind.name(), new Known(k.v, t));
                    } else {
                        env.remove(bind.name());
                    }
                } else {
                    Set<String> names = new HashSet<>();
                    bindNames(l.pat(), names);
                    names.forEach(env::remove);
                }
            } else if (s instanceof Stmt.ExprStmt es) {
                expr(es.expr(), env);
            }
        }
        if (b.tail() != null) {
            expr(b.tail(), env);
        }
    }

    /** Visits every expression, checking each arithmetic operation whose operands are known. */
    private void expr(Expr e, Map<String, Known> env) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Block b) {
            block(b, env);
            return;
        }
        if (e instanceof Expr.Closure) {
            return; // a closure's body runs with its parameters unknown; its captures are checked where they are used
        }
        AstWalk.children(e, c -> expr(c, env), s -> { });
        if (e instanceof Expr.Binary || (e instanceof Expr.Unary u && u.op().equals("-"))) {
            eval(e, env, null);
        }
    }

    /** The value of {@code e} if it is known (reporting an operation that overflows or panics), else null. */
    private Known eval(Expr e, Map<String, Known> env, IntTy hint) {
        if (e instanceof Expr.Lit l && l.value() instanceof Long n) {
            IntTy t = IntTy.parse(l.suffix());
            return new Known(BigInteger.valueOf(n), t != null ? t : hint);
        }
        if (e instanceof Expr.Path p) {
            if (p.segments().size() == 1) {
                Known k = env.get(p.segments().get(0));
                return k;
            }
            if (p.segments().size() == 2 && p.generic() == null) {
                IntTy t = IntTy.parse(p.segments().get(0));
                if (t != null && !t.wide() && p.segments().get(1).equals("MAX")) {
                    return new Known(max(t), t);
                }
                if (t != null && !t.wide() && p.segments().get(1).equals("MIN")) {
                    return new Known(min(t), t);
                }
            }
            return null;
        }
        if (e instanceof Expr.Unary u && u.op().equals("-")) {
            Known k = eval(u.operand(), env, hint);
            if (k == null) {
                return null;
            }
            if (u.operand() instanceof Expr.Lit) {
                return new Known(k.v.negate(), k.ty); // a negative literal, not an operation
            }
            IntTy t = k.type();
            if (!t.signed || t.wide()) {
                return null; // rustc refuses negating an unsigned value by its type, not by this lint; 128 bits: not modelled
            }
            BigInteger r = k.v.negate();
            if (r.compareTo(max(t)) > 0) {
                report(e, true, "attempt to negate `" + show(k.v, t) + "`, which would overflow");
                return null;
            }
            return new Known(r, k.ty);
        }
        if (e instanceof Expr.Binary b) {
            String op = b.op();
            boolean shift = op.equals("<<") || op.equals(">>");
            if (!Set.of("+", "-", "*", "/", "%", "<<", ">>").contains(op)) {
                return null;
            }
            Known x = eval(b.left(), env, hint);
            Known y = eval(b.right(), env, shift ? null : hint);
            if (x == null || y == null) {
                return null;
            }
            if (!shift && x.ty != null && y.ty != null && x.ty != y.ty) {
                return null; // a type error, which rustc reports otherwise
            }
            // the operation's type: fixed by a suffix, an annotation or a typed constant; else still open (an
            // unsuffixed literal that inference may yet make an i64: only what fails in every type is reported then)
            IntTy fixed = shift ? x.ty : x.ty != null ? x.ty : y.ty;
            IntTy t = fixed != null ? fixed : IntTy.I32;
            if (t.wide()) { // i128 and u128: not modelled here
                return null;
            }
            Known lx = new Known(x.v, t);
            Known ry = shift ? new Known(y.v, y.type()) : new Known(y.v, t);
            BigInteger r;
            switch (op) {
                case "+" -> r = x.v.add(y.v);
                case "-" -> r = x.v.subtract(y.v);
                case "*" -> r = x.v.multiply(y.v);
                case "/", "%" -> {
                    if (y.v.signum() == 0) {
                        report(e, false, op.equals("/") ? "attempt to divide `" + show(lx) + "` by zero"
                                : "attempt to calculate the remainder of `" + show(lx) + "` with a divisor of zero");
                        return null;
                    }
                    if (fixed != null && t.signed && x.v.equals(min(t)) && y.v.equals(BigInteger.ONE.negate())) {
                        report(e, false, "attempt to compute `" + show(lx) + " " + op + " " + show(ry) + "`, which would overflow");
                        return null;
                    }
                    r = op.equals("/") ? x.v.divide(y.v) : x.v.remainder(y.v);
                }
                default -> {
                    if (fixed != null && (y.v.signum() < 0 || y.v.compareTo(BigInteger.valueOf(t.bits)) >= 0)) {
                        report(e, true, "attempt to shift " + (op.equals("<<") ? "left" : "right") + " by `" + show(ry)
                                + "`, which would overflow");
                    }
                    return null; // the value of a shift is not needed here
                }
            }
            if (fixed != null && (r.compareTo(min(t)) < 0 || r.compareTo(max(t)) > 0)) {
                report(e, true, "attempt to compute `" + show(lx) + " " + op + " " + show(ry) + "`, which would overflow");
                return null;
            }
            return new Known(r, fixed);
        }
        return null;
    }

    private void report(Expr at, boolean overflow, String label) {
        if (!reported.add(at)) {
            return; // an operand is evaluated again as part of the expression around it
        }
        List<Note> notes = new ArrayList<>();
        if (overflow && !overflowNoted) {
            overflowNoted = true;
            notes.add(Note.note("`#[deny(arithmetic_overflow)]` on by default"));
        } else if (!overflow && !panicNoted) {
            panicNoted = true;
            notes.add(Note.note("`#[deny(unconditional_panic)]` on by default"));
        }
        errors.add(new Diagnostic(file, asyncscope.lessons.rustlite.diag.Severity.ERROR, null,
                overflow ? "this arithmetic operation will overflow" : "this operation will panic at runtime",
                List.of(Label.primary(src.span(at), label)), notes));
    }

    private static BigInteger max(IntTy t) {
        return t.signed ? BigInteger.ONE.shiftLeft(t.bits - 1).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(t.bits).subtract(BigInteger.ONE);
    }

    private static BigInteger min(IntTy t) {
        return t.signed ? BigInteger.ONE.shiftLeft(t.bits - 1).negate() : BigInteger.ZERO;
    }

    private static String show(Known k) {
        return show(k.v, k.type());
    }

    /** A value as rustc's lint shows it: {@code i64::MAX}, {@code i32::MIN}, otherwise {@code 200_u8}. */
    private static String show(BigInteger v, IntTy t) {
        if (v.equals(max(t))) {
            return t.rustName() + "::MAX";
        }
        if (t.signed && v.equals(min(t))) {
            return t.rustName() + "::MIN";
        }
        return v + "_" + t.rustName();
    }
}
