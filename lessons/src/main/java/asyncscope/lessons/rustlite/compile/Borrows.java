package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.ast.Expr;
import asyncscope.lessons.rustlite.ast.Item;
import java.util.List;
import java.util.Set;

/**
 * Which expressions evaluate to a reference rather than an owned value, decided from the source alone.
 *
 * <p>Rust-lite tracks ownership at run time: using a variable as a value moves it out (its slot is cleared)
 * and whatever a scope still owns when it ends is dropped. A reference must do neither: {@code let r = &v;
 * f(r); f(r);} copies the reference twice, and the end of {@code r}'s scope does not drop {@code v}. So the
 * compiler marks the slots that hold references as <em>borrowed</em> (see {@link FnCtx#borrowed}): a use
 * copies them, a scope end leaves them alone. A slot holds a reference when it is a parameter of type
 * {@code &T} / {@code &mut T} or {@code &self}, a {@code let} of a reference expression, or a binding of a
 * pattern matched against a reference (a {@code for} over {@code &v} or {@code v.iter()}, {@code if let
 * Some(x) = map.get(k)}).
 *
 * <p>When in doubt the answer is "owned": a value wrongly treated as borrowed would never be dropped (a lock
 * guard never released), which is worse than a reference wrongly moved.
 */
final class Borrows {
    /** Methods of std types that return {@code Option<&T>}. */
    private static final Set<String> OPTION_OF_REF = Set.of("get", "get_mut", "first", "last", "first_mut", "last_mut",
            "peek", "peek_mut", "get_key_value", "split_first", "split_last", "as_ref", "as_mut", "as_deref", "as_deref_mut");
    /** Iterator methods that return one of the items ({@code Option<Item>}): a reference when the items are. */
    private static final Set<String> ITEM_FINDERS = Set.of("next", "next_back", "max", "min", "max_by_key", "min_by_key",
            "max_by", "min_by", "find", "last", "nth");
    /** Methods returning a reference to (part of) their receiver. */
    private static final Set<String> REF_RETURNING = Set.of("as_ref", "as_mut", "as_str", "as_slice", "as_mut_slice",
            "as_bytes", "trim", "trim_start", "trim_end", "by_ref");
    /** Methods that start an iteration over references to a collection's items. */
    private static final Set<String> REF_ITERS = Set.of("iter", "iter_mut", "keys", "values", "values_mut", "windows",
            "chunks", "chunks_exact", "chunks_mut");
    /** Iterator adapters that yield what their source yields (or tuples of it). */
    private static final Set<String> PASS_THROUGH = Set.of("enumerate", "rev", "skip", "take", "filter", "zip", "chain",
            "step_by", "skip_while", "take_while", "peekable", "inspect", "by_ref", "fuse", "cycle");

    private final Compiler c;

    Borrows(Compiler c) {
        this.c = c;
    }

    /** Whether {@code e} evaluates to a reference (a use copies it; its end drops nothing). */
    boolean isRef(FnCtx cx, Expr e) {
        if (e instanceof Expr.Ref) {
            return true;
        }
        if (e instanceof Expr.Path p && p.segments().size() == 1) {
            Integer slot = cx.lookup(p.segments().get(0));
            return slot != null && cx.borrowed.contains(slot);
        }
        if (e instanceof Expr.MethodCall m) {
            String n = m.name();
            if ((n.equals("unwrap") || n.equals("expect")) && m.receiver() instanceof Expr.MethodCall) {
                return isOptionOfRef(cx, m.receiver());
            }
            if (REF_RETURNING.contains(n) && !c.userMethodNamed(n)) {
                return true;
            }
            return userMethodReturnsRef(n);
        }
        if (e instanceof Expr.Call call && call.callee() instanceof Expr.Path p) {
            Item.Fn f = c.fnItems.get(String.join("::", c.expandPath(p.segments())));
            return f != null && f.ret().isRef();
        }
        return false;
    }

    /** Whether {@code e} is an {@code Option} (or tuple) holding references: patterns matched against it bind references. */
    boolean isOptionOfRef(FnCtx cx, Expr e) {
        if (!(e instanceof Expr.MethodCall m)) {
            return false;
        }
        if (c.userMethodNamed(m.name())) {
            return false;
        }
        if (OPTION_OF_REF.contains(m.name())) {
            return true;
        }
        return ITEM_FINDERS.contains(m.name()) && yieldsRefs(cx, m.receiver());
    }

    /** Whether iterating {@code e} (in a {@code for}, or through adapters) yields references to another value's items. */
    boolean yieldsRefs(FnCtx cx, Expr e) {
        if (e instanceof Expr.Ref) {
            return true;
        }
        if (e instanceof Expr.Path) {
            return isRef(cx, e);
        }
        if (e instanceof Expr.MethodCall m && !c.userMethodNamed(m.name())) {
            if (REF_ITERS.contains(m.name())) {
                return true;
            }
            if (PASS_THROUGH.contains(m.name())) {
                return yieldsRefs(cx, m.receiver());
            }
        }
        return false;
    }

    /** Whether a pattern matched against {@code e} binds references (or places it must not drop). */
    boolean bindsRefs(FnCtx cx, Expr e) {
        return c.isLocalPlace(cx, e) || isRef(cx, e) || isOptionOfRef(cx, e);
    }

    private boolean userMethodReturnsRef(String name) {
        List<Item.Fn> fs = c.userMethods(name);
        if (fs.isEmpty()) {
            return false;
        }
        for (Item.Fn f : fs) {
            if (!f.ret().isRef()) {
                return false;
            }
        }
        return true;
    }
}
