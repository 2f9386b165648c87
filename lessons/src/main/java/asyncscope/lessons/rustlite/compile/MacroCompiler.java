package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Item;
import asyncscope.lessons.rustlite.prelude.Prelude;
import asyncscope.lessons.rustlite.value.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles Rust-lite's macros: the formatting family ({@code println!}, {@code format!}, {@code write!}, {@code panic!},
 * {@code assert!}...) with compile-time checked format strings, and {@code tokio::select!}.
 */
final class MacroCompiler {
    private final Compiler comp;

    MacroCompiler(Compiler c) {
        this.comp = c;
    }

    void macro(FnCtx cx, Expr.Macro m) {
        List<Expr> args = m.args();
        switch (m.name()) {
            case "println", "print", "eprintln", "eprint" -> {
                boolean nl = m.name().endsWith("ln");
                if (args.isEmpty()) {
                    cx.emit(Op.CONST, 0, "", m.pos());
                } else {
                    format(cx, m, args, 0);
                }
                cx.emit(Op.CALL_NATIVE, 1, Prelude.printer(m.name().startsWith("e"), nl), m.pos());
            }
            case "format" -> {
                if (args.isEmpty()) {
                    comp.error(m.pos(), "requires at least a format string argument");
                    cx.emit(Op.UNIT, 0, null, m.pos());
                    return;
                }
                format(cx, m, args, 0);
            }
            case "write", "writeln" -> {
                if (args.isEmpty()) {
                    comp.error(m.pos(), "expected a formatter argument");
                    return;
                }
                comp.expr(cx, args.get(0));
                if (args.size() > 1) {
                    format(cx, m, args, 1);
                } else {
                    cx.emit(Op.CONST, 0, "", m.pos());
                }
                cx.emit(Op.CALL_NATIVE, 2, Prelude.writer(m.name().equals("writeln")), m.pos());
            }
            case "panic", "unreachable", "todo", "unimplemented" -> {
                String prefix = switch (m.name()) {
                    case "unreachable" -> "internal error: entered unreachable code";
                    case "todo" -> "not yet implemented";
                    case "unimplemented" -> "not implemented";
                    default -> null;
                };
                if (args.isEmpty()) {
                    cx.emit(Op.CONST, 0, prefix == null ? "explicit panic" : prefix, m.pos());
                } else {
                    format(cx, m, args, 0);
                    if (prefix != null) {
                        cx.emit(Op.CONST, 0, prefix + ": ", m.pos());
                        cx.emit(Op.CALL_NATIVE, 2, Prelude.PREPEND, m.pos());
                    }
                }
                // panic!("text") and panic!() carry a &'static str, a formatted message a String (JoinError::into_panic tells)
                boolean literal = args.isEmpty() || args.size() == 1 && args.get(0) instanceof Expr.Lit l0 && l0.value() instanceof String t0
                        && !t0.contains("{");
                cx.emit(Op.PANIC, 1, literal ? Boolean.TRUE : null, m.pos());
            }
            case "assert", "debug_assert" -> {
                if (args.isEmpty()) {
                    comp.error(m.pos(), "macro requires a boolean expression as an argument");
                    return;
                }
                comp.expr(cx, args.get(0));
                int jt = cx.emit(Op.JT, 0, null, m.pos());
                if (args.size() > 1) {
                    format(cx, m, args, 1);
                } else {
                    cx.emit(Op.CONST, 0, "assertion failed: " + exprText(args.get(0)), m.pos());
                }
                cx.emit(Op.PANIC, 1, null, m.pos());
                cx.patch(jt, cx.here());
                cx.emit(Op.UNIT, 0, null, m.pos());
            }
            case "assert_eq", "assert_ne", "debug_assert_eq" -> {
                if (args.size() < 2) {
                    comp.error(m.pos(), "expected 2 arguments: `" + m.name() + "!(left, right)`");
                    return;
                }
                comp.expr(cx, args.get(0));
                comp.expr(cx, args.get(1));
                if (args.size() > 2) {
                    format(cx, m, args, 2);
                } else {
                    cx.emit(Op.CONST, 0, Unit.UNIT, m.pos());
                }
                cx.emit(Op.CALL_NATIVE, 3, Prelude.assertEq(!m.name().equals("assert_ne")), m.pos());
            }
            case "pin" -> cx.emit(Op.UNIT, 0, null, m.pos());
            case "dbg" -> {
                if (args.size() != 1) {
                    comp.error(m.pos(), "`dbg!` takes one expression in Rust-lite");
                    return;
                }
                comp.expr(cx, args.get(0));
                cx.emit(Op.CALL_NATIVE, 1, Prelude.dbg(exprText(args.get(0)), m.pos().line(), m.pos().column()), m.pos());
            }
            default -> {
                comp.error(m.pos(), "cannot find macro `" + m.name() + "` in this scope");
                cx.emit(Op.UNIT, 0, null, m.pos());
            }
        }
    }

    /** Compiles a format string and its arguments to one FORMAT instruction that pushes the text. */
    private void format(FnCtx cx, Expr.Macro m, List<Expr> args, int from) {
        Expr fs = args.get(from);
        if (!(fs instanceof Expr.Lit l) || !(l.value() instanceof String s) || "char".equals(l.suffix())) {
            comp.error(fs.pos(), "format argument must be a string literal");
            cx.emit(Op.CONST, 0, "", m.pos());
            return;
        }
        List<Expr> positional = new ArrayList<>();
        Map<String, Integer> named = new HashMap<>();
        List<Expr> namedExprs = new ArrayList<>();
        for (Expr a : args.subList(from + 1, args.size())) {
            if (a instanceof Expr.Assign as && as.op().equals("=") && as.target() instanceof Expr.Path p && p.segments().size() == 1) {
                named.put(p.segments().get(0), -1);
                namedExprs.add(as);
            } else {
                positional.add(a);
            }
        }
        int k = positional.size();
        for (Expr a : namedExprs) {
            Expr.Assign as = (Expr.Assign) a;
            named.put(((Expr.Path) as.target()).segments().get(0), k++);
        }
        int nargs = k;
        FormatStr f;
        try {
            f = FormatStr.parse(s, nargs, named);
        } catch (FormatStr.Bad b) {
            comp.error(fs.pos(), b.getMessage());
            cx.emit(Op.CONST, 0, "", m.pos());
            return;
        }
        if (f.positionalUsed > positional.size()) {
            comp.error(fs.pos(), f.positionalUsed + " positional argument" + (f.positionalUsed == 1 ? "" : "s")
                    + " in format string, but there " + (positional.size() == 1 ? "is " : "are ") + positional.size() + " argument"
                    + (positional.size() == 1 ? "" : "s"));
        } else if (f.positionalUsed < positional.size()) {
            comp.error(positional.get(f.positionalUsed).pos(), "argument never used: expected a `{}` placeholder for it");
        }
        f.temps = new boolean[nargs + f.names.size()];
        f.ownedTemps = new boolean[f.temps.length];
        int ai = 0;
        for (Expr a : positional) {
            f.ownedTemps[ai] = isTemporary(cx, a) && comp.hints.ownsValue(a);
            f.temps[ai++] = isTemporary(cx, a);
            comp.expr(cx, a);
        }
        for (Expr a : namedExprs) {
            Expr v = ((Expr.Assign) a).value();
            f.ownedTemps[ai] = isTemporary(cx, v) && comp.hints.ownsValue(v);
            f.temps[ai++] = isTemporary(cx, v);
            comp.expr(cx, v);
        }
        for (String name : f.names) {
            Integer slot = cx.lookup(name);
            if (slot == null) {
                Item.Const c = comp.consts.get(name);
                if (c != null) {
                    comp.expr(cx, c.value());
                    continue;
                }
                comp.error(fs.pos(), "cannot find value `" + name + "` in this scope (used in the format string)");
                cx.emit(Op.UNIT, 0, null, fs.pos());
            } else {
                cx.emit(Op.LOAD, slot, null, fs.pos());
            }
        }
        cx.emit(Op.FORMAT, nargs + f.names.size(), f, m.pos());
    }

    /** A value made for this use only (a call, a method call, an await), dropped at the end of the statement. */
    private boolean isTemporary(FnCtx cx, Expr e) {
        return (e instanceof Expr.MethodCall || e instanceof Expr.Call || e instanceof Expr.Await) && !comp.isLocalPlace(cx, e);
    }

    /** Source-like text of an expression, for {@code assertion failed: x == 5} messages. */
    static String exprText(Expr e) {
        if (e instanceof Expr.Lit l) {
            return l.value() instanceof String s ? ("char".equals(l.suffix()) ? "'" + s + "'" : "\"" + s + "\"")
                    : l.value() + (l.suffix() == null || l.suffix().isEmpty() || l.suffix().equals("bool") ? "" : l.suffix());
        }
        if (e instanceof Expr.Path p) {
            return p.joined();
        }
        if (e instanceof Expr.Unary u) {
            return u.op() + exprText(u.operand());
        }
        if (e instanceof Expr.Binary b) {
            return exprText(b.left()) + " " + b.op() + " " + exprText(b.right());
        }
        if (e instanceof Expr.Call c) {
            return exprText(c.callee()) + "(" + String.join(", ", c.args().stream().map(MacroCompiler::exprText).toList()) + ")";
        }
        if (e instanceof Expr.MethodCall m) {
            return exprText(m.receiver()) + "." + m.name() + "("
                    + String.join(", ", m.args().stream().map(MacroCompiler::exprText).toList()) + ")";
        }
        if (e instanceof Expr.Field f) {
            return exprText(f.receiver()) + "." + f.name();
        }
        if (e instanceof Expr.Index i) {
            return exprText(i.receiver()) + "[" + exprText(i.index()) + "]";
        }
        if (e instanceof Expr.Ref r) {
            return "&" + exprText(r.operand());
        }
        if (e instanceof Expr.Deref d) {
            return "*" + exprText(d.operand());
        }
        if (e instanceof Expr.Tuple t) {
            return "(" + String.join(", ", t.items().stream().map(MacroCompiler::exprText).toList()) + ")";
        }
        if (e instanceof Expr.Macro m) {
            return m.name() + "!(..)";
        }
        return "..";
    }

    void select(FnCtx cx, Expr.Select s) {
        if (!cx.isAsync) {
            comp.error(s.pos(), "`select!` can only be used inside `async` functions and blocks");
        }
        List<CPat> pats = new ArrayList<>();
        List<Map<String, Integer>> bindsPer = new ArrayList<>();
        for (Expr.SelectArm arm : s.arms()) {
            if (arm.precondition() != null) {
                comp.expr(cx, arm.precondition());
                int jf = cx.emit(Op.JF, 0, null, arm.pos());
                comp.exprMove(cx, arm.future());
                int j = cx.emit(Op.JUMP, 0, null, arm.pos());
                cx.patch(jf, cx.here());
                cx.emit(Op.CONST, 0, SelectInfo.DISABLED, arm.pos());
                cx.patch(j, cx.here());
            } else {
                comp.exprMove(cx, arm.future());
            }
            if (arm.future() instanceof Expr.Ref) {
                // `&mut fut`: the select may drop its reference but not the future behind it
                cx.emit(Op.CALL_NATIVE, 1, Prelude.BORROW_FUTURE, arm.pos());
            }
        }
        cx.pushScope();
        for (Expr.SelectArm arm : s.arms()) {
            Map<String, Integer> binds = new HashMap<>();
            pats.add(comp.patterns.pattern(cx, arm.pat(), binds, null));
            bindsPer.add(binds);
        }
        cx.popScope(s.pos());
        List<String> descs = new ArrayList<>();
        for (Expr.SelectArm arm : s.arms()) {
            descs.add("branch " + arm.pos().line() + ":" + arm.pos().column());
        }
        cx.emit(Op.SELECT, s.arms().size(), new SelectInfo(s.biased(), pats, s.elseBody() != null, descs), s.pos());
        comp.await(cx, s.pos());
        int temp = cx.newSlot();
        cx.emit(Op.STORE, temp, null, s.pos());
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < s.arms().size(); i++) {
            Expr.SelectArm arm = s.arms().get(i);
            cx.emit(Op.LOAD, temp, null, arm.pos());
            cx.emit(Op.WIN_IS, i, null, arm.pos());
            int jf = cx.emit(Op.JF, 0, null, arm.pos());
            cx.pushScope();
            cx.emit(Op.LOAD, temp, null, arm.pos());
            cx.emit(Op.WIN_VALUE, 0, null, arm.pos());
            cx.emit(Op.PAT_OR_PANIC, 0, pats.get(i), arm.pos());
            comp.bindNames(cx, bindsPer.get(i));
            comp.exprMove(cx, arm.body());
            cx.popScope(arm.pos());
            ends.add(cx.emit(Op.JUMP, 0, null, arm.pos()));
            cx.patch(jf, cx.here());
        }
        if (s.elseBody() != null) {
            comp.exprMove(cx, s.elseBody());
        } else {
            cx.emit(Op.PANIC, 0, "all branches are disabled and there is no else branch", s.pos());
        }
        for (int e : ends) {
            cx.patch(e, cx.here());
        }
    }
}
