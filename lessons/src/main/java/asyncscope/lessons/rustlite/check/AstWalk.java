package asyncscope.lessons.rustlite.check;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Stmt;
import java.util.function.Consumer;

/** The direct children of an expression, for passes that only need to find things (nested items, awaits, uses). */
final class AstWalk {
    private AstWalk() {}

    /** Calls {@code expr} for each child expression of {@code e} and {@code stmt} for each statement of a block in it. */
    static void children(Expr e, Consumer<Expr> expr, Consumer<Stmt> stmt) {
        if (e instanceof Expr.Lit l) {
        } else if (e instanceof Expr.Path p) {
        } else if (e instanceof Expr.Continue c) {
        } else if (e instanceof Expr.Unary u) {
            expr.accept(u.operand());
        } else if (e instanceof Expr.Binary b) {
            expr.accept(b.left());
            expr.accept(b.right());
        } else if (e instanceof Expr.Assign a) {
            expr.accept(a.target());
            expr.accept(a.value());
        } else if (e instanceof Expr.Call c) {
            expr.accept(c.callee());
            c.args().forEach(expr);
        } else if (e instanceof Expr.MethodCall m) {
            expr.accept(m.receiver());
            m.args().forEach(expr);
        } else if (e instanceof Expr.Field f) {
            expr.accept(f.receiver());
        } else if (e instanceof Expr.Index i) {
            expr.accept(i.receiver());
            expr.accept(i.index());
        } else if (e instanceof Expr.Await a) {
            expr.accept(a.future());
        } else if (e instanceof Expr.Try t) {
            expr.accept(t.operand());
        } else if (e instanceof Expr.Ref r) {
            expr.accept(r.operand());
        } else if (e instanceof Expr.Deref d) {
            expr.accept(d.operand());
        } else if (e instanceof Expr.Cast c) {
            expr.accept(c.operand());
        } else if (e instanceof Expr.Block b) {
            for (Stmt s : b.stmts()) {
                stmt.accept(s);
                if (s instanceof Stmt.Let l) {
                    if (l.init() != null) {
                        expr.accept(l.init());
                    }
                    if (l.elseBlock() != null) {
                        expr.accept(l.elseBlock());
                    }
                } else if (s instanceof Stmt.ExprStmt es) {
                    expr.accept(es.expr());
                }
            }
            if (b.tail() != null) {
                expr.accept(b.tail());
            }
        } else if (e instanceof Expr.If i) {
            expr.accept(i.cond());
            expr.accept(i.then());
            if (i.otherwise() != null) {
                expr.accept(i.otherwise());
            }
        } else if (e instanceof Expr.IfLet i) {
            expr.accept(i.value());
            expr.accept(i.then());
            if (i.otherwise() != null) {
                expr.accept(i.otherwise());
            }
        } else if (e instanceof Expr.While w) {
            expr.accept(w.cond());
            expr.accept(w.body());
        } else if (e instanceof Expr.WhileLet w) {
            expr.accept(w.value());
            expr.accept(w.body());
        } else if (e instanceof Expr.Loop l) {
            expr.accept(l.body());
        } else if (e instanceof Expr.For f) {
            expr.accept(f.iter());
            expr.accept(f.body());
        } else if (e instanceof Expr.Break b) {
            if (b.value() != null) {
                expr.accept(b.value());
            }
        } else if (e instanceof Expr.Return r) {
            if (r.value() != null) {
                expr.accept(r.value());
            }
        } else if (e instanceof Expr.Match m) {
            expr.accept(m.scrutinee());
            for (Expr.Arm a : m.arms()) {
                if (a.guard() != null) {
                    expr.accept(a.guard());
                }
                expr.accept(a.body());
            }
        } else if (e instanceof Expr.Closure c) {
            expr.accept(c.body());
        } else if (e instanceof Expr.Async a) {
            expr.accept(a.body());
        } else if (e instanceof Expr.Tuple t) {
            t.items().forEach(expr);
        } else if (e instanceof Expr.Array a) {
            a.items().forEach(expr);
        } else if (e instanceof Expr.Repeat r) {
            expr.accept(r.value());
            expr.accept(r.count());
        } else if (e instanceof Expr.StructLit s) {
            s.fields().forEach(f -> expr.accept(f.value()));
            if (s.base() != null) {
                expr.accept(s.base());
            }
        } else if (e instanceof Expr.Range r) {
            if (r.lo() != null) {
                expr.accept(r.lo());
            }
            if (r.hi() != null) {
                expr.accept(r.hi());
            }
        } else if (e instanceof Expr.Macro m) {
            m.args().forEach(expr);
        } else if (e instanceof Expr.Join j) {
            j.futures().forEach(expr);
        } else if (e instanceof Expr.Select s) {
            for (Expr.SelectArm a : s.arms()) {
                expr.accept(a.future());
                if (a.precondition() != null) {
                    expr.accept(a.precondition());
                }
                expr.accept(a.body());
            }
            if (s.elseBody() != null) {
                expr.accept(s.elseBody());
            }
        } else if (e instanceof Expr.Matches m) {
            expr.accept(m.value());
            if (m.guard() != null) {
                expr.accept(m.guard());
            }
        }
    }
}
